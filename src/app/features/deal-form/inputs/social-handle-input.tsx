import type { FormField } from '../../../../model/form-definitions';
import { SOCIAL_SERVICES } from '../../../../model/field-types/social-handle';
import type { FieldInputProps } from './field-input-props';
import { SingleLineInput } from './single-line-input';

const INPUT = { type: 'text', autoComplete: 'off', spellCheck: false, className: 'input' } as const;

export function socialHandleHint({ handleService }: FormField): string {
  const service = handleService ? SOCIAL_SERVICES[handleService].name : null;
  return service ? `A ${service} handle (like @name) or profile URL` : 'A profile URL';
}

export function SocialHandleInput(props: FieldInputProps<'SOCIAL_HANDLE'>) {
  return <SingleLineInput {...props} input={INPUT} />;
}

import { SOCIAL_SERVICES } from '../../../../model/field-types/social-handle';
import type { FieldInputProps } from './field-input-props';
import { SingleLineInput } from './single-line-input';

const INPUT = { type: 'text', autoComplete: 'off', spellCheck: false, className: 'input' } as const;

export function SocialHandleInput(props: FieldInputProps<'SOCIAL_HANDLE'>) {
  const { handleService } = props.field;
  const service = handleService ? SOCIAL_SERVICES[handleService].name : null;
  const hint = service ? `A ${service} handle (like @name) or profile URL` : 'A profile URL';
  return <SingleLineInput {...props} hint={hint} input={INPUT} />;
}

import type { FormField } from '../../../../model/form-definitions';
import { SOCIAL_SERVICES } from '../../../../model/field-types/social-handle';
import type { FieldInputProps } from './field-input-props';
import { SingleLineInput } from './single-line-input';
import { t } from '../../../i18n/translate';

const INPUT = { type: 'text', autoComplete: 'off', spellCheck: false, className: 'input' } as const;

export function socialHandleHint({ handleService }: FormField): string {
  const service = handleService ? SOCIAL_SERVICES[handleService].name : null;
  return service ? t('hint.social', { service }) : t('hint.profileUrl');
}

export function SocialHandleInput(props: FieldInputProps<'SOCIAL_HANDLE'>) {
  return <SingleLineInput {...props} input={INPUT} />;
}

import type { FieldInputProps } from './field-input-props';
import { ListInput, listHint } from './list-input';
import { t } from '../../../i18n/translate';
import type { FormField } from '../../../../model/form-definitions';

export const emailHint = (field: FormField) => listHint(field, t('hint.email'));

export function EmailInput(props: FieldInputProps<'EMAIL'>) {
  return <ListInput {...props} type="email" />;
}

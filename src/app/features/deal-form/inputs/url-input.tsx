import type { FieldInputProps } from './field-input-props';
import { ListInput, listHint } from './list-input';
import { t } from '../../../i18n/translate';
import type { FormField } from '../../../../model/form-definitions';

export const urlHint = (field: FormField) => listHint(field, t('hint.url'));

export function UrlInput(props: FieldInputProps<'URL'>) {
  return <ListInput {...props} type="url" />;
}

import { formatLocaleNumber } from '../../../../model/field-types/locale-number';
import type { FieldInputProps } from './field-input-props';
import { SingleLineInput } from './single-line-input';
import { t } from '../../../i18n/translate';
import './number-input.css';

// A text input, not type="number": that one ignores the locale's separators and eats "1.250,5".
export const NUMERIC_INPUT = {
  type: 'text',
  inputMode: 'decimal',
  autoComplete: 'off',
  className: 'input input--numeric',
} as const;

export const numberHint = (locale: string) =>
  t('hint.number', { example: formatLocaleNumber(1250.5, locale) });

export function NumberInput(props: FieldInputProps<'NUMBER'>) {
  return <SingleLineInput {...props} input={NUMERIC_INPUT} />;
}

import type { FormField } from '../../../../model/form-definitions';
import { currencySymbol } from '../../../../model/field-types/currency';
import { displayNamesFor } from '../../../../model/intl-cache';
import { formatLocaleNumber } from '../../../../model/field-types/locale-number';
import type { FieldInputProps } from './field-input-props';
import { NUMERIC_INPUT } from './number-input';
import { SingleLineInput } from './single-line-input';
import { t } from '../../../i18n/translate';

function currencyName(code: string, locale: string): string {
  try {
    return displayNamesFor(locale, 'currency')?.of(code) ?? code;
  } catch {
    return code;
  }
}

// The symbol is decoration; the code is spoken through the description instead.
export function currencyHint(field: FormField, locale: string): string {
  const code = field.currency;
  const example = formatLocaleNumber(185000, locale);
  return code
    ? t('hint.currency', { currency: currencyName(code, locale), code, example })
    : t('hint.amount', { example });
}

export function CurrencyInput(props: FieldInputProps<'CURRENCY'>) {
  const { field, locale } = props;
  const code = field.currency;
  return (
    <SingleLineInput
      {...props}
      input={NUMERIC_INPUT}
      prefix={code ? currencySymbol(code, locale) : undefined}
    />
  );
}

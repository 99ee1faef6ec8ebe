import { currencySymbol } from '../../../../model/field-types/currency';
import { displayNamesFor } from '../../../../model/intl-cache';
import { formatLocaleNumber } from '../../../../model/field-types/locale-number';
import type { FieldInputProps } from './field-input-props';
import { NUMERIC_INPUT } from './number-input';
import { SingleLineInput } from './single-line-input';

function currencyName(code: string, locale: string): string {
  try {
    return displayNamesFor(locale, 'currency')?.of(code) ?? code;
  } catch {
    return code;
  }
}

export function CurrencyInput(props: FieldInputProps<'CURRENCY'>) {
  const { field, locale } = props;
  const code = field.currency;
  const example = formatLocaleNumber(185000, locale);
  // The symbol is decoration; the code is spoken through the description instead.
  const hint = code
    ? `Amount in ${currencyName(code, locale)} (${code}), like ${example}`
    : `An amount, like ${example}`;
  return (
    <SingleLineInput
      {...props}
      hint={hint}
      input={NUMERIC_INPUT}
      prefix={code ? currencySymbol(code, locale) : undefined}
    />
  );
}

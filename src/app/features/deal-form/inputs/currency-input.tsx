import { currencySymbol } from '../../../../model/field-types/currency';
import { displayNamesFor } from '../../../../model/intl-cache';
import { formatLocaleNumber } from '../../../../model/field-types/locale-number';
import { FieldShell } from '../field-shell';
import { describe, type FieldInputProps } from './field-input-props';

function currencyName(code: string, locale: string): string {
  try {
    return displayNamesFor(locale, 'currency')?.of(code) ?? code;
  } catch {
    return code;
  }
}

export function CurrencyInput({
  field,
  value,
  onChange,
  onBlur,
  focusRef,
  error,
  locale,
}: FieldInputProps<'CURRENCY'>) {
  const code = field.currency;
  const example = formatLocaleNumber(185000, locale);
  // The symbol is decoration; the code is spoken through the description instead.
  const hint = code
    ? `Amount in ${currencyName(code, locale)} (${code}), like ${example}`
    : `An amount, like ${example}`;
  return (
    <FieldShell
      label={field.label}
      description={describe(field, hint)}
      error={error}
      required={field.required}
    >
      {({ control }) => (
        <div className="input-affix">
          {code && (
            <span className="input-affix__prefix" aria-hidden="true">
              {currencySymbol(code, locale)}
            </span>
          )}
          <input
            {...control}
            ref={focusRef}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            className="input input--numeric"
            value={value}
            onChange={(e) => onChange(e.target.value)}
            onBlur={onBlur}
          />
        </div>
      )}
    </FieldShell>
  );
}

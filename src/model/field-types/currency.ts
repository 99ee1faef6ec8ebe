import { numberFormat } from '../intl-cache';
import { defineCodec, invalid, parsed, trimmed } from './field-codec';
import {
  formatLocaleNumber,
  numberFromText,
  numberWriteSchema,
  parseLocaleNumber,
} from './locale-number';

const symbols = new Map<string, string>();

/** The symbol `locale` shows for `currency` ("€", "US$", "$"…), so a pasted "€1,200" parses. */
export function currencySymbol(currency: string, locale: string): string {
  const key = `${locale}|${currency}`;
  let symbol = symbols.get(key);
  if (symbol === undefined) {
    try {
      symbol =
        numberFormat(locale, { style: 'currency', currency })
          .formatToParts(0)
          .find((p) => p.type === 'currency')?.value ?? currency;
    } catch {
      symbol = currency;
    }
    symbols.set(key, symbol);
  }
  return symbol;
}

// The amount alone is sent; the currency is the field's configuration (API.md §6).
export const currencyCodec = defineCodec<string, number>({
  empty: () => '',
  parse: (value, field, locale) => {
    const text = trimmed(value);
    if (!text) return parsed(undefined);
    const code = field.currency ?? '';
    const strip = code ? [code, currencySymbol(code, locale), '$', '€', '£'] : [];
    const result = parseLocaleNumber(text, locale, strip);
    return result.ok ? parsed(result.value) : invalid(result.message);
  },
  format: (value, _field, locale) => formatLocaleNumber(value, locale),
  schema: numberWriteSchema,
  readPrefill: numberFromText,
});

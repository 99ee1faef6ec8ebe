import { defineCodec, invalid, parsed, trimmed } from './field-codec';
import {
  formatLocaleNumber,
  numberFromText,
  numberWriteSchema,
  parseLocaleNumber,
} from './locale-number';

export const numberCodec = defineCodec<string, number>({
  empty: () => '',
  parse: (value, _field, locale) => {
    const text = trimmed(value);
    if (!text) return parsed(undefined);
    const result = parseLocaleNumber(text, locale);
    return result.ok ? parsed(result.value) : invalid(result.message);
  },
  format: (value, _field, locale) => formatLocaleNumber(value, locale),
  schema: numberWriteSchema,
  readPrefill: numberFromText,
});

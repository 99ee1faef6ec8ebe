import { invalid, parsed, trimmed, type FieldCodec } from './field-codec';
import { formatLocaleNumber, numberWriteSchema, parseLocaleNumber } from './locale-number';

export const numberCodec: FieldCodec<string, number> = {
  empty: () => '',
  parse: (value, _field, locale) => {
    const text = trimmed(value);
    if (!text) return parsed(undefined);
    const result = parseLocaleNumber(text, locale);
    return result.ok ? parsed(result.value) : invalid(result.message);
  },
  format: (value, _field, locale) => formatLocaleNumber(value, locale),
  schema: numberWriteSchema,
};

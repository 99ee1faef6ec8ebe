import { z } from 'zod/mini';
import { parsed, type FieldCodec } from './field-codec';

// Option ids differ per org and labels can be ambiguous, so only ids are ever sent (API.md §6).
export const singleSelectCodec: FieldCodec<string, string> = {
  empty: () => '',
  parse: (value) => parsed(typeof value === 'string' && value !== '' ? value : undefined),
  format: (value) => value,
  schema: (field) => {
    const ids = new Set(field.options.map((o) => o.id));
    return z
      .string('Choose an option')
      .check(z.refine((id) => ids.has(id), 'Choose one of the listed options'));
  },
};

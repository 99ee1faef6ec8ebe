import { z } from 'zod/mini';
import { parsed, type FieldCodec } from './field-codec';

export const multiSelectCodec: FieldCodec<string[], string[]> = {
  empty: () => [],
  parse: (value) => {
    const ids = Array.isArray(value) ? [...new Set(value.filter((v) => v !== ''))] : [];
    return parsed(ids.length ? ids : undefined);
  },
  format: (value) => [...value],
  schema: (field) => {
    const ids = new Set(field.options.map((o) => o.id));
    return z.array(z.string()).check(
      z.minLength(1, 'Choose at least one option'),
      z.refine((v) => v.every((id) => ids.has(id)), 'Choose only listed options'),
    );
  },
};

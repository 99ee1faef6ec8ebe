import { z } from 'zod/mini';
import { parsed, type FieldCodec } from './field-codec';

// Create omits what the rep left empty; an unticked box is "not set" rather than "false".
export const checkboxCodec: FieldCodec<boolean, boolean> = {
  empty: () => false,
  parse: (value) => parsed(value === true ? true : undefined),
  format: (value) => value,
  schema: () => z.boolean('Choose yes or no'),
};

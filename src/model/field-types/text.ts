import { z } from 'zod/mini';
import { defineCodec, parsed, trimmed } from './field-codec';

const TEXT_MAX_LENGTH = 10_000;
// Spelled out: toLocaleString builds a formatter on every call, once per TEXT field.
const TOO_LONG = 'Use at most 10,000 characters';

export const textCodec = defineCodec<string, string>({
  empty: () => '',
  parse: (value) => parsed(trimmed(value) || undefined),
  format: (value) => value,
  schema: () =>
    z
      .string('Enter text')
      .check(z.minLength(1, 'Enter a value'), z.maxLength(TEXT_MAX_LENGTH, TOO_LONG)),
});

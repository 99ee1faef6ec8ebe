import { z } from 'zod/mini';
import { parsed, trimmed, type FieldCodec } from './field-codec';

export const TEXT_MAX_LENGTH = 10_000;

export const textCodec: FieldCodec<string, string> = {
  empty: () => '',
  parse: (value) => parsed(trimmed(value) || undefined),
  format: (value) => value,
  schema: () =>
    z
      .string('Enter text')
      .check(
        z.minLength(1, 'Enter a value'),
        z.maxLength(
          TEXT_MAX_LENGTH,
          `Use at most ${TEXT_MAX_LENGTH.toLocaleString('en-US')} characters`,
        ),
      ),
};

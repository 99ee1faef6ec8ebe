import { z } from 'zod/mini';
import { defineCodec, parsed, trimmed } from './field-codec';
import { phrase } from '../messages/validation-phrases';

const TEXT_MAX_LENGTH = 10_000;
const TOO_LONG = phrase('textTooLong', { max: TEXT_MAX_LENGTH });

export const textCodec = defineCodec<string, string>({
  empty: () => '',
  parse: (value) => parsed(trimmed(value) || undefined),
  format: (value) => value,
  schema: () =>
    z
      .string(phrase('enterText'))
      .check(z.minLength(1, phrase('enterValue')), z.maxLength(TEXT_MAX_LENGTH, TOO_LONG)),
});

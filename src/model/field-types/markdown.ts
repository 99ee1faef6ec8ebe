import { z } from 'zod/mini';
import { defineCodec, parsed } from './field-codec';
import { phrase } from '../messages/validation-phrases';

const MARKDOWN_MAX_LENGTH = 100_000;

export const markdownCodec = defineCodec<string, string>({
  empty: () => '',
  // Markdown is whitespace-sensitive (indented lists, code), so only an all-blank value is empty.
  parse: (value) => parsed(typeof value === 'string' && value.trim() !== '' ? value : undefined),
  format: (value) => value,
  schema: () =>
    z
      .string(phrase('enterText'))
      .check(
        z.minLength(1, phrase('enterValue')),
        z.maxLength(MARKDOWN_MAX_LENGTH, phrase('markdownTooLong')),
      ),
});

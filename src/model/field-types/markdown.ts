import { z } from 'zod/mini';
import { defineCodec, parsed } from './field-codec';

const MARKDOWN_MAX_LENGTH = 100_000;

export const markdownCodec = defineCodec<string, string>({
  empty: () => '',
  // Markdown is whitespace-sensitive (indented lists, code), so only an all-blank value is empty.
  parse: (value) => parsed(typeof value === 'string' && value.trim() !== '' ? value : undefined),
  format: (value) => value,
  schema: () =>
    z
      .string('Enter text')
      .check(
        z.minLength(1, 'Enter a value'),
        z.maxLength(MARKDOWN_MAX_LENGTH, 'This text is too long'),
      ),
});

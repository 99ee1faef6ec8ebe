import { z } from 'zod/mini';
import { defineCodec, parsed } from './field-codec';
import { commaList, listWriteSchema, parseList } from './list-values';
import { phrase } from '../messages/validation-phrases';

const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;
const MESSAGE = phrase('enterEmail');

const emailEntrySchema = z.string(MESSAGE).check(z.regex(EMAIL, MESSAGE));

// multipleValues → an array upstream, otherwise one string (API.md §6).
export const emailCodec = defineCodec<string[], string | string[]>({
  empty: () => [''],
  parse: (value, field) => {
    const result = parseList(value, (e) => (EMAIL.test(e) ? e : null), MESSAGE);
    if (!result.ok || result.value === undefined || field.multipleValues) return result;
    return parsed(result.value[0]);
  },
  format: (value) => (Array.isArray(value) ? [...value] : [value]),
  schema: (field) => listWriteSchema(emailEntrySchema, field.multipleValues),
  readPrefill: commaList,
});

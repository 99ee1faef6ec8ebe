import { z } from 'zod/mini';
import { defineCodec } from './field-codec';
import { commaList, listWriteSchema, parseList } from './list-values';
import { phrase } from '../messages/validation-phrases';

const MESSAGE = phrase('enterPhone');
const EXTENSION = /\s*(?:;ext=|x|ext\.?:?|#)\s*(\d{1,6})$/i;

/**
 * Normalises what people type into what Lightfield stores: E.164 when it starts with "+",
 * the digits otherwise (Lightfield then tries US, then local), and an extension as ";ext=N".
 */
function normalisePhone(text: string): string | null {
  const ext = EXTENSION.exec(text);
  const main = ext ? text.slice(0, ext.index) : text;
  if (!/^\+?[\d\s().\-/]+$/.test(main)) return null;
  const digits = main.replace(/\D/g, '');
  const international = main.trim().startsWith('+');
  if (
    international
      ? digits.length < 8 || digits.length > 15
      : digits.length < 7 || digits.length > 15
  ) {
    return null;
  }
  return `${international ? '+' : ''}${digits}${ext ? `;ext=${ext[1]}` : ''}`;
}

const entrySchema = z.string(MESSAGE).check(z.refine((s) => normalisePhone(s) !== null, MESSAGE));

// Lightfield takes phone numbers as an array even on single-value fields (API.md §6).
export const telephoneCodec = defineCodec<string[], string[]>({
  empty: () => [''],
  parse: (value) => parseList(value, normalisePhone, MESSAGE),
  format: (value) => (Array.isArray(value) ? [...value] : [value]),
  schema: () => listWriteSchema(entrySchema, true) as z.ZodMiniType<string[]>,
  readPrefill: commaList,
});

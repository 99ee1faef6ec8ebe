import { z } from 'zod/mini';
import { defineCodec, parsed } from './field-codec';
import { commaList, listWriteSchema, parseList } from './list-values';
import { phrase } from '../messages/validation-phrases';

const MESSAGE = phrase('enterUrl');

/** Adds the https:// people leave out; accepts only http(s) addresses with a dotted host. */
function normaliseUrl(text: string): string | null {
  const candidate = /^[a-z][a-z\d+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  try {
    const url = new URL(candidate);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    if (!url.hostname.includes('.') || /\s/.test(text)) return null;
    return url.href;
  } catch {
    return null;
  }
}

const urlEntrySchema = z.string(MESSAGE).check(
  z.regex(/^https?:\/\//i, MESSAGE),
  z.refine((s) => normaliseUrl(s) !== null, MESSAGE),
);

export const urlCodec = defineCodec<string[], string | string[]>({
  empty: () => [''],
  parse: (value, field) => {
    const result = parseList(value, normaliseUrl, MESSAGE);
    if (!result.ok || result.value === undefined || field.multipleValues) return result;
    return parsed(result.value[0]);
  },
  format: (value) => (Array.isArray(value) ? [...value] : [value]),
  schema: (field) => listWriteSchema(urlEntrySchema, field.multipleValues),
  readPrefill: commaList,
});

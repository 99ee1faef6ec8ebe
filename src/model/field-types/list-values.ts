import { z } from 'zod/mini';
import { invalid, parsed, trimmed, type Parsed } from './field-codec';
import { phrase } from '../messages/validation-phrases';

export const MAX_LIST_VALUES = 25;

/**
 * EMAIL, URL and TELEPHONE inputs hold a list (one entry unless `multipleValues`). Each entry is
 * normalised by `normalise`, which returns null for an invalid entry; blanks are dropped.
 */
export function parseList(
  value: unknown,
  normalise: (entry: string) => string | null,
  message: string,
): Parsed<string[]> {
  const entries = (Array.isArray(value) ? value : [value]).map(trimmed).filter(Boolean);
  const out: string[] = [];
  for (const entry of entries) {
    const normalised = normalise(entry);
    if (normalised === null) return invalid(message);
    if (!out.includes(normalised)) out.push(normalised);
  }
  if (out.length > MAX_LIST_VALUES)
    return invalid(phrase('tooManyValues', { max: MAX_LIST_VALUES }));
  return parsed(out.length ? out : undefined);
}

/** A prefill from a URL parameter is one string: a list in it is comma-separated. */
export const commaList = (raw: unknown): unknown =>
  typeof raw === 'string'
    ? raw
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : raw;

/** A string, or an array of them when the field takes several values. */
export function listWriteSchema(
  entry: z.ZodMiniType<string>,
  multiple: boolean,
): z.ZodMiniType<string | string[]> {
  return multiple
    ? z.array(entry).check(z.minLength(1, phrase('addValue')), z.maxLength(MAX_LIST_VALUES))
    : entry;
}

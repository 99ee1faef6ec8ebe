// Environment values as zod schemas: a bad value fails start-up with a message naming the
// variable and what it accepts.
import { z } from 'zod/mini';

export const integer = (name: string, min: number, max: number, fallback: number) =>
  z.prefault(
    z.pipe(
      z.string(),
      z.transform((s, ctx) => {
        const n = Number(s.trim());
        if (!/^\s*\d+\s*$/.test(s) || !Number.isSafeInteger(n) || n < min || n > max) {
          ctx.issues.push({
            code: 'custom',
            message: `${name} must be a whole number from ${min} to ${max}`,
            input: s,
          });
          return z.NEVER;
        }
        return n;
      }),
    ),
    String(fallback),
  );

export const oneOf = <T extends string>(name: string, values: readonly T[], fallback: T) =>
  z.prefault(
    z.pipe(
      z.string(),
      z.transform((s, ctx) => {
        const v = s.trim().toLowerCase() as T;
        if (!values.includes(v)) {
          ctx.issues.push({
            code: 'custom',
            message: `${name} must be one of ${values.join(', ')}`,
            input: s,
          });
          return z.NEVER;
        }
        return v;
      }),
    ),
    fallback,
  );

export const flag = (name: string) => oneOf(name, ['true', 'false', '1', '0'], 'false');

/** `text` (trimmed) as a URL, or null when it is not one. */
export function urlOrNull(text: string): URL | null {
  try {
    return new URL(text.trim());
  } catch {
    return null;
  }
}

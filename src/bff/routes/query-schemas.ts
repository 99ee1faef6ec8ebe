import { z } from 'zod/mini';

const SEARCH_MAX_LENGTH = 100;

// Control characters have no place in a name prefix; refusing them keeps logs and caches clean.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

export const searchText = z.string().check(
  z.maxLength(SEARCH_MAX_LENGTH, `The search text is too long (at most ${SEARCH_MAX_LENGTH}).`),
  z.refine((s) => !CONTROL.test(s), 'The search text contains control characters.'),
);

// Lightfield ids are opaque (API.md §2); this only keeps junk out of the upstream path.
export const recordId = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,100}$/));

/** For routes that take no query parameters: any parameter is a mistake or a probe. */
export const noQuery = z.strictObject({});

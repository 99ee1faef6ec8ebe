import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { FollowUpAvailability } from '../model/follow-up';
import { toFormDefinitions, type FormDefinitions } from '../model/form-definitions';
import { memoryCaches, type CacheFactory } from './cache/swr-cache';
import type { LightfieldApi } from './lightfield/lightfield-api';

export const DEFINITIONS_TTL_MS = 5 * 60_000;
/** After the TTL the old copy is served for this long while one refresh runs. */
export const DEFINITIONS_STALE_MS = 10 * 60_000;

/**
 * The browser's copy: serialised and gzipped once per load, with a strong ETag so that
 * revalidation is a 304. Every page view asks for it, so it costs no work per request.
 */
export interface DefinitionsEntry {
  value: FormDefinitions;
  json: string;
  gzip: Uint8Array<ArrayBuffer>;
  etag: string;
}

export interface DefinitionsCacheOptions {
  /** Which follow-up records the key may create, sent along with the definitions. */
  followUp?: () => Promise<FollowUpAvailability>;
  ttlMs?: number;
  staleMs?: number;
  now?: () => number;
  onRefreshError?: (error: unknown) => void;
  /** Where the definitions live; this process's memory by default. */
  caches?: CacheFactory;
}

const KEY = 'opportunity';

// One entry per definitions object: a cache that hands out the same object (memory, or Redis
// with unchanged text) costs no serialising or gzipping per request.
const entries = new WeakMap<FormDefinitions, DefinitionsEntry>();

function entryFor(value: FormDefinitions): DefinitionsEntry {
  const known = entries.get(value);
  if (known) return known;
  const json = JSON.stringify(value);
  const hash = createHash('sha256').update(json).digest('base64url').slice(0, 27);
  const zipped = gzipSync(json);
  const gzip = new Uint8Array(zipped.byteLength);
  gzip.set(zipped);
  const entry = { value, json, gzip, etag: `"${hash}"` };
  entries.set(value, entry);
  return entry;
}

/**
 * Definitions change rarely and every create is validated against them, so they are kept for
 * minutes (API.md §5 allows it), refreshed in the background, and dropped at once when
 * Lightfield says a field or relationship no longer exists.
 */
export function createDefinitionsCache(api: LightfieldApi, options: DefinitionsCacheOptions = {}) {
  // The definitions themselves are cached (and shared); their browser copy is derived here.
  const cache = (options.caches ?? memoryCaches)<FormDefinitions>('definitions', {
    ttlMs: options.ttlMs ?? DEFINITIONS_TTL_MS,
    staleMs: options.staleMs ?? DEFINITIONS_STALE_MS,
    now: options.now ?? Date.now,
    onRefreshError: (_key, error) => options.onRefreshError?.(error),
  });
  const load = async (): Promise<FormDefinitions> => {
    const [raw, followUp] = await Promise.all([api.opportunityDefinitions(), options.followUp?.()]);
    return { ...toFormDefinitions(raw), ...(followUp && { followUp }) };
  };

  return {
    entry: async (): Promise<DefinitionsEntry> => entryFor(await cache.get(KEY, load)),
    get: (): Promise<FormDefinitions> => cache.get(KEY, load),
    /** The last good copy, for mapping errors when a fresh fetch is not worth it. */
    peek: (): FormDefinitions | null => cache.peek(KEY) ?? null,
    invalidate: () => cache.invalidate(KEY),
  };
}

export type DefinitionsCache = ReturnType<typeof createDefinitionsCache>;

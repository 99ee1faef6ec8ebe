import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { FollowUpAvailability } from '../model/follow-up';
import { toFormDefinitions, type FormDefinitions } from '../model/form-definitions';
import { createSwrCache } from './cache/swr-cache';
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
}

const KEY = 'opportunity';

function entryFor(value: FormDefinitions): DefinitionsEntry {
  const json = JSON.stringify(value);
  const hash = createHash('sha256').update(json).digest('base64url').slice(0, 27);
  const zipped = gzipSync(json);
  const gzip = new Uint8Array(zipped.byteLength);
  gzip.set(zipped);
  return { value, json, gzip, etag: `"${hash}"` };
}

/**
 * Definitions change rarely and every create is validated against them, so they are kept for
 * minutes (API.md §5 allows it), refreshed in the background, and dropped at once when
 * Lightfield says a field or relationship no longer exists.
 */
export function createDefinitionsCache(api: LightfieldApi, options: DefinitionsCacheOptions = {}) {
  const cache = createSwrCache<DefinitionsEntry>({
    ttlMs: options.ttlMs ?? DEFINITIONS_TTL_MS,
    staleMs: options.staleMs ?? DEFINITIONS_STALE_MS,
    now: options.now ?? Date.now,
    onRefreshError: (_key, error) => options.onRefreshError?.(error),
  });
  const load = async () => {
    const [raw, followUp] = await Promise.all([api.opportunityDefinitions(), options.followUp?.()]);
    return entryFor({ ...toFormDefinitions(raw), ...(followUp && { followUp }) });
  };

  return {
    entry: (): Promise<DefinitionsEntry> => cache.get(KEY, load),
    get: async (): Promise<FormDefinitions> => (await cache.get(KEY, load)).value,
    /** The last good copy, for mapping errors when a fresh fetch is not worth it. */
    peek: (): FormDefinitions | null => cache.peek(KEY)?.value ?? null,
    invalidate: () => cache.invalidate(KEY),
  };
}

export type DefinitionsCache = ReturnType<typeof createDefinitionsCache>;

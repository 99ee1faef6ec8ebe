import { toFormDefinitions, type FormDefinitions } from '../model/form-definitions';
import type { LightfieldApi } from './lightfield/lightfield-api';

export const DEFINITIONS_TTL_MS = 5 * 60_000;

/**
 * Definitions change rarely and every create is validated against them, so they are kept for
 * a few minutes (API.md §5 allows it); concurrent misses share one upstream call.
 */
export function createDefinitionsCache(
  api: LightfieldApi,
  ttlMs = DEFINITIONS_TTL_MS,
  now = Date.now,
) {
  let cached: { value: FormDefinitions; at: number } | null = null;
  let pending: Promise<FormDefinitions> | null = null;

  const load = () => {
    pending ??= api
      .opportunityDefinitions()
      .then((raw) => {
        const value = toFormDefinitions(raw);
        cached = { value, at: now() };
        return value;
      })
      .finally(() => {
        pending = null;
      });
    return pending;
  };

  return {
    get: (): Promise<FormDefinitions> =>
      cached && now() - cached.at < ttlMs ? Promise.resolve(cached.value) : load(),
    /** The last good copy, for mapping errors when a fresh fetch is not worth it. */
    peek: (): FormDefinitions | null => cached?.value ?? null,
    invalidate: () => {
      cached = null;
    },
  };
}

export type DefinitionsCache = ReturnType<typeof createDefinitionsCache>;

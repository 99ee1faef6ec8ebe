import type { FollowUpAvailability } from '../../model/follow-up';
import { memoryCaches, type CacheFactory } from '../cache/swr-cache';
import { DEFINITIONS_STALE_MS, DEFINITIONS_TTL_MS } from '../definitions-cache';
import type { LightfieldApi } from '../lightfield/lightfield-api';
import { FOLLOW_UP_SCOPES, missingScopes } from '../lightfield/operations';
import { taskShapeFrom, type TaskShape } from './follow-up-bodies';

/** What the key's scopes allow. */
const availabilityFrom = (scopes: unknown): FollowUpAvailability => ({
  task: missingScopes(scopes, FOLLOW_UP_SCOPES.task).length === 0,
  note: missingScopes(scopes, FOLLOW_UP_SCOPES.note).length === 0,
});

/**
 * The task definitions, read once and kept like the opportunity definitions; and which
 * follow-up records the key may create, asked once per definitions load.
 */
export function createFollowUpCaches(
  api: Pick<LightfieldApi, 'taskDefinitions' | 'validateAuth'>,
  options: {
    now: () => number;
    onRefreshError?: (key: string, error: unknown) => void;
    /** Shared between replicas (REDIS_URL), like the opportunity definitions. */
    caches?: CacheFactory;
  },
) {
  const tasks = (options.caches ?? memoryCaches)<TaskShape>('task-definitions', {
    ttlMs: DEFINITIONS_TTL_MS,
    staleMs: DEFINITIONS_STALE_MS,
    now: options.now,
    onRefreshError: options.onRefreshError,
  });
  return {
    taskShape: () => tasks.get('task', async () => taskShapeFrom(await api.taskDefinitions())),
    /** Unknown (Lightfield did not answer) counts as not allowed: the section stays hidden. */
    availability: async (): Promise<FollowUpAvailability> => {
      try {
        const auth = await api.validateAuth();
        return availabilityFrom(auth.scopes);
      } catch {
        return { task: false, note: false };
      }
    },
  };
}

export type FollowUpCaches = ReturnType<typeof createFollowUpCaches>;

// Idempotency-Key bookkeeping (API.md §10): keys are scoped per operation, replay the first
// successful response for 24 h, and conflict while the first request is still running.
// Failed attempts are forgotten so a retry with the same key runs again.

export type IdempotencyScope = 'createOpportunity' | 'createAccount' | 'createTask' | 'createNote';

interface StoredResponse {
  status: number;
  body: unknown;
}

type IdempotencyState =
  { state: 'new' } | { state: 'in-flight' } | { state: 'replay'; response: StoredResponse };

export interface IdempotencyStore {
  /** Looks the key up and, when it is new, marks it as in flight. */
  begin(scope: IdempotencyScope, key: string): IdempotencyState;
  complete(scope: IdempotencyScope, key: string, response: StoredResponse): void;
  /** Forgets an in-flight key whose request failed without writing. */
  abandon(scope: IdempotencyScope, key: string): void;
  clear(): void;
  /** Keys remembered (in flight or done). */
  readonly size: number;
}

const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
export const MAX_IDEMPOTENCY_KEY_LENGTH = 255;

type Entry = { kind: 'in-flight' } | { kind: 'done'; storedAtMs: number; response: StoredResponse };

/** `maxKeys` bounds the map (demo mode); past it the oldest finished keys go first. */
export function createIdempotencyStore(now: () => Date, maxKeys = Infinity): IdempotencyStore {
  // Insertion order is age order.
  const entries = new Map<string, Entry>();
  const trim = () => {
    for (const [key, entry] of entries) {
      if (entries.size <= maxKeys) return;
      if (entry.kind === 'done') entries.delete(key);
    }
  };
  const id = (scope: IdempotencyScope, key: string): string => `${scope}\u0000${key}`;

  return {
    begin(scope, key) {
      const entry = entries.get(id(scope, key));
      if (entry?.kind === 'in-flight') return { state: 'in-flight' };
      if (entry?.kind === 'done' && now().getTime() - entry.storedAtMs < IDEMPOTENCY_TTL_MS) {
        return { state: 'replay', response: structuredClone(entry.response) };
      }
      entries.set(id(scope, key), { kind: 'in-flight' });
      return { state: 'new' };
    },
    complete(scope, key, response) {
      entries.delete(id(scope, key));
      entries.set(id(scope, key), {
        kind: 'done',
        storedAtMs: now().getTime(),
        response: structuredClone(response),
      });
      trim();
    },
    abandon(scope, key) {
      if (entries.get(id(scope, key))?.kind === 'in-flight') entries.delete(id(scope, key));
    },
    clear() {
      entries.clear();
    },
    get size() {
      return entries.size;
    },
  };
}

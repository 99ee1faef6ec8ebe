import { createHash } from 'node:crypto';
import { UpstreamError } from './lightfield/upstream-error';

/** What became of a create sent with a claimed key. */
type CreateOutcome =
  /** Lightfield answered with the record. */
  | 'written'
  /** No answer, or one that does not say (timeout, 5xx, 409): the record may exist. */
  | 'unknown'
  /** Lightfield refused it (400, 401, 403, 404, 422): nothing was written. */
  | 'refused';

/**
 * Which request body each Idempotency-Key stands for. Lightfield replays the first response for
 * a used key whatever the body (API.md §10), so a reused or colliding key would silently hand one
 * rep another's deal; the BFF refuses a second body under a key instead. A shared store (for
 * replicas) implements the same interface.
 */
export interface IdempotencyLedger {
  /** Binds `key` to `fingerprint` unless it is bound to another one: then `'reused'`. */
  claim(scope: string, key: string, fingerprint: string): Promise<'ok' | 'reused'>;
  /** After the create: a refused one frees the key again, as Lightfield does (it re-runs it). */
  settle(scope: string, key: string, outcome: CreateOutcome): Promise<void>;
}

/** Sorted keys at every level: the same values give the same text whatever their order. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The body as Lightfield will get it, and who sent it (behind the access gate): one hash. */
export const requestFingerprint = (body: unknown, user: string | null) =>
  createHash('sha256').update(canonicalJson({ user, body })).digest('base64url');

/** Lightfield keeps keys 24 hours; so does the ledger. */
export const LEDGER_TTL_MS = 24 * 60 * 60 * 1000;
const LEDGER_MAX_KEYS = 100_000;

interface Entry {
  fingerprint: string;
  at: number;
  inFlight: number;
  /** A create under this key may have written a record: the binding stays for the TTL. */
  kept: boolean;
}

/** This process's memory: enough for one instance; replicas need a shared store. */
export function createMemoryLedger(options: {
  now: () => number;
  ttlMs?: number;
  maxKeys?: number;
}): IdempotencyLedger {
  const ttlMs = options.ttlMs ?? LEDGER_TTL_MS;
  const maxKeys = options.maxKeys ?? LEDGER_MAX_KEYS;
  // Insertion order is age order: the oldest bindings go first past `maxKeys`.
  const entries = new Map<string, Entry>();
  const id = (scope: string, key: string) => `${scope}\u0000${key.toLowerCase()}`;

  return {
    async claim(scope, key, fingerprint) {
      const now = options.now();
      const found = entries.get(id(scope, key));
      if (found && now - found.at < ttlMs) {
        if (found.fingerprint !== fingerprint) return 'reused';
        found.inFlight += 1;
        return 'ok';
      }
      entries.delete(id(scope, key));
      entries.set(id(scope, key), { fingerprint, at: now, inFlight: 1, kept: false });
      for (const oldest of entries.keys()) {
        if (entries.size <= maxKeys) break;
        entries.delete(oldest);
      }
      return 'ok';
    },
    async settle(scope, key, outcome) {
      const entry = entries.get(id(scope, key));
      if (!entry) return;
      entry.inFlight = Math.max(0, entry.inFlight - 1);
      if (outcome !== 'refused') entry.kept = true;
      else if (!entry.kept && entry.inFlight === 0) entries.delete(id(scope, key));
    },
  };
}

/** A second, different request body under a key the ledger already binds (answered 422). */
export class IdempotencyKeyReused extends Error {
  override name = 'IdempotencyKeyReused';
}

/** Lightfield's definite refusals: nothing was written, the same key may carry a new body. */
const REFUSALS = new Set([400, 401, 403, 404, 422]);

const outcomeOf = (error: unknown): CreateOutcome =>
  error instanceof UpstreamError &&
  error.failure.kind === 'http' &&
  REFUSALS.has(error.failure.status)
    ? 'refused'
    : 'unknown';

/**
 * Runs one keyed create under the ledger: throws IdempotencyKeyReused, without calling
 * Lightfield, when the key already stands for another body (or another rep's).
 */
export async function createUnderKey<T>(
  ledger: IdempotencyLedger,
  claim: { scope: string; key: string; fingerprint: string },
  create: () => Promise<T>,
): Promise<T> {
  const { scope, key, fingerprint } = claim;
  if ((await ledger.claim(scope, key, fingerprint)) === 'reused') throw new IdempotencyKeyReused();
  try {
    const result = await create();
    await ledger.settle(scope, key, 'written');
    return result;
  } catch (error) {
    await ledger.settle(scope, key, outcomeOf(error));
    throw error;
  }
}

import { createPrng } from './prng';

// Fault injection for resilience tests. Faults are queued and consumed in order by the first
// request of a matching operation; a seeded random mode supports reproducible chaos runs.

type FaultOperation =
  'createOpportunity' | 'createAccount' | 'createTask' | 'createNote' | 'read' | 'search' | 'any';
export type RequestOperation = Exclude<FaultOperation, 'any'>;

export type FaultKind =
  'status-before' | 'status-after' | 'rate-limit' | 'delay' | 'reset-before' | 'reset-after';

interface FaultSpec {
  operation: FaultOperation;
  kind: FaultKind;
  /** HTTP status for `status-before` / `status-after`; default 500. */
  status?: number;
  /** `Retry-After` for `rate-limit`; default 1. */
  retryAfterSeconds?: number;
  /** Pause for `delay`; default 1000. */
  delayMs?: number;
  /** How many matching requests the fault hits; default 1. */
  times?: number;
}

export interface ActiveFault {
  kind: FaultKind;
  status: number;
  retryAfterSeconds: number;
  delayMs: number;
}

export interface RandomFaultOptions {
  /** Chance (0–1) that a request gets a fault. */
  probability: number;
  kinds: readonly FaultKind[];
  seed: number;
  /** Operations eligible for random faults; default all. */
  operations?: readonly RequestOperation[];
  status?: number;
  delayMs?: number;
  retryAfterSeconds?: number;
}

export interface FaultController {
  inject(spec: FaultSpec): void;
  /** Drops queued faults and turns random mode off. */
  clear(): void;
  /** Enables seeded random faults, or disables them with `null`. */
  setRandom(options: RandomFaultOptions | null): void;
  /** Faults still queued (remaining `times` included), for assertions. */
  pending(): FaultSpec[];
  /** Consumes the fault for one request of `operation`, if any. */
  take(operation: RequestOperation): ActiveFault | undefined;
}

const DEFAULT_STATUS = 500;
const DEFAULT_DELAY_MS = 1000;
const DEFAULT_RETRY_AFTER_SECONDS = 1;

function activate(spec: Omit<FaultSpec, 'operation' | 'times'>): ActiveFault {
  return {
    kind: spec.kind,
    status: spec.status ?? DEFAULT_STATUS,
    retryAfterSeconds: spec.retryAfterSeconds ?? DEFAULT_RETRY_AFTER_SECONDS,
    delayMs: spec.delayMs ?? DEFAULT_DELAY_MS,
  };
}

export function createFaults(): FaultController {
  let queue: FaultSpec[] = [];
  let random: { options: RandomFaultOptions; next: () => number } | null = null;

  function takeQueued(operation: RequestOperation): ActiveFault | undefined {
    // A fault aimed at this exact operation wins over a catch-all one queued earlier.
    const exact = queue.findIndex((spec) => spec.operation === operation);
    const index = exact !== -1 ? exact : queue.findIndex((spec) => spec.operation === 'any');
    const spec = queue[index];
    if (!spec) return undefined;
    const remaining = (spec.times ?? 1) - 1;
    if (remaining > 0) queue[index] = { ...spec, times: remaining };
    else queue.splice(index, 1);
    return activate(spec);
  }

  function takeRandom(operation: RequestOperation): ActiveFault | undefined {
    if (!random) return undefined;
    const { options, next } = random;
    if (options.operations && !options.operations.includes(operation)) return undefined;
    if (options.kinds.length === 0 || next() >= options.probability) return undefined;
    const kind = options.kinds[Math.floor(next() * options.kinds.length)];
    if (!kind) return undefined;
    return activate({
      kind,
      status: options.status,
      delayMs: options.delayMs,
      retryAfterSeconds: options.retryAfterSeconds,
    });
  }

  return {
    inject(spec) {
      if (spec.times !== undefined && (!Number.isInteger(spec.times) || spec.times < 1)) {
        throw new RangeError('Fault `times` must be a positive integer');
      }
      queue.push({ ...spec });
    },
    clear() {
      queue = [];
      random = null;
    },
    setRandom(options) {
      random = options ? { options: { ...options }, next: createPrng(options.seed) } : null;
    },
    pending: () => queue.map((spec) => ({ ...spec })),
    take: (operation) => takeQueued(operation) ?? takeRandom(operation),
  };
}

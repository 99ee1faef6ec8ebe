import type { FaultKind, RandomFaultOptions } from '../fake-lightfield/faults';

/** `DEMO_FAULTS`: off, or `chaos` — the in-process fake misbehaves at random (demo mode only). */
export type DemoFaults = 'off' | 'chaos';

const ALL_FAULT_KINDS: readonly FaultKind[] = [
  'status-before',
  'status-after',
  'rate-limit',
  'delay',
  'reset-before',
  'reset-after',
];

/**
 * The chaos setting: 30 % of calls to the fake get one fault of any kind, so a demo shows the
 * retries, the "Try again" and the exactly-once promise without a real outage. Delays are long
 * enough to be felt, short enough to stay under the upstream timeout.
 */
export function chaosFaults(seed: number, probability = 0.3): RandomFaultOptions {
  return {
    probability,
    kinds: ALL_FAULT_KINDS,
    seed,
    status: 503,
    delayMs: 1_500,
    retryAfterSeconds: 1,
  };
}

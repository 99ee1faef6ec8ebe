// Clocks that tests move by hand: the BFF's (whose waits return at once) and the fake's.
import type { Clock } from '../bff/clock';

/** A clock whose `sleep` returns at once and moves time on: waits cost nothing but are recorded. */
export function fakeClock(start = Date.parse('2026-11-20T10:00:00Z')): Clock & {
  sleeps: number[];
  advance(ms: number): void;
} {
  let now = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    advance(ms) {
      now += ms;
    },
    sleep(ms) {
      sleeps.push(ms);
      now += ms;
      return Promise.resolve();
    },
  };
}

/** A manually advanced clock for index-lag, rate-limit and expiry tests. */
export function manualClock(startIso = '2026-11-20T10:00:00.000Z') {
  let nowMs = Date.parse(startIso);
  return {
    now: (): Date => new Date(nowMs),
    advance(ms: number): void {
      nowMs += ms;
    },
  };
}

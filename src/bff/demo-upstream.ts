import { createFakeLightfield, type FakeLimits } from '../fake-lightfield/create-fake-lightfield';
import type { AppOptions } from './app';
import type { Config } from './config';
import { chaosFaults } from './demo-faults';
import { demoHooksFor } from './demo-hooks';

// Demo mode only: upstream-fetch.ts imports this module dynamically, so a live server never
// loads the fake Lightfield or msw (and ~90 packages under it).

/**
 * A demo server runs for days: the fake keeps the newest requests, created records and keys
 * only, so its memory stays flat however many deals the demo creates.
 */
export const DEMO_LIMITS: Required<FakeLimits> = {
  requestLog: 200,
  createdRecords: 500,
  idempotencyKeys: 2_000,
};

export const createDemoFake = () => createFakeLightfield({ limits: DEMO_LIMITS });

/** The in-process fake as the BFF's upstream, with the reset and record hooks of demo mode. */
export function demoUpstream(
  config: Pick<Config, 'demoFaults'>,
  shared: Omit<AppOptions['upstream'], 'baseUrl' | 'apiKey' | 'fetch'>,
): AppOptions['upstream'] {
  const fake = createDemoFake();
  // Opt-in only: a demo that fails at random on purpose, to show retries and exactly-once.
  // Re-applied after "Reset demo data", which clears the fake's faults with everything else.
  const applyDemoFaults = () => {
    if (config.demoFaults === 'chaos') fake.faults.setRandom(chaosFaults(Date.now()));
  };
  applyDemoFaults();
  return {
    baseUrl: fake.baseUrl,
    apiKey: fake.apiKey,
    fetch: fake.fetch,
    demo: demoHooksFor(fake, applyDemoFaults),
    ...shared,
  };
}

import { createFakeLightfield } from '../fake-lightfield/create-fake-lightfield';
import type { Config } from './config';
import { chaosFaults } from './demo-faults';
import { demoHooksFor } from './demo-hooks';
import type { AppOptions } from './app';

/** Live mode talks to Lightfield over the network; demo mode to the in-process fake. */
export function upstreamFor(config: Config): AppOptions['upstream'] {
  const shared = {
    timeoutMs: config.upstreamTimeoutMs,
    ratePerSecond: config.upstreamRatePerSecond,
    retry: { budgetMs: config.upstreamRetryBudgetMs },
  };
  if (config.mode === 'live' && config.apiKey) {
    return {
      baseUrl: config.apiUrl,
      apiKey: config.apiKey,
      fetch: (request) => fetch(request),
      ...shared,
    };
  }
  const fake = createFakeLightfield();
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

/** The security options of createApp, from the validated configuration. */
export function securityFor(config: Config): NonNullable<AppOptions['security']> {
  return {
    allowedOrigins: config.allowedOrigins,
    frameAncestors: config.frameAncestors,
    trustedUserHeader: config.trustedUserHeader,
    trustProxy: config.trustProxy,
    allowedHosts: config.allowedHosts,
    rateLimitPerMinute: config.rateLimitPerMinute,
  };
}

import { createFakeLightfield } from '../fake-lightfield/create-fake-lightfield';
import type { Config } from './config';
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
  return { baseUrl: fake.baseUrl, apiKey: fake.apiKey, fetch: fake.fetch, ...shared };
}

/** The security options of createApp, from the validated configuration. */
export function securityFor(config: Config): NonNullable<AppOptions['security']> {
  return {
    allowedOrigins: config.allowedOrigins,
    frameAncestors: config.frameAncestors,
    trustedUserHeader: config.trustedUserHeader,
    trustProxy: config.trustProxy,
    rateLimitPerMinute: config.rateLimitPerMinute,
  };
}

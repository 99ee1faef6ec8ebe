import type { AppOptions } from './app';
import type { Config } from './config';

/**
 * Live mode talks to Lightfield over the network; demo mode to the in-process fake, loaded only
 * then: the live server never imports the fake or msw.
 */
export async function upstreamFor(config: Config): Promise<AppOptions['upstream']> {
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
  const { demoUpstream } = await import('./demo-upstream');
  return demoUpstream(config, shared);
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

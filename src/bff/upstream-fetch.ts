import { createFakeLightfield } from '../fake-lightfield/create-fake-lightfield';
import type { Config } from './config';
import type { AppOptions } from './app';

/** Live mode talks to Lightfield over the network; demo mode to the in-process fake. */
export function upstreamFor(config: Config): AppOptions['upstream'] {
  if (config.mode === 'live' && config.apiKey) {
    return {
      baseUrl: config.apiUrl,
      apiKey: config.apiKey,
      fetch: (request) => fetch(request),
      timeoutMs: config.upstreamTimeoutMs,
    };
  }
  const fake = createFakeLightfield();
  return {
    baseUrl: fake.baseUrl,
    apiKey: fake.apiKey,
    fetch: fake.fetch,
    timeoutMs: config.upstreamTimeoutMs,
  };
}

import { http } from 'msw';
import { createApp } from '../bff/app';
import { createFakeLightfield } from '../fake-lightfield/create-fake-lightfield';
import { FAST_RETRY } from './fast-retry';

type FakeOptions = Parameters<typeof createFakeLightfield>[0];
type AppOptions = Parameters<typeof createApp>[0];

/**
 * Component tests talk to the real BFF, which talks to the one fake Lightfield: msw hands every
 * `/api/*` request of the page to the Hono app in-process.
 */
export function createTestBff(
  options: FakeOptions = {},
  appOptions: { retry?: NonNullable<AppOptions['upstream']['retry']> } = {},
) {
  const fake = createFakeLightfield(options);
  const app = createApp({
    mode: 'demo',
    upstream: {
      baseUrl: fake.baseUrl,
      apiKey: fake.apiKey,
      fetch: fake.fetch,
      retry: appOptions.retry ?? FAST_RETRY,
    },
    // Every in-process request shares one "client"; a test file must not trip the per-tab limit.
    security: { rateLimitPerMinute: 0 },
  });
  const handlers = [
    http.all(/^https?:\/\/[^/]+\/api(?:[/?].*)?$/, ({ request }) => app.fetch(request)),
  ];
  /** What reached Lightfield, for asserting the exact upstream request. */
  const upstreamRequests = (method: string, path: string) =>
    fake.requests.filter((r) => r.method === method && r.path === path);
  return { fake, app, handlers, upstreamRequests };
}

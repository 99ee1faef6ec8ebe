import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { FormDefinitions } from '../model/form-definitions';
import { createTestBff } from './in-process-bff';
import { App } from '../app/app';
import type { EmbedState } from '../app/features/embed/embed-context';

interface SeenRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: unknown;
}

/**
 * Routes the page's `/api/*` calls to the real BFF over the seeded fake Lightfield for every
 * test in the file, and records what the page sent.
 */
export function setupTestBff(...options: Parameters<typeof createTestBff>) {
  const bff = createTestBff(...options);
  const server = setupServer(...bff.handlers);
  const seen: SeenRequest[] = [];
  server.events.on('request:start', ({ request }) => {
    const copy = request.clone();
    const entry: SeenRequest = {
      method: request.method,
      url: new URL(request.url),
      headers: request.headers,
      body: undefined,
    };
    seen.push(entry);
    if (request.method !== 'GET') {
      void copy.text().then((text) => {
        entry.body = text ? JSON.parse(text) : undefined;
      });
    }
  });
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    bff.fake.reset();
    seen.length = 0;
  });
  afterAll(() => server.close());

  const requests = (method: string, pathname: string) =>
    seen.filter((r) => r.method === method && r.url.pathname === pathname);
  const definitions = async (): Promise<FormDefinitions> => {
    const response = await bff.app.fetch(new Request('http://localhost/api/definitions'));
    return (await response.json()) as FormDefinitions;
  };
  return { bff, server, requests, definitions };
}

/** The app as the page mounts it; `embed` stands in for what startEmbed read from the URL. */
export function renderApp(embed?: EmbedState) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const user = userEvent.setup();
  const view = render(<App queryClient={queryClient} {...(embed ? { embed } : {})} />);
  return { user, queryClient, ...view };
}

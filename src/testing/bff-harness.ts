// Helpers for the BFF's own tests: an app over the fake Lightfield whose every answer is
// scanned for the API key, request builders, and a real loopback socket.
import { serve } from '@hono/node-server';
import { request as httpRequest, type Agent, type Server, type ServerOptions } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createFakeLightfield,
  type FakeLightfieldOptions,
} from '../fake-lightfield/create-fake-lightfield';
import { WELL_KNOWN } from '../fake-lightfield/seed';
import type { FormDefinitions } from '../model/form-definitions';
import { createApp, type AppOptions } from '../bff/app';
import { FAST_RETRY } from './fast-retry';

export const TEST_KEY = 'sk_lf_test_3b9f0c1e';
export const IDEMPOTENCY_KEY = '8a6e0804-2bd0-4672-b79d-d97027f9071b';
export const APP_ORIGIN = 'http://localhost';

export class SecretLeak extends Error {}

/** Fails the test if a response carries the key, in a header or the body. */
export async function scanForSecret(response: Response, secret: string): Promise<Response> {
  const text = await response.clone().text();
  const headers = [...response.headers].map(([k, v]) => `${k}: ${v}`).join('\n');
  if (text.includes(secret) || headers.includes(secret)) {
    throw new SecretLeak(`The API key appeared in a response (${response.status})`);
  }
  return response;
}

export interface SetupOptions extends Partial<Omit<AppOptions, 'upstream'>> {
  fake?: FakeLightfieldOptions;
  upstream?: Partial<AppOptions['upstream']>;
}

export function setupBff(options: SetupOptions = {}) {
  const { fake: fakeOptions, upstream, ...appOptions } = options;
  const fake = createFakeLightfield({ apiKey: TEST_KEY, ...fakeOptions });
  const app = createApp({
    mode: 'live',
    ...appOptions,
    upstream: {
      baseUrl: fake.baseUrl,
      apiKey: TEST_KEY,
      fetch: fake.fetch,
      retry: FAST_RETRY,
      ...upstream,
    },
  });
  const secret = upstream?.apiKey ?? TEST_KEY;

  /** `app.request`, with every answer scanned for the key. */
  const request = async (path: string, init?: RequestInit) =>
    scanForSecret(await app.request(path, init), secret);

  const upstreamCalls = (method: string, path: string) =>
    fake.requests.filter((r) => r.method === method && r.path === path);

  const definitions = async () =>
    (await (await request('/api/definitions')).json()) as FormDefinitions;

  const validBody = async () => {
    const defs = await definitions();
    const stage = defs.fields.find((f) => f.key === '$stage')?.options[0]?.id;
    return {
      fields: { $name: 'Northbridge – Reservoir sensors', $stage: stage },
      relationships: { $account: WELL_KNOWN.account.id },
    };
  };

  /** A create as the app sends it; a header set to null is left out. */
  const post = (body: unknown, headers: Record<string, string | null> = {}) => {
    const all: Record<string, string | null> = {
      'Content-Type': 'application/json',
      'Idempotency-Key': IDEMPOTENCY_KEY,
      Origin: APP_ORIGIN,
      ...headers,
    };
    return request('/api/opportunities', {
      method: 'POST',
      headers: Object.fromEntries(
        Object.entries(all).filter((e): e is [string, string] => e[1] !== null),
      ),
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  };

  const opportunitiesNamed = (name: string) =>
    fake.store.entries('opportunity').filter((e) => e.record.fields.$name?.value === name);

  return { fake, app, request, upstreamCalls, definitions, validBody, post, opportunitiesNamed };
}

/** Serves `fetch` on a loopback port, for what only a real socket shows (keep-alive, timeouts). */
export function listen(
  fetch: (request: Request) => Response | Promise<Response>,
  serverOptions: ServerOptions = {},
): Promise<{ server: Server; base: string; port: number }> {
  return new Promise((resolve) => {
    const server = serve({ fetch, hostname: '127.0.0.1', port: 0, serverOptions }, () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server: server as Server, base: `http://127.0.0.1:${port}`, port });
    }) as Server;
  });
}

export interface HttpAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/** One HTTP/1.1 request with node's client (an `agent` keeps connections alive like a proxy). */
export function httpCall(
  url: string,
  options: {
    method?: string;
    headers?: Record<string, string>;
    body?: string;
    agent?: Agent | false;
  } = {},
): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      { method: options.method ?? 'GET', headers: options.headers ?? {}, agent: options.agent },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

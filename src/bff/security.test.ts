import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WELL_KNOWN } from '../fake-lightfield/seed';
import type { ApiErrorBody, SessionResponse } from '../model/api-contract';
import { createLogger } from './logger';
import { APP_ORIGIN, SecretLeak, TEST_KEY, scanForSecret, setupBff } from '../testing/bff-harness';

const errorOf = async (res: Response) => ((await res.json()) as ApiErrorBody).error;

describe('no open proxy', () => {
  const { fake, request } = setupBff();
  afterEach(() => fake.reset());

  it('answers path tricks, unknown routes and other methods with a JSON 404 and no upstream call', async () => {
    const paths = [
      '/api/../v1/members',
      '/api/%2e%2e/v1/members',
      '/api/%2E%2E/%2E%2E/v1/accounts',
      '/api//definitions',
      '//api/definitions',
      '/api/accounts/..%2F..%2Fv1%2Fmembers',
      '/api/accounts/%2e%2e',
      '/api/v1/opportunities',
      '/api/opportunities/opp_1/tasks',
      '/api/accounts/acc_1/contacts',
      '/api/proxy?url=https://api.lightfield.app/v1/members',
      '/api/definitions/..',
      '/v1/members',
    ];
    for (const path of paths) {
      const res = await request(path);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('Content-Type'), path).toMatch(/application\/json/);
    }
    for (const method of ['PUT', 'PATCH', 'DELETE']) {
      const res = await request('/api/opportunities', { method, headers: { Origin: APP_ORIGIN } });
      expect(res.status, method).toBe(404);
    }
    expect(fake.requests).toHaveLength(0);
  });

  it('ignores method-override headers and query parameters', async () => {
    for (const headers of [
      { 'X-HTTP-Method-Override': 'POST' } as Record<string, string>,
      { 'X-HTTP-Method': 'DELETE' },
      { 'X-Method-Override': 'PUT' },
    ]) {
      const res = await request('/api/members?_method=DELETE', { method: 'GET', headers });
      // `_method` is not a parameter /api/members takes: 400 before any upstream call.
      expect(res.status).toBe(400);
    }
    const post = await request('/api/definitions', {
      method: 'POST',
      headers: { 'X-HTTP-Method-Override': 'GET', Origin: APP_ORIGIN },
    });
    expect(post.status).toBe(404);
    expect(fake.requests).toHaveLength(0);
  });

  it('never copies query parameters to Lightfield', async () => {
    const res = await request('/api/accounts?q=North&limit=1000&offset=5&$website[contains]=x');
    expect(res.status).toBe(400);
    expect(fake.requests).toHaveLength(0);
    await request('/api/accounts?q=North%26limit%3D1000');
    const [call] = fake.requests;
    expect(call?.rawQuery).toBe('$name[startsWith]=North%26limit%3D1000&limit=25');
    expect(call?.query).toEqual({ '$name[startsWith]': 'North&limit=1000', limit: '25' });
  });

  describe('over a real socket, where paths arrive unnormalised', () => {
    let server: Server | undefined;
    afterEach(
      () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
    );

    const rawGet = (port: number, path: string) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = httpRequest({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
          let body = '';
          res.on('data', (d: Buffer) => (body += d.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        });
        req.on('error', reject);
        req.end();
      });

    it('refuses dot segments before the SPA fallback could serve them', async () => {
      const spa = new Hono().get('*', (c) => c.html('<div id="root"></div>'));
      const { app, fake: rawFake } = setupBff({ spa });
      server = await new Promise<Server>((resolve) => {
        const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () =>
          resolve(s as Server),
        );
      });
      const { port } = server.address() as AddressInfo;
      for (const path of [
        '/api/../v1/members',
        '/api/./../v1/members',
        '/api/%2e%2e/v1/members',
        '/./api/definitions',
        '/assets/../api/members',
      ]) {
        const res = await rawGet(port, path);
        expect(res.status, path).toBe(404);
        expect(JSON.parse(res.body).error.code, path).toBe('not_found');
      }
      // Backslashes never reach the app: the HTTP layer refuses them.
      const backslash = await rawGet(port, '/api/accounts\\..\\members');
      expect(backslash.status).toBeGreaterThanOrEqual(400);
      expect(backslash.status).toBeLessThan(500);
      expect((await rawGet(port, '/some/client/route')).status).toBe(200);
      expect(rawFake.requests).toHaveLength(0);
    });
  });
});

describe('CSRF', () => {
  const { fake, post, validBody, opportunitiesNamed } = setupBff({
    security: { allowedOrigins: ['https://portal.example.com'] },
  });
  afterEach(() => fake.reset());

  it('refuses creates from other origins, with no upstream call', async () => {
    const body = await validBody();
    fake.requests.length = 0;
    for (const headers of [
      { Origin: 'https://evil.example' } as Record<string, string | null>,
      { Origin: 'null' },
      { Origin: 'http://localhost:8080' },
      { Origin: 'https://portal.example.com.evil.example' },
      { Origin: 'not a url' },
      { Origin: '' },
      { Origin: null, 'Sec-Fetch-Site': 'cross-site' },
    ]) {
      const res = await post(body, headers);
      expect(res.status, JSON.stringify(headers)).toBe(403);
      expect((await errorOf(res)).code).toBe('forbidden_origin');
    }
    expect(fake.requests).toHaveLength(0);
  });

  it('refuses a browser request without Origin that says it is cross-site', async () => {
    const body = await validBody();
    fake.requests.length = 0;
    const res = await post(body, { Origin: null, 'Sec-Fetch-Site': 'same-site' });
    expect(res.status).toBe(403);
    expect(fake.requests).toHaveLength(0);
  });

  it('accepts the app’s own origin, ALLOWED_ORIGINS, and non-browser clients', async () => {
    const body = await validBody();
    expect((await post(body)).status).toBe(200);
    const key = 'b7e2f1a0-3c4d-4e5f-8a9b-0c1d2e3f4a5b';
    expect(
      (await post(body, { Origin: 'https://portal.example.com', 'Idempotency-Key': key })).status,
    ).toBe(200);
    // Same key: Lightfield replays, so still one deal per key.
    expect((await post(body, { Origin: null, 'Idempotency-Key': key })).status).toBe(200);
    expect(
      (await post(body, { Origin: null, 'Sec-Fetch-Site': 'same-origin', 'Idempotency-Key': key }))
        .status,
    ).toBe(200);
    expect(opportunitiesNamed(body.fields.$name)).toHaveLength(2);
  });
});

describe('headers on every response', () => {
  const spa = new Hono()
    .get('/not-modified', (c) => c.body(null, 304))
    .get('/assets/not-modified.js', (c) => c.body(null, 304))
    .get('*', (c) => c.html('<div id="root"></div>'));
  const { fake, request, post } = setupBff({
    spa,
    security: { frameAncestors: "'self' https://portal.example.com" },
  });
  afterEach(() => fake.reset());

  const expectSecurityHeaders = (
    res: Response,
    label: string,
    kind: 'document' | 'resource' = 'resource',
  ) => {
    expect(res.headers.get('X-Content-Type-Options'), label).toBe('nosniff');
    expect(res.headers.get('Referrer-Policy'), label).toBe('no-referrer');
    expect(res.headers.get('X-Powered-By'), label).toBeNull();
    expect(res.headers.get('X-Request-Id'), label).toMatch(/^[\w-]+$/);
    const csp = res.headers.get('Content-Security-Policy') ?? '';
    if (kind === 'resource') {
      // Not a document: it may load and run nothing, is framed as the page is (an error shows
      // inside the portal's iframe), and the page's extras stay off.
      expect(csp, label).toBe(
        "default-src 'none'; frame-ancestors 'self' https://portal.example.com",
      );
      expect(res.headers.get('Permissions-Policy'), label).toBeNull();
      expect(res.headers.get('Cross-Origin-Opener-Policy'), label).toBeNull();
      return;
    }
    expect(csp, label).toContain("script-src 'self'");
    expect(csp, label).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp, label).toContain("frame-ancestors 'self' https://portal.example.com");
    expect(csp, label).toContain("object-src 'none'");
    expect(res.headers.get('Permissions-Policy'), label).toMatch(/camera=\(\)/);
    expect(res.headers.get('Cross-Origin-Opener-Policy'), label).toBe('same-origin');
  };

  it('sets them on API answers, errors, 404s and the app alike, and HSTS only over https', async () => {
    const answers: Array<[string, Response]> = [
      ['health', await request('/api/health')],
      ['definitions', await request('/api/definitions')],
      ['404', await request('/api/nope')],
      ['400', await request('/api/accounts?q=' + 'x'.repeat(200))],
      ['415', await post('x', { 'Content-Type': 'text/plain' })],
      ['spa', await request('/')],
      // A 304's headers replace the cached ones: a page's carries the page's policy, a file's
      // and the API's the locked-down one.
      ['304', await request('/not-modified')],
      ['304 file', await request('/assets/not-modified.js')],
      [
        '304 api',
        await request('/api/definitions', {
          headers: {
            'If-None-Match': (await request('/api/definitions')).headers.get('ETag') ?? '',
          },
        }),
      ],
      ['path trick', await request('/api/%2e%2e/x')],
      [
        '502',
        await setupBff({
          upstream: { apiKey: 'sk_lf_wrong_5xx' },
          security: { frameAncestors: "'self' https://portal.example.com" },
        }).request('/api/members'),
      ],
    ];
    for (const [label, res] of answers) {
      // The path trick reaches the page: the URL parser resolves `%2e%2e` to `/x` before the app.
      const pages = ['spa', '304', 'path trick'];
      expectSecurityHeaders(res, label, pages.includes(label) ? 'document' : 'resource');
      expect(res.headers.get('Strict-Transport-Security'), label).toBeNull();
    }
    const documents = answers.filter(([, res]) =>
      /script-src 'self'/.test(res.headers.get('Content-Security-Policy') ?? ''),
    );
    expect(documents.map(([label]) => label)).toEqual(['spa', '304', 'path trick']);
    expect(answers.find(([label]) => label === '304 api')?.[1].status).toBe(304);
    const https = await request('https://deals.example.com/api/health');
    expectSecurityHeaders(https, 'https');
    expect(https.headers.get('Strict-Transport-Security')).toMatch(/max-age=\d+/);
  });

  it('trusts X-Forwarded-Proto for HSTS only when told to', async () => {
    const headers = { 'X-Forwarded-Proto': 'https' };
    expect(
      (await request('/api/health', { headers })).headers.get('Strict-Transport-Security'),
    ).toBeNull();
    const proxied = setupBff({ security: { trustProxy: true } });
    const res = await proxied.request('/api/health', { headers });
    expect(res.headers.get('Strict-Transport-Security')).toMatch(/max-age=/);
  });

  it('behind TRUST_PROXY, echoes a sane request id from the proxy and replaces an unsafe one', async () => {
    const proxied = setupBff({ security: { trustProxy: true } });
    const kept = await proxied.request('/api/health', {
      headers: { 'X-Request-Id': 'lb-123_abc' },
    });
    expect(kept.headers.get('X-Request-Id')).toBe('lb-123_abc');
    const replaced = await proxied.request('/api/nope', {
      headers: { 'X-Request-Id': 'a b<script>' },
    });
    const id = replaced.headers.get('X-Request-Id');
    expect(id).not.toContain('<');
    expect((await errorOf(replaced)).requestId).toBe(id);
  });
});

describe('request bodies', () => {
  const { fake, post, validBody, request } = setupBff();
  afterEach(() => fake.reset());

  it('answers 413 past 256 KB without reading on or calling Lightfield', async () => {
    const body = await validBody();
    fake.requests.length = 0;
    const big = { ...body, fields: { ...body.fields, discoveryNotes: 'x'.repeat(300 * 1024) } };
    const res = await post(big);
    expect(res.status).toBe(413);
    expect((await errorOf(res)).code).toBe('payload_too_large');
    const withLength = await post(JSON.stringify(big), {
      'Content-Length': String(JSON.stringify(big).length),
    });
    expect(withLength.status).toBe(413);
    expect(fake.requests).toHaveLength(0);
  });

  it('refuses __proto__ and constructor keys, and nothing gets polluted', async () => {
    const body = await validBody();
    fake.requests.length = 0;
    for (const raw of [
      `{"__proto__": {"polluted": true}, "fields": {}, "relationships": {}}`,
      `{"fields": {"$name": "x", "__proto__": {"polluted": true}}, "relationships": {}}`,
      `{"fields": {"constructor": {"prototype": {"polluted": true}}}, "relationships": {}}`,
      JSON.stringify({ ...body, relationships: { ...body.relationships } }).replace(
        '"relationships":{',
        '"relationships":{"__proto__":{"polluted":true},',
      ),
    ]) {
      const res = await post(raw);
      expect(res.status, raw).toBe(400);
      expect((await errorOf(res)).code).toBe('bad_request');
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(fake.requests).toHaveLength(0);
    // Query keys are parsed into prototype-less objects and refused as unknown parameters.
    expect((await request('/api/accounts?__proto__[polluted]=1')).status).toBe(400);
    expect((await request('/api/contacts?constructor=x')).status).toBe(400);
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('refuses a whitespace-only required field itself (found by the fuzz test)', async () => {
    const body = await validBody();
    fake.requests.length = 0;
    const res = await post({ ...body, fields: { ...body.fields, $name: ' \t ' } });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).fields).toEqual({ 'fields.$name': 'Name is required' });
    expect(fake.requests).toHaveLength(0);
  });

  it('answers every error as JSON with a stable shape and no stack trace', async () => {
    for (const res of [
      await post('{oops'),
      await post([1, 2, 3]),
      await post('null'),
      await post({ fields: 'x', relationships: [] }),
    ]) {
      expect(res.status).toBe(400);
      const text = await res.text();
      const { error } = JSON.parse(text) as ApiErrorBody;
      expect(typeof error.code).toBe('string');
      expect(typeof error.message).toBe('string');
      expect(error.requestId).toMatch(/^[\w-]+$/);
      expect(text).not.toMatch(/\bat \S+ \(|node_modules|\.ts:\d+/);
    }
  });
});

describe('the API key', () => {
  it('appears in no answer, whatever fails upstream', async () => {
    // setupBff's request() throws SecretLeak on any answer that carries the key.
    const { fake, request, post, validBody } = setupBff({
      upstream: { retry: { budgetMs: 0 } },
    });
    const body = await validBody();
    for (const kind of [
      'status-before',
      'status-after',
      'rate-limit',
      'reset-before',
      'reset-after',
    ] as const) {
      for (const status of [400, 401, 403, 404, 409, 422, 429, 500, 502, 503, 504]) {
        fake.faults.inject({ operation: 'any', kind, status, times: 3 });
        await request('/api/accounts?q=N' + status + kind);
        await request(`/api/accounts/acc_${status}`);
        await post(body);
        fake.faults.clear();
      }
    }
    const wrong = setupBff({ upstream: { apiKey: 'sk_lf_wrong_9f8e7d6c' } });
    for (const path of ['/api/definitions', '/api/members', '/api/accounts?q=a', '/api/ready']) {
      const res = await wrong.request(path);
      expect(res.status, path).toBeGreaterThanOrEqual(500);
    }
  });

  it('is caught by the scanner the tests use, in a body or a header', async () => {
    await expect(scanForSecret(new Response(`x ${TEST_KEY} y`), TEST_KEY)).rejects.toThrow(
      SecretLeak,
    );
    await expect(
      scanForSecret(new Response('{}', { headers: { 'X-Debug': TEST_KEY } }), TEST_KEY),
    ).rejects.toThrow(SecretLeak);
  });
});

describe('access gate (TRUSTED_USER_HEADER)', () => {
  const { fake, request, post, validBody } = setupBff({
    security: { trustedUserHeader: 'X-Forwarded-Email' },
  });
  afterEach(() => fake.reset());
  const as = (email: string) => ({ headers: { 'X-Forwarded-Email': email } });

  it('answers 401 without the header, except to the probes', async () => {
    for (const path of [
      '/api/definitions',
      '/api/session',
      '/api/accounts?q=a',
      '/api/nope',
      '/',
    ]) {
      const res = await request(path);
      expect(res.status, path).toBe(401);
      expect((await errorOf(res)).code).toBe('unauthenticated');
    }
    expect((await post(await validBody().catch(() => ({})))).status).toBe(401);
    expect((await request('/api/health')).status).toBe(200);
    expect((await request('/api/ready')).status).toBe(200);
    expect((await request('/api/definitions', as('not an email'))).status).toBe(401);
    expect(fake.requests.filter((r) => r.path !== '/v1/auth/validate')).toHaveLength(0);
  });

  it('tells the browser who is signed in and which member that is', async () => {
    const res = await request('/api/session', as(WELL_KNOWN.member.email.toUpperCase()));
    expect(await res.json()).toEqual({
      email: WELL_KNOWN.member.email,
      memberId: WELL_KNOWN.member.id,
    } satisfies SessionResponse);
    const stranger = await request('/api/session', as('someone@elsewhere.example'));
    expect(await stranger.json()).toEqual({ email: 'someone@elsewhere.example', memberId: null });
    // Members are cached: two sessions, one walk of the member pages.
    expect(fake.requests.filter((r) => r.path === '/v1/members')).toHaveLength(1);
  });

  it('without the gate, the session is empty and costs no upstream call', async () => {
    const open = setupBff();
    expect(await (await open.request('/api/session')).json()).toEqual({
      email: null,
      memberId: null,
    });
    expect(open.fake.requests).toHaveLength(0);
  });
});

describe('per-client rate limit', () => {
  it('answers 429 with Retry-After once a client’s burst is spent, per client, sparing the probes', async () => {
    const { request } = setupBff({
      security: { rateLimitPerMinute: 60, trustProxy: true },
    });
    const from = (ip: string) => ({ headers: { 'X-Forwarded-For': `10.0.0.9, ${ip}` } });
    const statuses: number[] = [];
    for (let i = 0; i < 25; i++)
      statuses.push((await request('/api/members', from('192.0.2.1'))).status);
    expect(statuses.slice(0, 20).every((s) => s === 200)).toBe(true);
    const limited = await request('/api/members', from('192.0.2.1'));
    expect(limited.status).toBe(429);
    expect(limited.headers.get('Retry-After')).toMatch(/^\d+$/);
    const error = await errorOf(limited);
    expect(error.code).toBe('rate_limited');
    expect(error.retryable).toBe(true);
    expect((await request('/api/members', from('192.0.2.2'))).status).toBe(200);
    expect((await request('/api/health', from('192.0.2.1'))).status).toBe(200);
  });

  it('can be turned off', async () => {
    const { request } = setupBff({ security: { rateLimitPerMinute: 0 } });
    for (let i = 0; i < 100; i++) expect((await request('/api/health?x')).status).toBe(200);
    for (let i = 0; i < 100; i++) expect((await request('/api/members')).status).toBe(200);
  });
});

describe('logs', () => {
  const collect = () => {
    const lines: string[] = [];
    return { lines, destination: { write: (line: string) => void lines.push(line) } };
  };

  it('write one JSON line per request with id, status and upstream figures, and never the key', async () => {
    const { lines, destination } = collect();
    const logger = createLogger({
      level: 'debug',
      format: 'json',
      secrets: [TEST_KEY],
      destination,
    });
    const { request, post, validBody, fake } = setupBff({ logger });
    await request('/api/definitions');
    fake.faults.inject({ operation: 'createOpportunity', kind: 'status-before', status: 500 });
    await post(await validBody());
    await setupBff({ logger, upstream: { apiKey: 'sk_lf_nope_1234' } }).request('/api/members');
    const entries = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    const requests = entries.filter((e) => e.msg === 'request');
    expect(requests.length).toBeGreaterThanOrEqual(4);
    const first = requests[0];
    expect(first).toMatchObject({
      level: 'info',
      method: 'GET',
      path: '/api/definitions',
      status: 200,
    });
    expect(first?.requestId).toMatch(/^[\w-]+$/);
    // The definitions and the key's scopes (whether the Follow-up section shows).
    expect(first?.upstream).toMatchObject({ calls: 2, status: 200 });
    const create = requests.find((e) => e.path === '/api/opportunities');
    expect(create?.upstream).toMatchObject({ calls: 2, status: 200 });
    expect(entries.some((e) => e.msg === 'lightfield call failed' && e.status === 500)).toBe(true);
    const all = lines.join('\n');
    expect(all).not.toContain(TEST_KEY);
    expect(all).not.toContain('Bearer ');
  });

  it('redact Authorization wherever it is logged, and scrub the key from any text', () => {
    const { lines, destination } = collect();
    const logger = createLogger({
      level: 'info',
      format: 'json',
      secrets: [TEST_KEY],
      destination,
    });
    logger.info({ headers: { authorization: `Bearer ${TEST_KEY}` } }, 'headers');
    logger.info({ req: { headers: { authorization: 'Bearer x' } }, apiKey: TEST_KEY }, 'req');
    logger.warn({ error: `failed with ${TEST_KEY} in it` }, `message with ${TEST_KEY}`);
    const all = lines.join('\n');
    expect(all).not.toContain(TEST_KEY);
    expect(all).not.toContain('Bearer');
    expect(all.match(/\[redacted\]/g)?.length).toBeGreaterThanOrEqual(5);
  });
});

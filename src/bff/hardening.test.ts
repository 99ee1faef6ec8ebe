import { once } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Agent } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WELL_KNOWN } from '../fake-lightfield/seed';
import { DEMO_LIMITS, createDemoFake } from './demo-upstream';
import { createLifecycle } from './lifecycle';
import { SERVER_LIMITS, startServer } from './server';
import { spaRoutes } from './spa-routes';
import { recordingLogger } from '../testing/recording-logger';
import { IDEMPOTENCY_KEY, TEST_KEY, httpCall, listen, setupBff } from '../testing/bff-harness';
import { fakeClock } from '../testing/fake-clock';

// Issue #19, "Hardening, round two": one test per finding of the red-team pass. Each reproduces
// the finding as reported and checks it no longer happens. Finding 1 is e2e/embed.spec.ts, 4's
// page half src/app/features/drafts/drafts.test.tsx, 5 account-create-once.test.tsx, 6
// graceful-shutdown.test.ts and 8 config.test.ts.

const closers: Array<() => unknown> = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

describe('finding 2: DNS rebinding', () => {
  it('answers 421 to a Host that is not ours, before any route or Lightfield call', async () => {
    const bff = setupBff({ security: { allowedHosts: ['deals.example.com'] } });
    const body = await bff.validBody();
    const before = bff.fake.requests.length;

    const read = await bff.request('http://rebind.attacker.example/api/contacts?q=a');
    expect(read.status).toBe(421);
    expect(await read.json()).toMatchObject({ error: { code: 'misdirected_request' } });
    const create = await bff.request('http://evil.example/api/opportunities', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'Idempotency-Key': IDEMPOTENCY_KEY,
        Origin: 'http://evil.example',
      },
      body: JSON.stringify(body),
    });
    expect(create.status).toBe(421);
    expect(bff.fake.requests.length).toBe(before);
    expect(bff.opportunitiesNamed(body.fields.$name)).toHaveLength(0);

    // The listed name, localhost and IP addresses (which no attacker can point elsewhere) work.
    for (const url of [
      'http://deals.example.com/api/health',
      'http://localhost:3000/api/health',
      'http://127.0.0.1:3000/api/health',
      'http://[::1]:3000/api/health',
      'http://10.1.2.3/api/health',
    ]) {
      expect((await bff.request(url)).status, url).toBe(200);
    }

    // Over a real socket, as curl -H 'Host: …' sent it.
    const { server, base } = await listen(bff.app.fetch);
    closers.push(() => server.close());
    const raw = await httpCall(`${base}/api/contacts?q=a`, {
      headers: { Host: 'rebind.attacker.example' },
    });
    expect(raw.status).toBe(421);
    expect(raw.text).not.toMatch(/@/);

    // Behind TRUST_PROXY the browser's host is the forwarded one, and it must be listed too.
    const proxied = setupBff({
      security: { trustProxy: true, allowedHosts: ['deals.example.com'] },
    });
    const via = (host: string) =>
      proxied.request('/api/health', { headers: { 'X-Forwarded-Host': host } });
    expect((await via('evil.example')).status).toBe(421);
    expect((await via('deals.example.com')).status).toBe(200);
  });
});

describe('finding 3: a refused body poisons a kept-alive connection', () => {
  it('closes the connection after an early answer, so the next request always works', async () => {
    const bff = setupBff();
    const { server, base } = await listen(bff.app.fetch);
    closers.push(() => server.close());
    // One connection, reused like a proxy's upstream keep-alive pool.
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    closers.push(() => agent.destroy());
    const create = {
      'Content-Type': 'application/json',
      'Idempotency-Key': IDEMPOTENCY_KEY,
      Origin: base,
    };
    const early = [
      { status: 413, headers: create, body: `{"pad":"${'x'.repeat(2 * 1024 * 1024)}"}` },
      {
        status: 415,
        headers: { ...create, 'Content-Type': 'text/plain' },
        body: 'x'.repeat(65_536),
      },
      { status: 400, headers: { ...create, 'Idempotency-Key': 'nope' }, body: 'x'.repeat(65_536) },
    ];
    for (const { status, headers, body } of early) {
      const refused = await httpCall(`${base}/api/opportunities`, {
        method: 'POST',
        headers,
        body,
        agent,
      });
      expect(refused.status).toBe(status);
      const next = await httpCall(`${base}/api/health`, { agent });
      expect(next.status, `the request after the ${status}`).toBe(200);
      // The client was told not to reuse the connection the body was left on.
      expect(refused.headers.connection).toBe('close');
    }
  });
});

describe('finding 4: the same Idempotency-Key with a different body', () => {
  it('answers 422 idempotency_key_reused instead of replaying the first deal, per rep', async () => {
    const bff = setupBff();
    const body = await bff.validBody();
    const first = await bff.post(body);
    expect(first.status).toBe(200);
    const { id } = (await first.json()) as { id: string };
    // The same body again is a retry: the same deal, replayed.
    const retry = await bff.post(body);
    expect(((await retry.json()) as { id: string }).id).toBe(id);

    const other = { ...body, fields: { ...body.fields, $name: 'Someone else’s deal' } };
    const before = bff.fake.requests.length;
    const reused = await bff.post(other);
    expect(reused.status).toBe(422);
    expect(await reused.json()).toMatchObject({
      error: { code: 'idempotency_key_reused', retryable: false },
    });
    expect(bff.fake.requests.length).toBe(before);
    expect(bff.opportunitiesNamed(other.fields.$name)).toHaveLength(0);

    // A create Lightfield refused wrote nothing: the rep corrects the form and sends it again
    // under the same key, as Lightfield itself allows.
    const key = '2f1c6a52-6a0e-4a51-9d3b-7e1f8c2b4d60';
    const named = async (name: string) =>
      (
        await bff.post(
          { ...body, fields: { ...body.fields, $name: name } },
          { 'Idempotency-Key': key },
        )
      ).status;
    bff.fake.faults.inject({ operation: 'createOpportunity', kind: 'status-before', status: 422 });
    expect(await named('Draft 1')).toBe(400);
    expect(await named('Draft 2')).toBe(200);

    // Behind the access gate a key is also bound to the rep: another rep's request under it is
    // refused, never answered with the first rep's deal.
    const gated = setupBff({ security: { trustedUserHeader: 'X-Forwarded-Email' } });
    // The same seed: the first app's body fits this one's definitions.
    const gatedBody = { ...body, fields: { ...body.fields, $name: 'Ana’s deal' } };
    const as = (email: string) => gated.post(gatedBody, { 'X-Forwarded-Email': email });
    expect((await as('ana@example.com')).status).toBe(200);
    expect((await as('ana@example.com')).status).toBe(200);
    expect((await as('ben@example.com')).status).toBe(422);
  });
});

/** A client that sends its request a byte at a time; says how the server ended it, and when. */
function trickle(port: number, head: string, byteEveryMs: number) {
  return new Promise<{ answer: string; afterMs: number }>((resolve) => {
    const started = Date.now();
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
    socket.on('error', () => {});
    socket.on('close', () => {
      clearInterval(timer);
      resolve({ answer: answer.split('\r\n')[0] ?? '', afterMs: Date.now() - started });
    });
    socket.write(head);
    const timer = setInterval(() => socket.write('x'), byteEveryMs);
  });
}

describe('finding 7: slow clients', () => {
  it('cuts off requests that trickle in, and logs an aborted upload once, at info', async () => {
    expect(SERVER_LIMITS).toMatchObject({ headersTimeoutMs: 10_000, requestTimeoutMs: 15_000 });
    const { logger, lines } = recordingLogger();
    const lifecycle = createLifecycle();
    const bff = setupBff({ lifecycle, logger });
    const limits = {
      ...SERVER_LIMITS,
      headersTimeoutMs: 300,
      requestTimeoutMs: 500,
      checkIntervalMs: 50,
    };
    const server = startServer(bff.app.fetch, { hostname: '127.0.0.1', port: 0, limits });
    closers.push(() => server.close());
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    expect(server.keepAliveTimeout).toBe(SERVER_LIMITS.keepAliveTimeoutMs);
    expect(server.maxConnections).toBe(SERVER_LIMITS.maxConnections);

    // Bodies at a byte per 100 ms (the report's was per 5 s) and headers likewise.
    const body = [
      'POST /api/opportunities HTTP/1.1',
      'Host: 127.0.0.1',
      'Content-Type: application/json',
      `Idempotency-Key: ${IDEMPOTENCY_KEY}`,
      'Content-Length: 100000',
      '\r\n',
    ].join('\r\n');
    const slow = await Promise.all([
      ...Array.from({ length: 25 }, () => trickle(port, body, 100)),
      ...Array.from({ length: 5 }, () =>
        trickle(port, 'GET /api/health HTTP/1.1\r\nX-Slow: ', 100),
      ),
    ]);
    for (const { answer, afterMs } of slow) {
      expect(answer).toBe('HTTP/1.1 408 Request Timeout');
      expect(afterMs).toBeLessThan(3_000);
    }

    // Each cut-off body is one line at info, not a stack at error level.
    const cutOff = () => lines.filter((l) => l.aborted === true);
    await expect.poll(() => cutOff().length).toBe(25);
    expect(lines.filter((l) => l.level !== 'info')).toEqual([]);
    lines.length = 0;

    // An upload the client gives up on: likewise one line.
    const aborted = connect(port, '127.0.0.1');
    aborted.write(`${body}{"fields":`);
    await expect.poll(() => lifecycle.inFlight).toBe(1);
    aborted.destroy();
    await expect.poll(() => lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 'info', aborted: true, path: '/api/opportunities' });
  });
});

describe('finding 9: smaller things', () => {
  it('scrubs the key from upstream text it relays (a proxy that echoes Authorization)', async () => {
    const echo = (status: number, param?: string) =>
      Response.json(
        {
          error: {
            type: 'invalid_request',
            message: `Rejected header Authorization: Bearer ${TEST_KEY}`,
            ...(param && { param }),
          },
        },
        { status },
      );
    let answer: (request: Request) => Response | null = () => null;
    const bff = setupBff({
      upstream: {
        fetch: (request: Request) => Promise.resolve(answer(request) ?? bff.fake.fetch(request)),
      },
    });
    const body = await bff.validBody();
    // setupBff's request() throws SecretLeak when an answer carries the key.
    for (const [status, param] of [
      [400, 'fields.$name'],
      [422, `fields.${TEST_KEY}`],
      [400, undefined],
    ] as const) {
      answer = (request) => (request.method === 'POST' ? echo(status, param) : null);
      const res = await bff.post(body, { 'Idempotency-Key': crypto.randomUUID() });
      expect(res.status).toBe(400);
      expect(await res.text()).toContain('[redacted]');
    }
  });

  it('bounds the demo fake’s request log, created records and idempotency keys', async () => {
    const fake = createDemoFake();
    const bff = setupBff({
      mode: 'demo',
      upstream: { baseUrl: fake.baseUrl, apiKey: fake.apiKey, fetch: fake.fetch },
      security: { rateLimitPerMinute: 0 },
      // Lightfield's 25 writes a second would make 520 creates take 21 s: time only pretends.
      clock: fakeClock(),
    });
    const body = await bff.validBody();
    const seeded = fake.store.count('opportunity');
    const creates = DEMO_LIMITS.createdRecords + 20;
    for (let i = 0; i < creates; i++) {
      const deal = { ...body, fields: { ...body.fields, $name: `Demo deal ${i}` } };
      expect((await bff.post(deal, { 'Idempotency-Key': crypto.randomUUID() })).status).toBe(200);
    }
    expect(fake.requests.length).toBeLessThanOrEqual(DEMO_LIMITS.requestLog);
    expect(fake.store.count('opportunity')).toBe(seeded + DEMO_LIMITS.createdRecords);
    expect(fake.idempotencyKeyCount).toBeLessThanOrEqual(DEMO_LIMITS.idempotencyKeys);
    // The oldest demo deals went, and so did the account's links to them.
    const links = fake.store.get('account', WELL_KNOWN.account.id)?.relationships.$opportunity;
    expect(links?.values.every((id) => fake.store.has('opportunity', id))).toBe(true);
  }, 20_000);

  it('takes X-Request-Id only from a trusted proxy', async () => {
    const direct = setupBff();
    const chosen = await direct.request('/api/nope', { headers: { 'X-Request-Id': 'ana-42' } });
    expect(chosen.headers.get('X-Request-Id')).not.toBe('ana-42');
    const proxied = setupBff({ security: { trustProxy: true } });
    const kept = await proxied.request('/api/nope', { headers: { 'X-Request-Id': 'lb-42' } });
    expect(kept.headers.get('X-Request-Id')).toBe('lb-42');
  });

  it('answers 404 for a missing /assets file instead of index.html', async () => {
    const root = mkdtempSync(join(tmpdir(), 'deal-form-spa-'));
    closers.push(() => rmSync(root, { recursive: true, force: true }));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>Deal Form</title>');
    writeFileSync(join(root, 'assets', 'app-1a2b.js'), 'export {};');
    const { app } = setupBff({ spa: spaRoutes(root) });
    const missing = await app.request('/assets/x.js');
    expect(missing.status).toBe(404);
    expect(await missing.text()).not.toContain('<title>');
    expect((await app.request('/assets/app-1a2b.js')).status).toBe(200);
    // Client routes still get the app.
    expect(await (await app.request('/deals/new')).text()).toContain('<title>Deal Form</title>');
  });

  it('loads msw and the fake only in demo mode: the live server never imports them', () => {
    const reached = staticImports(join(import.meta.dirname, 'main.ts'));
    const demoOnly = [...reached].filter(
      (m) => m === 'msw' || m.startsWith('msw/') || m.includes('/fake-lightfield/'),
    );
    expect(demoOnly).toEqual([]);
    // The walk does see through the app: it reaches the routes and hono.
    expect(reached.has('hono')).toBe(true);
    expect([...reached].some((m) => m.endsWith('/routes/opportunities-route.ts'))).toBe(true);
  });
});

/**
 * The modules a file pulls in through static imports (dynamic `import()` and `import type` are
 * not loaded with it), following relative ones; packages are listed by name.
 */
function staticImports(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const source = readFileSync(entry, 'utf8');
  const statements = source.matchAll(
    /^(?:import|export)\s+(?!type\s)(?:[^;'"]*?from\s+)?'([^']+)'/gm,
  );
  for (const [, specifier] of statements) {
    if (!specifier?.startsWith('.')) {
      if (specifier) seen.add(specifier);
      continue;
    }
    const base = resolve(dirname(entry), specifier);
    const file = ['.ts', '.tsx', '/index.ts'].map((ext) => base + ext).find(existsSync);
    if (file) staticImports(file, seen);
  }
  return seen;
}

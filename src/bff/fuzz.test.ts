import { Agent } from 'node:http';
import { describe, expect, it } from 'vitest';
import { createPrng } from '../fake-lightfield/prng';
import { WELL_KNOWN } from '../fake-lightfield/seed';
import type { FormDefinitions } from '../model/form-definitions';
import { APP_ORIGIN, httpCall, listen, setupBff } from '../testing/bff-harness';

// Bounded, seeded fuzzing of every /api route through `app.request()` against the fake:
// random and malformed requests must never get a 5xx, and none the BFF can tell is invalid
// may cost an upstream call. Each case knows by construction whether its input is valid.

// FUZZ_SEED explores other sequences locally; CI runs the fixed one.
const SEED = Number(process.env.FUZZ_SEED ?? 0x5eed_2026);
const CASES = 1_500;

type Validity = 'valid' | 'invalid' | 'unknown';
interface Case {
  label: string;
  method: string;
  path: string;
  /** The Host the request names (app.request takes it from the URL); default localhost. */
  host?: string;
  headers: Record<string, string>;
  body?: string;
  validity: Validity;
}

// Names the BFF answers for (localhost, IP addresses), and names a rebinding attack would use.
const OUR_HOSTS = ['localhost', '127.0.0.1', 'localhost:3000', '10.0.0.7:8080', '[::1]:3000'];
const FOREIGN_HOSTS = [
  'rebind.attacker.example',
  'evil.example:3000',
  'localhost.evil.example',
  '127.0.0.1.nip.io',
  'x',
];

function generator(random: () => number, defs: FormDefinitions, usedKeys: readonly string[]) {
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  const chance = (p: number) => random() < p;

  const NASTY = [
    '..',
    '%2e%2e',
    '%2E',
    '%2f',
    '%5c',
    '%00',
    '//',
    '%',
    '%%',
    '\u202e',
    'é',
    '😀',
    '<script>',
    "'",
    '"',
    '$',
    '[',
    ']',
    '{',
    '}',
    '\u0000',
    '\u001f',
    ' ',
    '+',
    '&',
    '=',
    '?',
    ';',
  ];
  const text = (max: number, alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789 -_.') => {
    let s = '';
    const n = int(max + 1);
    for (let i = 0; i < n; i++)
      s += chance(0.1) ? pick(NASTY) : (alphabet[int(alphabet.length)] ?? '');
    return s;
  };
  const safeText = (max: number) => {
    let s = '';
    const n = int(max + 1);
    const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ';
    for (let i = 0; i < n; i++) s += alphabet[int(alphabet.length)] ?? '';
    return s;
  };
  const validId = () => pick(['acc_', 'con_', 'mem_', '']) + safeText(20).replace(/ /g, '_') + 'x';
  const uuid = () => crypto.randomUUID();
  const enc = encodeURIComponent;

  const jsonValue = (depth = 0): unknown => {
    switch (int(depth > 3 ? 5 : 8)) {
      case 0:
        return null;
      case 1:
        return chance(0.5);
      case 2:
        return pick([0, -1, 1.5, 1e308, -0, 1.2345678901234568e29]);
      case 3:
        return text(20);
      case 4:
        return '';
      case 5:
        return Array.from({ length: int(4) }, () => jsonValue(depth + 1));
      case 6:
        return Object.fromEntries(
          Array.from({ length: int(4) }, () => [text(8), jsonValue(depth + 1)]),
        );
      default:
        return { firstName: text(5), street: text(5), country: text(2) };
    }
  };

  const stage = defs.fields.find((f) => f.key === '$stage')?.options[0]?.id ?? '';
  const validBody = () => ({
    fields: { $name: `Fuzz ${safeText(30)}x`, $stage: stage },
    relationships: { $account: WELL_KNOWN.account.id },
  });
  const fieldKeys = defs.fields.map((f) => f.key);
  const relKeys = defs.relationships.map((r) => r.key);

  const createHeaders = (): Record<string, string> => ({
    'Content-Type': 'application/json',
    'Idempotency-Key': uuid(),
    Origin: APP_ORIGIN,
  });

  // Each mutation makes a create the BFF must refuse on its own.
  const invalidCreates: Array<() => Omit<Case, 'method' | 'path' | 'validity'>> = [
    () => ({
      label: 'no key',
      headers: { ...createHeaders(), 'Idempotency-Key': '' },
      body: JSON.stringify(validBody()),
    }),
    () => ({
      label: 'bad key',
      headers: {
        ...createHeaders(),
        'Idempotency-Key': pick([
          '1',
          'not-a-uuid',
          ((u) => `${u.slice(0, 14)}5${u.slice(15)}`)(uuid()),
          text(40),
        ]).replace(/[^\x20-\x7e]/g, ''),
      },
      body: JSON.stringify(validBody()),
    }),
    () => ({
      label: 'content type',
      headers: {
        ...createHeaders(),
        'Content-Type': pick([
          'text/plain',
          'application/x-www-form-urlencoded',
          'multipart/form-data',
          'application/jsonx',
          'json',
          '',
        ]),
      },
      body: JSON.stringify(validBody()),
    }),
    () => ({
      label: 'cross origin',
      headers: {
        ...createHeaders(),
        Origin: pick(['https://evil.example', 'null', 'http://localhost:1', 'https://localhost']),
      },
      body: JSON.stringify(validBody()),
    }),
    () => ({
      label: 'malformed json',
      headers: createHeaders(),
      body:
        pick(['{', '{"fields":', "{'a':1}", '', 'undefined', '{"fields":{}}}', text(30)]) +
        (chance(0.5) ? '' : '\u0000'),
    }),
    () => ({
      label: 'not an object',
      headers: createHeaders(),
      body: JSON.stringify(pick([[], [validBody()], 'x', 1, true, null])),
    }),
    () => ({
      label: 'proto key',
      headers: createHeaders(),
      body: JSON.stringify(validBody()).replace(
        '"fields":{',
        `"fields":{"${pick(['__proto__', 'constructor', 'prototype'])}":${JSON.stringify(jsonValue())},`,
      ),
    }),
    () => ({
      label: 'too large',
      headers: createHeaders(),
      body: JSON.stringify({ ...validBody(), pad: 'x'.repeat(256 * 1024 + int(10_000)) }),
    }),
    () => {
      const body = validBody() as {
        fields: Record<string, unknown>;
        relationships: Record<string, unknown>;
      };
      switch (int(7)) {
        case 0:
          body.fields[`zz_${safeText(8).replace(/ /g, '')}`] = jsonValue();
          break;
        case 1:
          body.fields.$name = pick(['', '   ', null, 5, [], {}]);
          break;
        case 2:
          body.fields.$stage = pick(['opt_nope', '', 7, ['x']]);
          break;
        case 3:
          body.relationships.$account = pick([5, {}, [], '', null]);
          break;
        case 4:
          body.relationships[`zz_${int(1e6)}`] = validId();
          break;
        case 5:
          (body as Record<string, unknown>)[pick(['extra', 'id', 'owner'])] = jsonValue();
          break;
        default:
          body.relationships.implementationPartners = Array.from(
            { length: 26 + int(10) },
            () => WELL_KNOWN.account.id,
          );
          break;
      }
      return { label: 'schema', headers: createHeaders(), body: JSON.stringify(body) };
    },
    () => ({
      label: 'query on create',
      headers: createHeaders(),
      body: JSON.stringify(validBody()),
    }),
  ];

  const deepJson = () => '['.repeat(5_000 + int(20_000)) + ']'.repeat(5_000);

  // Any request under another Host is refused before routing; ours change nothing.
  const withHost = (c: Case): Case => {
    if (!chance(0.1)) return c;
    if (chance(0.4)) return { ...c, host: pick(OUR_HOSTS) };
    return { ...c, label: `host ${c.label}`, host: pick(FOREIGN_HOSTS), validity: 'invalid' };
  };

  return (): Case => withHost(next());

  function next(): Case {
    const roll = int(100);
    if (roll < 4 && usedKeys.length > 0) {
      // The key of a deal already created, with another body: refused, never replayed.
      return {
        label: 'reused key',
        method: 'POST',
        path: '/api/opportunities',
        headers: { ...createHeaders(), 'Idempotency-Key': pick(usedKeys) },
        body: JSON.stringify(validBody()),
        validity: 'invalid',
      };
    }
    if (roll < 30) {
      // Valid reads.
      const path = pick([
        () => '/api/health',
        () => '/api/ready',
        () => '/api/session',
        () => '/api/definitions',
        () => '/api/members',
        () => `/api/accounts?q=${enc(safeText(20))}`,
        () => '/api/accounts',
        () => `/api/accounts/${validId()}`,
        () => `/api/accounts/${WELL_KNOWN.account.id}`,
        () => `/api/contacts?q=${enc(safeText(10))}`,
        () => `/api/contacts?q=&account=${chance(0.5) ? WELL_KNOWN.account.id : validId()}`,
        () => '/api/contacts?account=',
      ])();
      return { label: 'read', method: 'GET', path, headers: {}, validity: 'valid' };
    }
    if (roll < 55) {
      // Invalid reads: bad queries, ids and paths.
      const path = pick([
        () => `/api/accounts?q=${enc('x'.repeat(101 + int(500)))}`,
        () => `/api/accounts?q=${enc('a' + String.fromCharCode(int(32)))}`,
        () => `/api/accounts?q=a&q=b`,
        () => `/api/accounts?${enc(text(6) || 'x')}x=1`,
        () => `/api/accounts?limit=${int(1000)}`,
        () => `/api/accounts?__proto__[x]=1`,
        () => `/api/contacts?account=${enc(text(10) + '!')}`,
        () => `/api/contacts?account=a&account=b`,
        () =>
          `/api/contacts?q=x&${pick(['offset', 'limit', '$name[startsWith]', 'constructor'])}=1`,
        () => `/api/members?offset=${int(100)}`,
        () => `/api/definitions?${pick(['x', 'object=account', 'cache=0'])}`,
        () => `/api/session?email=${enc('boss@example.com')}`,
        () =>
          `/api/accounts/${pick(['..%2F..%2Fv1%2Fmembers', '%2e%2e', 'a.b', 'a%20b', 'x'.repeat(101), '%00', 'acc_1%2Fx'])}`,
        () =>
          `/api/${pick(['..', '%2e%2e', '.', '%2E'])}/v1/${pick(['members', 'accounts', 'opportunities'])}`,
        () => `/api//${pick(['definitions', 'members', 'accounts'])}`,
        () => `/api/${text(12).replace(/[#?]/g, '') || 'nope'}/${text(6).replace(/[#?]/g, '')}`,
        () => `/api/v1/${pick(['members', 'opportunities', 'emails/send', 'accounts/acc_1'])}`,
        () => `/api/opportunities/${validId()}/${pick(['tasks', 'notes', '..', ''])}x`,
        () => `/api/accounts/${validId()}/${pick(['contacts', 'opportunities', '..', ''])}x`,
        () => '/api',
        () => `/api/definitions/${pick(['account', 'contact', '..'])}`,
      ])();
      return { label: 'bad read', method: 'GET', path, headers: {}, validity: 'invalid' };
    }
    if (roll < 63) {
      const method = pick(['PUT', 'PATCH', 'DELETE', 'OPTIONS', 'POST', 'PROPFIND']);
      const path = pick([
        '/api/health',
        '/api/definitions',
        '/api/accounts',
        '/api/members',
        '/api/contacts',
        '/api/session',
        '/api/opportunities',
        `/api/accounts/${WELL_KNOWN.account.id}`,
      ]);
      // POST is a real method only on /api/opportunities, which is handled below.
      const realPost = method === 'POST' && path === '/api/opportunities';
      return {
        label: `method ${method}`,
        method: realPost ? 'PUT' : method,
        path,
        headers: { ...createHeaders(), 'X-HTTP-Method-Override': pick(['GET', 'POST', 'DELETE']) },
        ...(method !== 'OPTIONS' && { body: JSON.stringify(validBody()) }),
        validity: 'invalid',
      };
    }
    if (roll < 70) {
      return {
        label: 'create',
        method: 'POST',
        path: '/api/opportunities',
        headers: createHeaders(),
        body: JSON.stringify(validBody()),
        validity: 'valid',
      };
    }
    if (roll < 92) {
      const mutation = pick(invalidCreates)();
      const path =
        mutation.label === 'query on create'
          ? `/api/opportunities?${pick(['dryRun=1', 'x', '__proto__=1'])}`
          : '/api/opportunities';
      return { ...mutation, method: 'POST', path, validity: 'invalid' };
    }
    if (roll < 94) {
      return {
        label: 'deep json',
        method: 'POST',
        path: '/api/opportunities',
        headers: createHeaders(),
        body: deepJson(),
        validity: 'invalid',
      };
    }
    // Random values for real and made-up keys: the BFF or Lightfield may take or refuse them.
    const body = validBody() as {
      fields: Record<string, unknown>;
      relationships: Record<string, unknown>;
    };
    for (let i = int(4); i >= 0; i--) body.fields[pick(fieldKeys)] = jsonValue();
    if (chance(0.5)) body.relationships[pick(relKeys)] = chance(0.5) ? validId() : [validId()];
    return {
      label: 'random values',
      method: 'POST',
      path: '/api/opportunities',
      headers: createHeaders(),
      body: JSON.stringify(body),
      validity: 'unknown',
    };
  }
}

describe('fuzz', () => {
  it(`${CASES} random and malformed requests (foreign Hosts and reused keys too): no 5xx, no upstream call for invalid input`, async () => {
    // Both rate limits would only make the run slow (they have their own tests).
    const bff = setupBff({
      security: { rateLimitPerMinute: 0 },
      upstream: { ratePerSecond: 1_000 },
    });
    const defs = await bff.definitions();
    const usedKeys: string[] = [];
    const next = generator(createPrng(SEED), defs, usedKeys);
    const tally = { valid: 0, invalid: 0, unknown: 0, sent: 0 };
    const serverErrors: string[] = [];
    const leakedUpstream: string[] = [];
    const notJson: string[] = [];
    for (let i = 0; i < CASES; i++) {
      const c = next();
      const before = bff.fake.requests.length;
      const res = await bff.request(c.host ? `http://${c.host}${c.path}` : c.path, {
        method: c.method,
        headers: c.headers,
        ...(c.body !== undefined && { body: c.body }),
      });
      const key = c.headers['Idempotency-Key'];
      if (c.label.endsWith('create') && res.status === 200 && key) usedKeys.push(key);
      tally.sent++;
      tally[c.validity]++;
      const what = `#${i} ${c.label}: ${c.method} ${c.path.slice(0, 80)} → ${res.status}`;
      if (res.status >= 500) serverErrors.push(`${what} ${(await res.text()).slice(0, 200)}`);
      if (c.validity === 'invalid' && bff.fake.requests.length !== before)
        leakedUpstream.push(
          `${what} ${c.body?.slice(0, 300)} ${(await res.clone().text()).slice(0, 300)}`,
        );
      if (c.validity === 'invalid' && res.status < 400) serverErrors.push(`${what} (accepted)`);
      const type = res.headers.get('Content-Type') ?? '';
      if (c.method !== 'HEAD' && res.status !== 304 && !type.includes('application/json')) {
        notJson.push(`${what} ${type}`);
      }
      // JSON answers may load and run nothing; a bodiless one keeps the page's policy.
      expect(res.headers.get('Content-Security-Policy'), what).toMatch(
        type ? /^default-src 'none'; frame-ancestors [^;]+$/ : /script-src 'self'/,
      );
    }
    console.log(
      `fuzz: ${tally.sent} requests (seed ${SEED}; ${tally.valid} valid, ${tally.invalid} invalid, ${tally.unknown} random values) → ${serverErrors.length} answers ≥ 500, ${leakedUpstream.length} upstream calls for invalid input`,
    );
    expect(leakedUpstream).toEqual([]);
    expect(serverErrors).toEqual([]);
    expect(notJson).toEqual([]);
    expect(tally.sent).toBeGreaterThanOrEqual(1_000);
    expect(tally.invalid).toBeGreaterThan(500);
  }, 60_000);
});

describe('keep-alive sequences', () => {
  it('every request on one kept-alive connection gets its answer, whatever came before it', async () => {
    const bff = setupBff({
      security: { rateLimitPerMinute: 0 },
      upstream: { ratePerSecond: 1_000 },
    });
    const defs = await bff.definitions();
    const { server, base } = await listen(bff.app.fetch);
    // One socket, reused for everything, as a proxy's upstream keep-alive pool does.
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const random = createPrng(SEED + 1);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const stage = defs.fields.find((f) => f.key === '$stage')?.options[0]?.id;
    const deal = () =>
      JSON.stringify({
        fields: { $name: `Keep-alive ${random()}`, $stage: stage },
        relationships: { $account: WELL_KNOWN.account.id },
      });
    const create = () => ({
      'Content-Type': 'application/json',
      'Idempotency-Key': crypto.randomUUID(),
      Origin: base,
    });
    // Early answers that leave a body unread, and ordinary requests between them.
    const steps: Array<() => [number, Parameters<typeof httpCall>[1]]> = [
      () => [413, { method: 'POST', headers: create(), body: `{"pad":"${'x'.repeat(300_000)}"}` }],
      () => [
        415,
        { method: 'POST', headers: { ...create(), 'Content-Type': 'text/plain' }, body: deal() },
      ],
      () => [
        400,
        { method: 'POST', headers: { ...create(), 'Idempotency-Key': 'x' }, body: deal() },
      ],
      () => [
        403,
        { method: 'POST', headers: { ...create(), Origin: 'https://evil.example' }, body: deal() },
      ],
      () => [
        421,
        { method: 'POST', headers: { ...create(), Host: 'rebind.attacker.example' }, body: deal() },
      ],
      () => [200, { method: 'POST', headers: create(), body: deal() }],
      () => [200, {}],
    ];
    const reads = ['/api/health', '/api/members', '/api/definitions', '/api/accounts?q=Nor'];
    const failures: string[] = [];
    try {
      for (let i = 0; i < 120; i++) {
        const [status, options] = pick(steps)();
        const path = options?.method === 'POST' ? '/api/opportunities' : pick(reads);
        try {
          const answer = await httpCall(`${base}${path}`, { ...options, agent });
          if (answer.status !== status)
            failures.push(`#${i} ${path}: ${answer.status}, not ${status}`);
        } catch (error) {
          failures.push(`#${i} ${path} (expected ${status}): ${String(error)}`);
        }
      }
    } finally {
      agent.destroy();
      server.close();
    }
    expect(failures).toEqual([]);
  }, 60_000);
});

// `npm run bench:bff`: load-tests the BFF on loopback in demo mode and prints req/s, latency and
// how many calls reached (the fake) Lightfield. Bounded in requests and time; stops by itself.
//
// The parent bundles the BFF and the fake with Vite, starts them in a child process on
// 127.0.0.1 (so the load generator does not share the server's event loop), drives it with
// autocannon and asks the child over IPC how many requests the fake received.
import autocannon from 'autocannon';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { bundleForNode, loadBundled } from './bundle-for-node.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'node_modules', '.cache', 'deal-form-bench');
const HARD_LIMIT_MS = 120_000;
/** The bench's per-client limit: high enough never to answer 429 (default is 300/min). */
const BENCH_RATE_LIMIT_PER_MINUTE = 10_000_000;
const DEFAULT_RATE_LIMIT_PER_MINUTE = 300;
/** autocannon's own default: ten browsers' worth of concurrent requests, one at a time each. */
const CONNECTIONS = 10;

if (process.argv[2] === '--serve') {
  await serveForBench();
} else {
  await runBench();
}

function bundle() {
  return bundleForNode(root, outDir, {
    app: 'src/bff/app.ts',
    fake: 'src/fake-lightfield/create-fake-lightfield.ts',
    logger: 'src/bff/logger.ts',
  });
}

/** Child: the app over the in-process fake, as `npm start` runs it in demo mode. */
async function serveForBench() {
  const [{ createApp }, { createFakeLightfield }, { createLogger }] = await Promise.all(
    ['app', 'fake', 'logger'].map((name) => loadBundled(outDir, name)),
  );
  const { serve } = await import('@hono/node-server');
  const pino = (await import('pino')).default;

  const start = (rateLimitPerMinute) =>
    new Promise((resolve) => {
      const fake = createFakeLightfield();
      // Logging stays on (one JSON line per request, as in production), written to /dev/null.
      const logger = createLogger({
        level: 'info',
        format: 'json',
        secrets: [fake.apiKey],
        destination: pino.destination({ dest: '/dev/null', sync: false }),
      });
      const app = createApp({
        mode: 'demo',
        upstream: { baseUrl: fake.baseUrl, apiKey: fake.apiKey, fetch: fake.fetch },
        security: { rateLimitPerMinute },
        logger,
      });
      const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info) =>
        resolve({ fake, port: info.port, server }),
      );
    });

  const bench = await start(BENCH_RATE_LIMIT_PER_MINUTE);
  const limited = await start(DEFAULT_RATE_LIMIT_PER_MINUTE);
  process.on('message', (message) => {
    if (message === 'count') {
      const byPath = {};
      for (const r of bench.fake.requests) {
        const key = `${r.method} ${r.path}`;
        byPath[key] = (byPath[key] ?? 0) + 1;
      }
      process.send({ type: 'count', total: bench.fake.requests.length, byPath });
    } else if (message === 'stop') {
      bench.server.close();
      limited.server.close();
      process.exit(0);
    }
  });
  process.send({ type: 'ready', port: bench.port, limitedPort: limited.port });
}

async function runBench() {
  let child;
  const hardStop = setTimeout(() => {
    console.error(`bench:bff: still running after ${HARD_LIMIT_MS / 1000} s, stopping.`);
    child?.kill('SIGKILL');
    process.exit(2);
  }, HARD_LIMIT_MS);
  hardStop.unref();

  console.log('bench:bff: bundling the BFF (vite)…');
  await bundle();
  child = fork(fileURLToPath(import.meta.url), ['--serve'], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const messages = [];
  const waiters = [];
  child.on('message', (m) => {
    const waiter = waiters.findIndex((w) => w.type === m.type);
    if (waiter === -1) messages.push(m);
    else waiters.splice(waiter, 1)[0].resolve(m);
  });
  const next = (type) => {
    const queued = messages.findIndex((m) => m.type === type);
    if (queued !== -1) return Promise.resolve(messages.splice(queued, 1)[0]);
    return new Promise((resolve) => waiters.push({ type, resolve }));
  };
  const count = () => {
    child.send('count');
    return next('count');
  };

  const { port, limitedPort } = await next('ready');
  const base = `http://127.0.0.1:${port}`;
  // Browsers always offer gzip; the bench does too.
  const run = (opts) =>
    autocannon({
      connections: CONNECTIONS,
      pipelining: 1,
      headers: { 'accept-encoding': 'gzip, deflate, br' },
      ...opts,
    });
  const ms = (n) => `${n.toFixed(n < 10 ? 2 : 1)} ms`;

  // Warm up: the first definitions load, then let the JIT settle.
  await fetch(`${base}/api/definitions`).then((r) => r.text());
  await run({ url: `${base}/api/definitions`, duration: 2 });

  const before = await count();
  const defs = await run({ url: `${base}/api/definitions`, duration: 10 });
  const afterDefs = await count();

  const SEARCHES = 1_000;
  const searchStarted = performance.now();
  const search = await run({
    url: `${base}/api/accounts?q=Northbridge`,
    amount: SEARCHES,
    connections: 10,
  });
  const searchSeconds = (performance.now() - searchStarted) / 1000;
  const afterSearch = await count();

  // With the default per-client limit one client gets its burst, then 429s.
  const limited = await autocannon({
    url: `http://127.0.0.1:${limitedPort}/api/definitions`,
    amount: 200,
    connections: 1,
  });

  child.send('stop');
  clearTimeout(hardStop);

  const defsUpstream = afterDefs.total - before.total;
  const searchUpstream =
    (afterSearch.byPath['GET /v1/accounts'] ?? 0) - (afterDefs.byPath['GET /v1/accounts'] ?? 0);
  const rps = defs.requests.average;
  const p99 = defs.latency.p99;
  const rows = [
    [`cached GET /api/definitions (10 s, ${CONNECTIONS} connections)`, ''],
    ['  requests', `${defs.requests.total} (${defs.non2xx} non-2xx, ${defs.errors} errors)`],
    ['  req/s (mean)', rps.toFixed(0)],
    ['  latency p50 / p99', `${ms(defs.latency.p50)} / ${ms(p99)}`],
    ['  upstream calls', String(defsUpstream)],
    [`${SEARCHES} identical GET /api/accounts?q=Northbridge (10 connections)`, ''],
    ['  wall time', `${searchSeconds.toFixed(2)} s`],
    ['  req/s (mean)', search.requests.average.toFixed(0)],
    ['  latency p50 / p99', `${ms(search.latency.p50)} / ${ms(search.latency.p99)}`],
    ['  non-2xx', String(search.non2xx)],
    ['  upstream calls (GET /v1/accounts)', String(searchUpstream)],
    [`default per-client limit (${DEFAULT_RATE_LIMIT_PER_MINUTE}/min), 200 requests`, ''],
    ['  answered 2xx / 429', `${limited['2xx']} / ${limited.non2xx}`],
  ];
  const width = Math.max(...rows.map(([k]) => k.length)) + 2;
  console.log(
    `\nbench:bff — demo mode on 127.0.0.1, Node ${process.version}; the per-client rate limit ` +
      `is raised to ${BENCH_RATE_LIMIT_PER_MINUTE.toLocaleString('en')}/min for the bench ` +
      `(RATE_LIMIT_PER_MINUTE; default ${DEFAULT_RATE_LIMIT_PER_MINUTE}/min would answer 429).\n`,
  );
  for (const [k, v] of rows) console.log(v ? `${k.padEnd(width)}${v}` : k);

  const checks = [
    [`cached definitions ≥ 5,000 req/s`, rps >= 5_000],
    [`cached definitions p99 ≤ 20 ms`, p99 <= 20],
    [`${SEARCHES} identical searches within 30 s`, searchSeconds <= 30 && search.non2xx === 0],
    [`… made exactly 1 upstream call`, searchUpstream === 1],
  ];
  console.log('\nTargets');
  for (const [label, ok] of checks) console.log(`  ${ok ? 'met   ' : 'MISSED'}  ${label}`);
  // Timing depends on the machine; only the upstream economy is a hard failure.
  process.exit(searchUpstream === 1 && defsUpstream === 0 ? 0 : 1);
}

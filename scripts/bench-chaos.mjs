// `npm run bench:chaos`: 500 creates through the real BFF (in-process, `app.request()`) over the
// fake Lightfield with 30 % random faults of every kind, 10 at a time. Each deal carries a next
// step and a note (Follow-up), so each is three records. Each is sent the way the browser sends
// it: one Idempotency-Key, "Try again" with that key while the answer is retryable or its task or
// note is still pending. Reports created / duplicates / lost for deals, tasks and notes, and
// p50/p95 latency per deal. Loopback-free (nothing listens), bounded in deals and time; exits
// non-zero unless 500 / 0 / 0 for each of the three.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleForNode, loadBundled } from './bundle-for-node.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'node_modules', '.cache', 'deal-form-bench-chaos');
const DEALS = Number(process.env.CHAOS_DEALS ?? 500);
const CONCURRENCY = 10;
const FAULT_PROBABILITY = 0.3;
const SEED = Number(process.env.CHAOS_SEED ?? 20261125);
/** The rep's "Try again", at most this often per deal before the bench calls the deal lost. */
const MAX_TRIES = 10;
const HARD_LIMIT_MS = 240_000;
const ORIGIN = 'http://localhost';

const hardStop = setTimeout(() => {
  console.error(`bench:chaos exceeded ${HARD_LIMIT_MS / 1000} s; stopping.`);
  process.exit(2);
}, HARD_LIMIT_MS);
hardStop.unref();

async function bundle() {
  await bundleForNode(root, outDir, {
    app: 'src/bff/app.ts',
    fake: 'src/fake-lightfield/create-fake-lightfield.ts',
    faults: 'src/bff/demo-faults.ts',
  });
  return Promise.all(['app', 'fake', 'faults'].map((name) => loadBundled(outDir, name)));
}

const percentile = (sorted, p) =>
  sorted.length === 0
    ? NaN
    : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

const [{ createApp }, { createFakeLightfield }, { chaosFaults }] = await bundle();
const fake = createFakeLightfield();
const app = createApp({
  mode: 'demo',
  // A delay fault (1.5 s) outlasts this timeout, so "timeout" is among the faults too.
  upstream: {
    baseUrl: fake.baseUrl,
    apiKey: fake.apiKey,
    fetch: fake.fetch,
    timeoutMs: 1_000,
    // CHAOS_BFF_ATTEMPTS=2 lets more faults through to the "page", so "Try again" (of the deal,
    // and of a pending task or note on the success view) does more of the work.
    ...(process.env.CHAOS_BFF_ATTEMPTS && {
      retry: { maxAttempts: Number(process.env.CHAOS_BFF_ATTEMPTS) },
    }),
  },
  security: { rateLimitPerMinute: 0 },
});

const json = async (path) => (await app.request(`${ORIGIN}${path}`)).json();
const defs = await json('/api/definitions');
const stage = defs.fields.find((f) => f.key === '$stage')?.options[0]?.id;
const account = (await json('/api/accounts?q=Northbridge')).data[0]?.id;
const owner = (await json('/api/members')).data[0]?.id;
if (!stage || !account || !owner) throw new Error('The fake seed has no stage, account or member');

fake.faults.setRandom(chaosFaults(SEED, FAULT_PROBABILITY));

const runId = Date.now().toString(36);
const nameOf = (i) => `Chaos ${runId} #${i}`;
const outcomes = [];
const answers = new Map();

async function createOne(i) {
  const key = randomUUID();
  const body = JSON.stringify({
    fields: { $name: nameOf(i), $stage: stage },
    relationships: { $account: account, $owner: owner },
    followUp: { task: { title: `Call back ${nameOf(i)}` }, note: { content: `Met ${nameOf(i)}` } },
  });
  const started = performance.now();
  for (let attempt = 1; attempt <= MAX_TRIES; attempt++) {
    const res = await app.request(`${ORIGIN}/api/opportunities`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key, Origin: ORIGIN },
      body,
    });
    const payload = await res.json().catch(() => null);
    answers.set(res.status, (answers.get(res.status) ?? 0) + 1);
    // The deal exists; "Try again" on the success view while its task or note is pending.
    const pending = Object.values(payload?.followUp ?? {}).filter((o) => o.status !== 'created');
    if (res.ok && pending.length === 0) {
      return { i, ok: true, attempts: attempt, ms: performance.now() - started };
    }
    if (res.ok && pending.some((o) => !o.retryable)) {
      return { i, ok: false, attempts: attempt, ms: performance.now() - started, error: pending };
    }
    if (res.ok) continue;
    if (!payload?.error?.retryable) {
      return {
        i,
        ok: false,
        attempts: attempt,
        ms: performance.now() - started,
        error: payload?.error,
      };
    }
  }
  return { i, ok: false, attempts: MAX_TRIES, ms: performance.now() - started, error: 'gave up' };
}

const wall = performance.now();
let next = 0;
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    while (next < DEALS) {
      const i = next++;
      outcomes.push(await createOne(i));
    }
  }),
);
const wallMs = performance.now() - wall;
fake.faults.setRandom(null);

/** created / duplicates / lost of one kind of record, by the `field` value each deal gave it. */
function tally(type, field, keyOf) {
  const seen = new Map();
  for (const entry of fake.store.entries(type)) {
    const key = entry.record.fields[field]?.value;
    if (typeof key === 'string') seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  const out = { created: 0, duplicates: 0, lost: 0 };
  for (let i = 0; i < DEALS; i++) {
    const n = seen.get(keyOf(i)) ?? 0;
    if (n > 0) out.created++;
    else out.lost++;
    out.duplicates += Math.max(0, n - 1);
  }
  return out;
}
const deals = tally('opportunity', '$name', nameOf);
const tasks = tally('task', '$title', (i) => `Call back ${nameOf(i)}`);
const notes = tally('note', '$title', (i) => `Notes — ${nameOf(i)}`);
const unconfirmed = outcomes.filter((o) => !o.ok);
const latencies = outcomes.map((o) => o.ms).sort((a, b) => a - b);
const upstreamPosts = (path) =>
  fake.requests.filter((r) => r.method === 'POST' && r.path === path).length;
const upstreamCreates = upstreamPosts('/v1/opportunities');

console.log(
  `bench:chaos — ${DEALS} creates, ${FAULT_PROBABILITY * 100} % faults, concurrency ${CONCURRENCY}, seed ${SEED}`,
);
console.log(`            deals  tasks  notes`);
const row = (label, d, t, n) =>
  console.log(
    `${label.padEnd(12)}${String(d).padStart(5)}  ${String(t).padStart(5)}  ${String(n).padStart(5)}`,
  );
row('created', deals.created, tasks.created, notes.created);
row('duplicates', deals.duplicates, tasks.duplicates, notes.duplicates);
row('lost', deals.lost, tasks.lost, notes.lost);
console.log(`unconfirmed ${unconfirmed.length} (the page never saw success)`);
console.log(
  `latency p50 ${percentile(latencies, 50).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms per deal (BFF retries and "Try again" included)`,
);
console.log(
  `"Try again" ${outcomes.reduce((n, o) => n + o.attempts - 1, 0)} times; upstream create calls ${upstreamCreates} deals, ${upstreamPosts('/v1/tasks')} tasks, ${upstreamPosts('/v1/notes')} notes; wall ${(wallMs / 1000).toFixed(1)} s`,
);
console.log(`BFF answers ${JSON.stringify(Object.fromEntries([...answers].sort()))}`);
for (const o of unconfirmed.slice(0, 5)) console.log(`  #${o.i}: ${JSON.stringify(o.error)}`);

const whole = (t) => t.created === DEALS && t.duplicates === 0 && t.lost === 0;
const pass = whole(deals) && whole(tasks) && whole(notes) && unconfirmed.length === 0;
console.log(pass ? `PASS: ${DEALS} / 0 / 0` : 'FAIL');
process.exit(pass ? 0 : 1);

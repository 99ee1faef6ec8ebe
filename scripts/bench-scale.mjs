// `npm run bench:scale`: the replicas' burst (issue #22) — 200 reps at once, each loading the
// form, searching three times, loading the members and creating one deal — against the fake
// Lightfield enforcing 25 calls/s per category, for 1 and 3 replicas sharing one Redis and 3
// replicas without it. Needs redis-server (scripts/find-redis.mjs). Bounded; stops by itself.
// `--runs N` repeats each configuration to show the spread.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfNeeded } from './build-if-needed.mjs';
import { bundleForNode, loadBundled } from './bundle-for-node.mjs';
import { ensureRedis } from './find-redis.mjs';
import { printTable } from './print-table.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'node_modules', '.cache', `deal-form-bench-scale-${process.pid}`);
const runsAt = process.argv.indexOf('--runs');
const RUNS = runsAt > 0 ? Math.max(1, Number(process.argv[runsAt + 1]) || 1) : 1;
const REPS = 200;
const CONFIGS = [
  { label: '1 replica, Redis', replicas: 1, redis: true },
  { label: '3 replicas, Redis', replicas: 3, redis: true },
  { label: '3 replicas, no Redis', replicas: 3, redis: false },
];

const redisPath = ensureRedis();
if (!redisPath) process.exit(1);
process.env.REDIS_SERVER_PATH = redisPath;
buildIfNeeded();
await bundleForNode(root, outDir, { burst: 'src/bff/shared/replica-burst.ts' });
const { runBurst } = await loadBundled(outDir, 'burst');
rmSync(outDir, { recursive: true, force: true });

console.log(
  `${REPS} reps at once, fake Lightfield at 25 calls/s per category; ${RUNS} run(s) each\n`,
);
const rows = [];
for (const config of CONFIGS) {
  for (let run = 1; run <= RUNS; run++) {
    const r = await runBurst({ root, reps: REPS, replicas: config.replicas, redis: config.redis });
    rows.push([
      config.label,
      run,
      `${r.maxPerSecond.read}/${r.maxPerSecond.search}/${r.maxPerSecond.write}`,
      r.upstream429,
      `${r.creates}/${REPS}`,
      r.duplicates,
      r.repsFailed,
      r.definitionsFetches,
      r.upstreamReadsPerClientRead.toFixed(2),
      r.p50Ms,
      r.p95Ms,
      (r.wallMs / 1000).toFixed(1),
    ]);
  }
}
printTable(
  [
    'setup',
    'run',
    'max calls/s read/search/write',
    'upstream 429',
    'creates',
    'duplicates',
    'reps with an error',
    'definitions fetches',
    'upstream reads per client read',
    'p50 ms per rep',
    'p95 ms per rep',
    'wall s',
  ],
  rows,
);

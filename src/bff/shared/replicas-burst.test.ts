// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBurst } from './replica-burst';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const REPS = 200;
const LIMIT = 25;

beforeAll(() => {
  // The replicas are the built server; several runners may build at once (scripts/build-lock).
  const built = spawnSync(process.execPath, ['scripts/build-if-needed.mjs'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  expect(built.status).toBe(0);
}, 180_000);

describe('three replicas under a burst of 200 reps (fake Lightfield enforcing 25/s)', () => {
  it('with Redis: within 25/s per category, no 429, every deal once, definitions fetched once or so', async () => {
    const r = await runBurst({ root, replicas: 3, redis: true, reps: REPS });
    expect(r.failures).toEqual([]);
    expect(r.maxPerSecond.read).toBeLessThanOrEqual(LIMIT);
    expect(r.maxPerSecond.search).toBeLessThanOrEqual(LIMIT);
    expect(r.maxPerSecond.write).toBeLessThanOrEqual(LIMIT);
    expect(r.upstream429).toBe(0);
    expect(r.creates).toBe(REPS);
    expect(r.duplicates).toBe(0);
    expect(r.definitionsFetches).toBeGreaterThanOrEqual(1);
    expect(r.definitionsFetches).toBeLessThanOrEqual(3);
  }, 90_000);

  it('(control) without Redis the three replicas together overrun the org limit', async () => {
    const r = await runBurst({ root, replicas: 3, redis: false, reps: REPS });
    // Each replica keeps to 25/s on its own: Lightfield sees more and answers 429.
    expect(Math.max(r.maxPerSecond.search, r.maxPerSecond.write)).toBeGreaterThan(LIMIT);
    expect(r.upstream429).toBeGreaterThan(0);
    expect(r.definitionsFetches).toBeGreaterThanOrEqual(3);
  }, 90_000);

  it('Redis killed in the middle of the burst: no request fails, every deal once', async () => {
    const r = await runBurst({
      root,
      replicas: 3,
      redis: true,
      reps: REPS,
      killRedisAfterMs: 1_500,
    });
    expect(r.redisKilled).toBe(true);
    expect(r.failures).toEqual([]);
    expect(r.creates).toBe(REPS);
    expect(r.duplicates).toBe(0);
  }, 90_000);
});

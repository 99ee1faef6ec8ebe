import { fork, spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import type { RateCategory } from '../fake-lightfield/rate-limit';
import { WELL_KNOWN } from '../fake-lightfield/seed';
import type { FormDefinitions } from '../model/form-definitions';
import { startTestRedis, type TestRedis } from './redis-test-server';

/**
 * The replicas' burst (issue #22), for the integration test and `npm run bench:scale`: N built
 * servers (child processes) in live mode against the fake Lightfield served on loopback and
 * enforcing 25 calls/s per category, optionally on one Redis; every rep loads the form, searches
 * three times, loads the members and creates one deal, all at once, through the public `/api`.
 * What reached "Lightfield" is read from the fake's own log.
 */
export interface BurstOptions {
  replicas: number;
  redis: boolean;
  reps: number;
  /** Kills Redis this long after the burst starts (the "Redis goes away" run). */
  killRedisAfterMs?: number;
  /** The built server; `dist/server/main.js` under `root`. */
  root: string;
}

export interface BurstResult {
  /** Most calls that reached Lightfield in any one-second span, per category. */
  maxPerSecond: Record<RateCategory, number>;
  upstream429: number;
  /** Distinct deals of this burst in Lightfield, and how many were stored more than once. */
  creates: number;
  duplicates: number;
  /** Client requests that did not succeed (`status path`), and reps that saw one. */
  failures: string[];
  repsFailed: number;
  definitionsFetches: number;
  upstreamReadsPerClientRead: number;
  /** One rep's whole visit, ms. */
  p50Ms: number;
  p95Ms: number;
  wallMs: number;
  redisKilled: boolean;
  /** The replicas' warnings and errors (log lines at level warn and above). */
  warnings: string[];
}

const PORT_LINE = /"port":(\d+)/;
const PREFIXES = ['a', 'b', 'c', 'd', 'e', 'g', 'h', 'l', 'm', 'n', 'p', 'r', 's', 't', 'w'];

interface Replica {
  url: string;
  child: ChildProcess;
  output: () => string;
}

function startReplica(root: string, env: Record<string, string>): Promise<Replica> {
  const child = spawn(process.execPath, ['dist/server/main.js'], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no replica start:\n${output}`)), 30_000);
    child.stdout?.on('data', (d: Buffer) => {
      output += d.toString();
      const port = PORT_LINE.exec(output)?.[1];
      if (port) {
        clearTimeout(timer);
        resolve({ url: `http://127.0.0.1:${port}`, child, output: () => output });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`replica exited (${code}):\n${output}`));
    });
  });
}

const stopReplica = (r: Replica) =>
  new Promise<void>((resolve) => {
    if (r.child.exitCode !== null) return resolve();
    r.child.once('exit', () => resolve());
    r.child.kill('SIGTERM');
  });

/** Most entries in any one-second span of sorted times. */
export function busiestSecond(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  for (let i = 0, j = 0; j < sorted.length; j++) {
    while ((sorted[j] ?? 0) - (sorted[i] ?? 0) >= 1_000) i++;
    most = Math.max(most, j - i + 1);
  }
  return most;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};

interface FakeReport {
  calls: {
    at: number;
    category: RateCategory;
    rateLimited: boolean;
    method: string;
    path: string;
  }[];
  names: string[];
}

/** scripts/fake-lightfield-process.mjs: the fake in its own process, with its log over IPC. */
async function startFake(root: string) {
  const child = fork('scripts/fake-lightfield-process.mjs', [], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  const { url, apiKey } = await new Promise<{ url: string; apiKey: string }>((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (d: Buffer) => {
      output += d.toString();
      const line = output.split('\n').find((l) => l.startsWith('{"url"'));
      if (line) resolve(JSON.parse(line) as { url: string; apiKey: string });
    });
    child.once('exit', (code) => reject(new Error(`the fake exited (${code}): ${output}`)));
  });
  const ask = <T>(message: string) =>
    new Promise<T>((resolve) => {
      child.once('message', (answer) => resolve(answer as T));
      child.send(message);
    });
  return {
    url,
    apiKey,
    reset: () => ask<unknown>('reset'),
    report: () => ask<FakeReport>('report'),
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.disconnect();
      }),
  };
}

export async function runBurst(options: BurstOptions): Promise<BurstResult> {
  const fake = await startFake(options.root);
  let redis: TestRedis | null = null;
  const replicas: Replica[] = [];
  try {
    redis = options.redis ? await startTestRedis() : null;
    const env: Record<string, string> = {
      HOST: '127.0.0.1',
      PORT: '0',
      LIGHTFIELD_API_KEY: fake.apiKey,
      LIGHTFIELD_API_URL: fake.url,
      TRUSTED_USER_HEADER: 'X-Forwarded-Email',
      LOG_LEVEL: 'info',
      LOG_FORMAT: 'json',
      SHUTDOWN_DRAIN_MS: '0',
      REPLICAS_HINT: String(options.replicas),
      ...(redis && { REDIS_URL: redis.url }),
    };
    replicas.push(
      ...(await Promise.all(
        Array.from({ length: options.replicas }, () => startReplica(options.root, env)),
      )),
    );
    // With Redis, wait until every replica shares (else the first calls would use the fallback).
    if (redis) await Promise.all(replicas.map((r) => waitShared(r.url)));
    await fake.reset();

    const tag = randomUUID().slice(0, 8);
    const failures: string[] = [];
    let clientReads = 0;
    let redisKilled = false;
    const started = Date.now();
    const killer =
      redis && options.killRedisAfterMs !== undefined
        ? setTimeout(() => {
            redisKilled = true;
            void redis?.kill();
          }, options.killRedisAfterMs)
        : null;

    const rep = async (i: number): Promise<{ ms: number; ok: boolean }> => {
      const base = replicas[i % replicas.length]?.url ?? '';
      const headers = { 'X-Forwarded-Email': `rep${i}-${tag}@example.com` };
      let ok = true;
      const call = async <T>(path: string, init: RequestInit = {}): Promise<T | null> => {
        if (!init.method) clientReads++;
        const response = await fetch(`${base}${path}`, {
          ...init,
          headers: { ...headers, ...init.headers },
        }).catch((error: unknown) => ({ ok: false, status: String(error), json: () => null }));
        if (!response.ok) {
          ok = false;
          failures.push(`${response.status} ${init.method ?? 'GET'} ${path}`);
          return null;
        }
        return (await response.json()) as T;
      };
      const t0 = Date.now();
      const [defs] = await Promise.all([
        call<FormDefinitions>('/api/definitions'),
        call('/api/members'),
      ]);
      const prefix = PREFIXES[i % PREFIXES.length] ?? 'a';
      const [accounts] = await Promise.all([
        call<{ data: { id: string }[] }>(`/api/accounts?q=${prefix}`),
        call(`/api/contacts?q=${prefix}`),
      ]);
      const accountId = accounts?.data[0]?.id ?? WELL_KNOWN.account.id;
      const name = `Burst ${tag} deal ${i}`;
      await call(`/api/duplicates?name=${encodeURIComponent(name)}&accountId=${accountId}`);
      const stage = defs?.fields.find((f) => f.key === '$stage')?.options[0]?.id;
      await call('/api/opportunities', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
        body: JSON.stringify({
          fields: { $name: name, $stage: stage },
          relationships: { $account: accountId },
        }),
      });
      return { ms: Date.now() - t0, ok };
    };

    const visits = await Promise.all(Array.from({ length: options.reps }, (_, i) => rep(i)));
    const wallMs = Date.now() - started;
    if (killer) clearTimeout(killer);

    const { calls, names: stored } = await fake.report();
    const byCategory = (category: RateCategory) =>
      calls.filter((r) => r.category === category).map((r) => r.at);
    const names = new Map<string, number>();
    for (const name of stored.filter((n) => n.startsWith(`Burst ${tag} `))) {
      names.set(name, (names.get(name) ?? 0) + 1);
    }
    const upstreamReads = calls.filter((r) => r.method === 'GET').length;
    return {
      maxPerSecond: {
        read: busiestSecond(byCategory('read')),
        search: busiestSecond(byCategory('search')),
        write: busiestSecond(byCategory('write')),
      },
      upstream429: calls.filter((r) => r.rateLimited).length,
      creates: names.size,
      duplicates: [...names.values()].filter((n) => n > 1).length,
      failures,
      repsFailed: visits.filter((v) => !v.ok).length,
      definitionsFetches: calls.filter((r) => r.path.endsWith('/opportunities/definitions')).length,
      upstreamReadsPerClientRead: clientReads ? upstreamReads / clientReads : 0,
      p50Ms: percentile(
        visits.map((v) => v.ms),
        50,
      ),
      p95Ms: percentile(
        visits.map((v) => v.ms),
        95,
      ),
      wallMs,
      redisKilled,
      warnings: replicas.flatMap((r) =>
        r
          .output()
          .split('\n')
          .filter((line) => /"level":"(warn|error|fatal)"/.test(line)),
      ),
    };
  } finally {
    await Promise.all(replicas.map(stopReplica));
    await redis?.stop();
    await fake.close();
  }
}

/** A replica shares once `/api/ready` stops saying `degraded` (it connected to Redis). */
async function waitShared(url: string) {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const body = (await fetch(`${url}/api/ready`).then((r) => r.json())) as { degraded?: string };
    if (!body.degraded) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${url} did not connect to Redis`);
}

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createFakeLightfield } from '../../fake-lightfield/create-fake-lightfield';
import { createApp } from '../app';
import { ConfigError, readConfig } from '../config';
import { recordingLogger } from '../../testing/recording-logger';
import { Redis } from 'ioredis';
import { freePort, startTestRedis } from '../../testing/redis-test-server';
import type { AppLogger } from '../app-logger';
import { redisBackends, type SharedBackends } from './shared-backends';

/** The BFF in live mode against a fresh fake Lightfield, sharing through `shared`. */
function liveApp(shared: SharedBackends, logger: AppLogger) {
  const fake = createFakeLightfield();
  return createApp({
    mode: 'live',
    upstream: { baseUrl: fake.baseUrl, apiKey: fake.apiKey, fetch: fake.fetch },
    logger,
    shared,
  });
}

describe('REDIS_URL and REPLICAS_HINT', () => {
  it('are optional: unset keeps memory, the hint defaults to 2', () => {
    const config = readConfig({});
    expect(config.redisUrl).toBeNull();
    expect(config.replicasHint).toBe(2);
    expect(readConfig({ REDIS_URL: 'rediss://u:p@redis.internal:6380/1' }).redisUrl).toBe(
      'rediss://u:p@redis.internal:6380/1',
    );
  });

  it('refuse a URL that is not redis:// without quoting it (it may hold a password)', () => {
    const attempt = () => readConfig({ REDIS_URL: 'http://user:s3cret@redis:6379' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/REDIS_URL must be a URL like redis:\/\//);
    expect(attempt).not.toThrow(/s3cret/);
    expect(() => readConfig({ REPLICAS_HINT: '0' })).toThrow(/REPLICAS_HINT/);
  });
});

describe('Redis unreachable at start', () => {
  it('serves every request, reports degraded (still ready) and logs the outage once', async () => {
    const { logger, lines } = recordingLogger();
    const shared = redisBackends({
      url: `redis://127.0.0.1:${await freePort()}`,
      orgIdentity: 'test',
      replicasHint: 2,
      logger,
    });
    try {
      const app = liveApp(shared, logger);
      const ready = await app.request('/api/ready');
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({ status: 'ready', degraded: 'redis' });
      for (const path of ['/api/definitions', '/api/members', '/api/accounts?q=n']) {
        expect((await app.request(path)).status).toBe(200);
      }
      // Reconnection attempts go on; the log says it once.
      await new Promise((r) => setTimeout(r, 500));
      expect(lines.filter((l) => String(l.msg).startsWith('Redis is unreachable'))).toHaveLength(1);
    } finally {
      await shared.close();
    }
  });
});

describe('Redis that stops answering', () => {
  it('costs one timeout, then counts as away: requests fall back at once and ready says degraded', async () => {
    const redis = await startTestRedis();
    const { logger } = recordingLogger();
    const shared = redisBackends({ url: redis.url, orgIdentity: 'slow', replicasHint: 2, logger });
    const admin = new Redis(redis.url);
    try {
      const app = liveApp(shared, logger);
      const deadline = Date.now() + 10_000;
      while ((await (await app.request('/api/ready')).json()).degraded && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 20));
      }
      expect((await (await app.request('/api/ready')).json()).degraded).toBeUndefined();
      // Every client but this one waits: Redis is connected and silent, as when it hangs.
      await admin.call('CLIENT', 'PAUSE', '4000', 'ALL');
      expect((await app.request('/api/accounts?q=north')).status).toBe(200);
      expect(await (await app.request('/api/ready')).json()).toMatchObject({ degraded: 'redis' });
      const started = Date.now();
      expect((await app.request('/api/accounts?q=south')).status).toBe(200);
      // Well under the 1 s command timeout: the call did not wait for Redis again.
      expect(Date.now() - started).toBeLessThan(900);
    } finally {
      admin.disconnect();
      await shared.close();
      await redis.stop();
    }
  });
});

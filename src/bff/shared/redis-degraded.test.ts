// @vitest-environment node
import { createServer, type AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createFakeLightfield } from '../../fake-lightfield/create-fake-lightfield';
import { createApp } from '../app';
import { loggerFromFunction, type LogLine } from '../app-logger';
import { ConfigError, readConfig } from '../config';
import { redisBackends } from './shared-backends';

/** A loopback port nothing listens on: Redis "unreachable at start". */
const deadPort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });

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
    const fake = createFakeLightfield();
    const lines: LogLine[] = [];
    const logger = loggerFromFunction((line) => lines.push(line));
    const shared = redisBackends({
      url: `redis://127.0.0.1:${await deadPort()}`,
      orgIdentity: 'test',
      replicasHint: 2,
      logger,
    });
    try {
      const app = createApp({
        mode: 'live',
        upstream: { baseUrl: fake.baseUrl, apiKey: fake.apiKey, fetch: fake.fetch },
        logger,
        shared,
      });
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

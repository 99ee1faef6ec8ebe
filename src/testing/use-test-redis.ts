import { afterAll, beforeAll } from 'vitest';
import type { RedisConnection } from '../bff/shared/redis-connection';
import { startTestRedis, type TestRedis } from './redis-test-server';

/**
 * One redis-server for a test file: started before its tests and stopped after them, once every
 * connection a test handed to `track` is closed.
 */
export function useTestRedis() {
  let redis: TestRedis | undefined;
  const connections: RedisConnection[] = [];
  beforeAll(async () => {
    redis = await startTestRedis();
  });
  afterAll(async () => {
    await Promise.all(connections.map((c) => c.close()));
    await redis?.stop();
  });
  return {
    get server(): TestRedis {
      if (!redis) throw new Error('useTestRedis: the server starts in beforeAll');
      return redis;
    },
    track<C extends RedisConnection>(connection: C): C {
      connections.push(connection);
      return connection;
    },
  };
}

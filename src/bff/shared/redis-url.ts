import { z } from 'zod/mini';
import { urlOrNull } from '../config-values';

/**
 * REDIS_URL: redis:// or rediss:// (TLS), with a host and optional credentials and database
 * number. The error never quotes the value: it may hold a password.
 */
export const redisUrl = z.optional(
  z.pipe(
    z.string(),
    z.transform((s, ctx) => {
      const url = urlOrNull(s);
      if (!url || !/^rediss?:$/.test(url.protocol) || !url.hostname || url.search || url.hash) {
        ctx.issues.push({
          code: 'custom',
          message: 'REDIS_URL must be a URL like redis://redis.internal:6379 (rediss:// for TLS)',
          input: '(hidden)',
        });
        return z.NEVER;
      }
      return s.trim();
    }),
  ),
);

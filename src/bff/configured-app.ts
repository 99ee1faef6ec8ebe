import { createApp, type AppOptions } from './app';
import type { Config } from './config';
import { createLogger } from './logger';
import { redisBackends } from './shared/shared-backends';
import { securityFor, upstreamFor } from './upstream-fetch';

/**
 * The app and its logger as the environment configures them, for `npm start` (main.ts, which
 * adds the browser app and the shutdown lifecycle) and `npm run dev` (dev-app.ts). With
 * `REDIS_URL` the replicas share their limiter, caches and idempotency record through Redis.
 */
export async function configuredApp(
  config: Config,
  extra: Pick<AppOptions, 'spa' | 'lifecycle'> = {},
) {
  const logger = createLogger({
    level: config.logLevel,
    format: config.logFormat,
    secrets: config.apiKey ? [config.apiKey] : [],
  });
  const upstream = await upstreamFor(config);
  const shared = config.redisUrl
    ? redisBackends({
        url: config.redisUrl,
        orgIdentity: `${upstream.baseUrl} ${upstream.apiKey}`,
        replicasHint: config.replicasHint,
        logger,
      })
    : undefined;
  const app = createApp({
    mode: config.mode,
    upstream,
    security: securityFor(config),
    logger,
    shared,
    ...extra,
  });
  return { app, logger, sharedThroughRedis: shared !== undefined };
}

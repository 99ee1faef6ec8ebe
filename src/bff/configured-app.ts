import { createApp, type AppOptions } from './app';
import type { Config } from './config';
import { createLogger } from './logger';
import { securityFor, upstreamFor } from './upstream-fetch';

/**
 * The app and its logger as the environment configures them, for `npm start` (main.ts, which
 * adds the browser app and the shutdown lifecycle) and `npm run dev` (dev-app.ts).
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
  const app = createApp({
    mode: config.mode,
    upstream: await upstreamFor(config),
    security: securityFor(config),
    logger,
    ...extra,
  });
  return { app, logger };
}

import { serve } from '@hono/node-server';
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from './app';
import { ConfigError, readConfig } from './config';
import { createShutdown } from './graceful-shutdown';
import { createLifecycle } from './lifecycle';
import { createLogger } from './logger';
import { spaRoutes } from './spa-routes';
import { securityFor, upstreamFor } from './upstream-fetch';

function start() {
  const config = readConfig();
  // Built to dist/server/main.js; the browser app sits beside it in dist/client.
  const clientRoot = join(dirname(fileURLToPath(import.meta.url)), '..', 'client');
  if (!existsSync(join(clientRoot, 'index.html'))) {
    throw new ConfigError(`The browser app is not built (${clientRoot}); run npm run build.`);
  }
  const logger = createLogger({
    level: config.logLevel,
    format: config.logFormat,
    secrets: config.apiKey ? [config.apiKey] : [],
  });
  const lifecycle = createLifecycle();
  const app = createApp({
    mode: config.mode,
    upstream: upstreamFor(config),
    security: securityFor(config),
    spa: spaRoutes(clientRoot),
    logger,
    lifecycle,
  });
  const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) => {
    logger.info(
      {
        mode: config.mode,
        host: config.host,
        port: info.port,
        accessGate: config.trustedUserHeader ?? false,
        rateLimitPerMinute: config.rateLimitPerMinute,
      },
      `Deal Form listening on http://${config.host}:${info.port} (${config.mode} mode)`,
    );
  }) as Server;
  const shutdown = createShutdown({
    server,
    lifecycle,
    logger,
    timeoutMs: config.shutdownTimeoutMs,
    exit: (code) => process.exit(code),
    flush: () => new Promise((resolve) => logger.flush(() => resolve())),
  });
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

try {
  start();
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}

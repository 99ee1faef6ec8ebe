import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from './app';
import { ConfigError, readConfig } from './config';
import { createShutdown } from './graceful-shutdown';
import { createLifecycle } from './lifecycle';
import { createLogger } from './logger';
import { startServer } from './server';
import { redisBackends } from './shared/shared-backends';
import { spaRoutes } from './spa-routes';
import { securityFor, upstreamFor } from './upstream-fetch';

const isLoopback = (host: string) => /^(?:127\.|localhost$|::1$|\[::1\]$)/.test(host);

async function start() {
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
    spa: spaRoutes(clientRoot),
    logger,
    lifecycle,
    shared,
  });
  const server = startServer(app.fetch, { hostname: config.host, port: config.port }, (port) => {
    logger.info(
      {
        mode: config.mode,
        host: config.host,
        port,
        allowedHosts: ['localhost', 'IP addresses', ...config.allowedHosts],
        accessGate: config.trustedUserHeader ?? false,
        rateLimitPerMinute: config.rateLimitPerMinute,
        sharedThroughRedis: Boolean(shared),
      },
      `Deal Form listening on http://${config.host}:${port} (${config.mode} mode)`,
    );
    if (config.allowedHosts.length === 0 && !isLoopback(config.host)) {
      logger.warn(
        { host: config.host },
        'ALLOWED_HOSTS is not set: requests by host name (other than localhost) get 421. Set it to the name the form is reached by.',
      );
    }
  });
  const shutdown = createShutdown({
    server,
    lifecycle,
    logger,
    timeoutMs: config.shutdownTimeoutMs,
    drainMs: config.shutdownDrainMs,
    exit: (code) => process.exit(code),
    flush: () => new Promise((resolve) => logger.flush(() => resolve())),
  });
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

start().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});

import { serve } from '@hono/node-server';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from './app';
import { ConfigError, readConfig } from './config';
import { spaRoutes } from './spa-routes';
import { upstreamFor } from './upstream-fetch';

function start() {
  const config = readConfig();
  // Built to dist/server/main.js; the browser app sits beside it in dist/client.
  const clientRoot = join(dirname(fileURLToPath(import.meta.url)), '..', 'client');
  if (!existsSync(join(clientRoot, 'index.html'))) {
    throw new ConfigError(`The browser app is not built (${clientRoot}); run npm run build.`);
  }
  const log = (line: Record<string, unknown>) =>
    console.log(JSON.stringify({ time: new Date().toISOString(), ...line }));
  const app = createApp({
    mode: config.mode,
    upstream: upstreamFor(config),
    spa: spaRoutes(clientRoot),
    log,
  });
  const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) => {
    log({
      level: 'info',
      msg: `Deal Form listening on http://${config.host}:${info.port} (${config.mode} mode)`,
      mode: config.mode,
    });
  });
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

try {
  start();
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}

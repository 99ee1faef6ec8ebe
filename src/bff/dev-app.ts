import { createApp } from './app';
import { readConfig } from './config';
import { createLogger } from './logger';
import { securityFor, upstreamFor } from './upstream-fetch';

// `npm run dev`: Vite serves the browser app with hot reload and hands /api/* to this app.
const config = readConfig(process.env, { logFormat: 'pretty' });
const logger = createLogger({
  level: config.logLevel,
  format: config.logFormat,
  secrets: config.apiKey ? [config.apiKey] : [],
});
export const app = createApp({
  mode: config.mode,
  upstream: await upstreamFor(config),
  security: securityFor(config),
  logger,
});

import { readConfig } from './config';
import { createApp } from './app';
import { upstreamFor } from './upstream-fetch';

// `npm run dev`: Vite serves the browser app with hot reload and hands /api/* to this app.
const config = readConfig();
export const app = createApp({
  mode: config.mode,
  upstream: upstreamFor(config),
  log: (line) => console.log(JSON.stringify(line)),
});

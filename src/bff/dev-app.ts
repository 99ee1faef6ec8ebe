import { readConfig } from './config';
import { configuredApp } from './configured-app';

// `npm run dev`: Vite serves the browser app with hot reload and hands /api/* to this app.
export const { app } = await configuredApp(readConfig(process.env, { logFormat: 'pretty' }));

import { getRequestListener } from '@hono/node-server';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import type { app as devApp } from './src/bff/dev-app';
import { defineConfig } from 'vitest/config';

/** One process in development: Vite for the app, the real BFF (Hono) for /api. */
function bffDevServer(): Plugin {
  return {
    name: 'deal-form-bff',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (!req.url || !/^\/api(\/|\?|$)/.test(req.url)) return next();
        server
          .ssrLoadModule('/src/bff/dev-app.ts')
          .then((mod) => {
            const app = (mod as { app: typeof devApp }).app;
            return getRequestListener(app.fetch)(req, res);
          })
          .catch(next);
      });
    },
  };
}

export default defineConfig({
  plugins: [react(), bffDevServer()],
  build: {
    outDir: 'dist/client',
    emptyOutDir: true,
    sourcemap: false,
  },
  server: { host: '127.0.0.1', port: 5173 },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src/{model,bff,fake-lightfield}/**/*.test.ts'],
          env: { TZ: 'Europe/Berlin' },
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['src/app/**/*.test.{ts,tsx}'],
          setupFiles: ['src/test/setup-dom.ts'],
          env: { TZ: 'Europe/Berlin' },
        },
      },
    ],
  },
});

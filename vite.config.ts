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

const DOWNSHIFT_ESM = /[\\/]node_modules[\\/]downshift[\\/]dist[\\/]downshift\.esm\.mjs$/;

// Property writes count as side effects, so these two statements keep useSelect and
// useMultipleSelection (and their reducers, ~5 KB gzip) in the bundle although the app only
// uses useCombobox. Removing them lets tree-shaking drop the unused hooks.
const UNUSED_HOOK_STATICS = [
  'useSelect.stateChangeTypes = stateChangeTypes$3;',
  'useMultipleSelection.stateChangeTypes = stateChangeTypes$1;',
];

/** Drops downshift's unused hooks from production builds; fails loudly if downshift changed. */
function trimDownshift(): Plugin {
  return {
    name: 'deal-form-trim-downshift',
    apply: 'build',
    transform(code, id) {
      if (!DOWNSHIFT_ESM.test(id)) return null;
      let trimmed = code;
      for (const statement of UNUSED_HOOK_STATICS) {
        if (!trimmed.includes(statement)) {
          this.error(
            `downshift changed: "${statement}" not found; update trimDownshift in vite.config.ts`,
          );
        }
        trimmed = trimmed.replace(statement, '');
      }
      return { code: trimmed, map: null };
    },
  };
}

export default defineConfig({
  plugins: [react(), bffDevServer(), trimDownshift()],
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
          include: ['src/{model,bff,fake-lightfield,embed}/**/*.test.ts'],
          env: { TZ: 'Europe/Berlin' },
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['src/app/**/*.test.{ts,tsx}'],
          setupFiles: ['src/testing/setup-dom.ts'],
          env: { TZ: 'Europe/Berlin' },
        },
      },
    ],
  },
});

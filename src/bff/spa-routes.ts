import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Serves the built SPA from `root`; unknown non-API paths get index.html (client routing). */
export function spaRoutes(root: string) {
  const indexHtml = readFileSync(join(root, 'index.html'), 'utf8');
  return new Hono()
    .use(
      '/assets/*',
      serveStatic({
        root,
        onFound: (_path, c) => {
          // Vite fingerprints asset names, so they never change under the same URL.
          c.header('Cache-Control', 'public, max-age=31536000, immutable');
        },
      }),
    )
    .use(
      '/embed.js',
      serveStatic({
        root,
        onFound: (_path, c) => {
          // Portals load the loader by this fixed URL, so a fix must reach them within minutes.
          c.header('Cache-Control', 'public, max-age=300');
          c.header('Content-Type', 'text/javascript; charset=utf-8');
        },
      }),
    )
    .use('*', serveStatic({ root }))
    .get('*', (c) => {
      c.header('Cache-Control', 'no-cache');
      return c.html(indexHtml);
    });
}

import { Hono } from 'hono';
import { looksLikeFile } from './page-paths';
import { loadStaticFiles, sendStaticFile } from './static-files';

// Vite fingerprints asset names, so they never change under the same URL.
const IMMUTABLE = 'public, max-age=31536000, immutable';
// Portals load the loader by this fixed URL, so a fix must reach them within minutes.
const EMBED_LOADER = 'public, max-age=300';
// The page names this build's assets; the browser revalidates it on every visit (a 304 while
// the build is the same), so a new build reaches every rep at their next visit.
const PAGE = 'no-cache';
// Other files of public/ (none today; the favicon is inline in index.html): not fingerprinted,
// and nothing breaks if one is a day old.
const PUBLIC_FILE = 'public, max-age=86400';

const cacheControlFor = (path: string) =>
  path.startsWith('/assets/')
    ? IMMUTABLE
    : path === '/embed.js'
      ? EMBED_LOADER
      : path === '/index.html'
        ? PAGE
        : PUBLIC_FILE;

/**
 * Serves the built SPA from `root` (with the brotli and gzip variants the build wrote);
 * unknown non-API paths get index.html (client routing), unknown files a 404.
 */
export function spaRoutes(root: string) {
  const files = loadStaticFiles(root);
  const page = files.get('/index.html');
  if (!page) throw new Error(`${root} has no index.html`);
  return new Hono().get('*', (c) => {
    const path = c.req.path === '/' ? '/index.html' : c.req.path;
    const file = files.get(path);
    if (file) return sendStaticFile(c, file, cacheControlFor(path));
    // A missing script must fail as a missing script: index.html in its place would be run as
    // JavaScript, a syntax error far from the cause.
    if (looksLikeFile(path)) return c.notFound();
    return sendStaticFile(c, page, PAGE);
  });
}

/**
 * A path naming a file (`/assets/…`, `/embed.js`, `/favicon.ico`), as opposed to a client route
 * that the SPA's index.html answers.
 */
export const looksLikeFile = (path: string) =>
  path.startsWith('/assets/') || /\.[^/]*$/.test(path.slice(path.lastIndexOf('/')));

/** A path whose answer is the page (index.html): neither the API nor a file. */
export const isPagePath = (path: string) =>
  !(path === '/api' || path.startsWith('/api/')) && !looksLikeFile(path);

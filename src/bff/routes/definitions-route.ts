import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import type { AppEnv } from '../app-env';
import { whenInvalid } from '../middleware/validation';
import type { RouteDeps } from './deps';
import { badQuery } from './query-errors';
import { noQuery } from './query-schemas';

/** RFC 9110 If-None-Match: a list of (possibly weak) tags, or `*`. */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const strip = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || strip(tag) === etag);
}

/** Whether the client takes gzip (every browser does); `gzip;q=0` means it does not. */
export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  if (!acceptEncoding) return false;
  return acceptEncoding.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return (coding === 'gzip' || coding === '*') && (!q || Number(q.slice(2)) > 0);
  });
}

export function definitionsRoute({ definitions }: RouteDeps) {
  return new Hono<AppEnv>().get(
    '/',
    zValidator('query', noQuery, whenInvalid(badQuery)),
    async (c) => {
      const { json, gzip, etag } = await definitions.entry();
      // The browser revalidates every time and gets a body-less 304 while nothing changed.
      c.header('ETag', etag);
      c.header('Cache-Control', 'no-cache');
      c.header('Vary', 'Accept-Encoding');
      if (etagMatches(c.req.header('If-None-Match'), etag)) return c.body(null, 304);
      c.header('Content-Type', 'application/json; charset=UTF-8');
      if (acceptsGzip(c.req.header('Accept-Encoding'))) {
        // Gzipped once per load (definitions-cache.ts), not per request.
        c.header('Content-Encoding', 'gzip');
        return c.body(gzip, 200);
      }
      return c.body(json, 200);
    },
  );
}

import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import type { AppEnv } from '../app-env';
import { etagMatches, pickCoding } from '../http-negotiation';
import { whenInvalid } from '../middleware/validation';
import type { RouteDeps } from './deps';
import { badQuery } from './query-errors';
import { noQuery } from './query-schemas';

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
      if (pickCoding(c.req.header('Accept-Encoding'), ['gzip']) === 'gzip') {
        // Gzipped once per load (definitions-cache.ts), not per request.
        c.header('Content-Encoding', 'gzip');
        return c.body(gzip, 200);
      }
      return c.body(json, 200);
    },
  );
}

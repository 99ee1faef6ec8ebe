import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import type { EmbedConfigResponse } from '../../model/api-contract';
import type { AppEnv } from '../app-env';
import { whenInvalid } from '../middleware/validation';
import type { RouteDeps } from './deps';
import { badQuery } from './query-errors';
import { noQuery } from './query-schemas';

/**
 * The parent origins the embedded app may exchange postMessages with: ALLOWED_ORIGINS, the same
 * list CSRF trusts. No secret: the CSP header names the framing origins anyway.
 */
export function embedConfigRoute({ csrf }: RouteDeps) {
  return new Hono<AppEnv>().get('/', zValidator('query', noQuery, whenInvalid(badQuery)), (c) => {
    const payload: EmbedConfigResponse = { allowedOrigins: [...csrf.allowedOrigins] };
    return c.json(payload);
  });
}

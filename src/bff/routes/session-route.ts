import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import type { SessionResponse } from '../../model/api-contract';
import type { AppEnv } from '../app-env';
import { UpstreamError } from '../lightfield/upstream-error';
import { whenInvalid } from '../middleware/validation';
import type { RouteDeps } from './deps';
import { badQuery } from './query-errors';
import { noQuery } from './query-schemas';

/**
 * Who is signed in (TRUSTED_USER_HEADER) and which Lightfield member that is, so the form can
 * default the Owner to the rep. A failed member lookup only loses the default, not the form.
 */
export function sessionRoute({ reads, logger }: RouteDeps) {
  return new Hono<AppEnv>().get(
    '/',
    zValidator('query', noQuery, whenInvalid(badQuery)),
    async (c) => {
      const email = c.get('userEmail');
      let memberId: string | null = null;
      if (email) {
        try {
          const members = await reads.members();
          memberId = members.find((m) => m.email?.toLowerCase() === email)?.id ?? null;
        } catch (error) {
          if (!(error instanceof UpstreamError)) throw error;
          logger.warn(
            { requestId: c.get('requestId'), operation: error.operation, status: error.status },
            'session: members unavailable, no owner default',
          );
        }
      }
      const payload: SessionResponse = { email, memberId };
      return c.json(payload);
    },
  );
}

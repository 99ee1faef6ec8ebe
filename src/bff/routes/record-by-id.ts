import { zValidator } from '@hono/zod-validator';
import { z } from 'zod/mini';
import { apiError } from '../http-errors';
import { whenInvalid } from '../middleware/validation';
import { badQuery } from './query-errors';
import { noQuery, recordId } from './query-schemas';

const idParam = z.object({ id: recordId });

/**
 * The validators of a `GET …/:id` route: an id that is not a Lightfield id is a 404 (it names
 * no record), and any query parameter is refused.
 */
export const recordById = (what: string) =>
  [
    zValidator(
      'param',
      idParam,
      whenInvalid((c) => apiError(c, 404, 'not_found', `No such ${what}.`)),
    ),
    zValidator('query', noQuery, whenInvalid(badQuery)),
  ] as const;

import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import type { ListPayload, MemberOption } from '../../model/api-contract';
import type { AppEnv } from '../app-env';
import { whenInvalid } from '../middleware/validation';
import type { RouteDeps } from './deps';
import { badQuery } from './query-errors';
import { noQuery } from './query-schemas';

export function membersRoute({ reads }: RouteDeps) {
  return new Hono<AppEnv>().get(
    '/',
    zValidator('query', noQuery, whenInvalid(badQuery)),
    async (c) => {
      const payload: ListPayload<MemberOption> = { data: await reads.members() };
      return c.json(payload);
    },
  );
}

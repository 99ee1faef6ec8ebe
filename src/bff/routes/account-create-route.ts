import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import { z } from 'zod/mini';
import { ACCOUNT_NAME_MAX_LENGTH, type AccountOption } from '../../model/api-contract';
import type { AppEnv } from '../app-env';
import { apiError } from '../http-errors';
import { createUnderKey, requestFingerprint } from '../idempotency-ledger';
import { toAccountOption } from '../lightfield/record-mappers';
import { whenInvalid } from '../middleware/validation';
import { createGuards } from './create-guards';
import type { RouteDeps } from './deps';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

const createAccountBody = z.strictObject({
  name: z.string().check(
    z.trim(),
    z.minLength(1),
    z.maxLength(ACCOUNT_NAME_MAX_LENGTH),
    z.refine((s) => !CONTROL.test(s)),
  ),
});

/**
 * `POST /api/accounts`: the picker's inline "Create account". Find-or-create, because list
 * search is by prefix and a rep may type a name that exists but was not among the results; the
 * create carries the browser's Idempotency-Key so a retried click cannot make two accounts.
 */
export function accountCreateRoute(deps: RouteDeps) {
  const { api, logger } = deps;
  return new Hono<AppEnv>().post(
    '/',
    ...createGuards(deps),
    zValidator(
      'json',
      createAccountBody,
      whenInvalid((c) =>
        apiError(c, 400, 'validation_failed', 'Send the account as {"name": …}.', {
          fields: {
            name: `Enter an account name of 1 to ${ACCOUNT_NAME_MAX_LENGTH} characters.`,
          },
        }),
      ),
    ),
    async (c) => {
      const key = c.req.valid('header')['idempotency-key'];
      const { name } = c.req.valid('json');
      const found = await api.findAccountsNamed(name);
      const existing = found.data[0];
      if (existing) return c.json(toAccountOption(existing) satisfies AccountOption);
      const record = await createUnderKey(
        deps.ledger,
        {
          scope: 'accounts.create',
          key,
          fingerprint: requestFingerprint({ name }, c.get('userEmail')),
        },
        () => api.createAccount(name, key),
      );
      logger.info(
        {
          requestId: c.get('requestId'),
          accountId: record.id,
          idempotencyKey: key,
          ...(c.get('userEmail') && { user: c.get('userEmail') }),
        },
        'account created',
      );
      return c.json(toAccountOption(record) satisfies AccountOption);
    },
  );
}

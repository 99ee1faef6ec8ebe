import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import { z } from 'zod/mini';
import type { FormDefinitions } from '../../model/form-definitions';
import { buildCreateBodySchema, fieldErrorsFromIssues } from '../../model/form-schema';
import type { CreateBody } from '../../model/lightfield-types';
import type { AppEnv } from '../app-env';
import { apiError, isDefinitionsDrift } from '../http-errors';
import { createUnderKey, requestFingerprint } from '../idempotency-ledger';
import { toCreatedOpportunity } from '../lightfield/record-mappers';
import { UpstreamError } from '../lightfield/upstream-error';
import { whenInvalid } from '../middleware/validation';
import { createGuards } from './create-guards';
import type { RouteDeps } from './deps';

const schemas = new WeakMap<FormDefinitions, z.ZodMiniType<CreateBody>>();
const schemaFor = (defs: FormDefinitions) => {
  let schema = schemas.get(defs);
  if (!schema) {
    schema = buildCreateBodySchema(defs);
    schemas.set(defs, schema);
  }
  return schema;
};

// Only the outline here; the fields themselves are checked against the current definitions.
const bodyOutline = z.record(z.string(), z.unknown());

export function opportunitiesRoute(deps: RouteDeps) {
  const { api, definitions, logger } = deps;
  return new Hono<AppEnv>().post(
    '/',
    ...createGuards(deps),
    zValidator(
      'json',
      bodyOutline,
      whenInvalid((c) =>
        apiError(
          c,
          400,
          'validation_failed',
          'Send the deal as {"fields": …, "relationships": …}.',
        ),
      ),
    ),
    async (c) => {
      const key = c.req.valid('header')['idempotency-key'];
      // The same schema the form validated with: nothing invalid is forwarded to Lightfield.
      const defs = await definitions.get();
      const body = c.req.valid('json');
      const result = schemaFor(defs).safeParse(body);
      if (!result.success) {
        return apiError(c, 400, 'validation_failed', 'Some fields need attention.', {
          fields: fieldErrorsFromIssues(result.error.issues),
        });
      }
      try {
        const record = await createUnderKey(
          deps.ledger,
          {
            scope: 'opportunities.create',
            key,
            fingerprint: requestFingerprint(result.data, c.get('userEmail')),
          },
          () => api.createOpportunity(result.data, key),
        );
        logger.info(
          {
            requestId: c.get('requestId'),
            opportunityId: record.id,
            idempotencyKey: key,
            ...(c.get('userEmail') && { user: c.get('userEmail') }),
          },
          'opportunity created',
        );
        return c.json(toCreatedOpportunity(record));
      } catch (error) {
        if (error instanceof UpstreamError && isDefinitionsDrift(error)) {
          // The org changed its opportunity fields since we cached them: refetch next time.
          definitions.invalidate();
          logger.warn(
            {
              requestId: c.get('requestId'),
              code: error.failure.kind === 'http' && error.failure.error.code,
            },
            'definitions changed in Lightfield; cache dropped',
          );
          return apiError(
            c,
            409,
            'definitions_changed',
            'The opportunity fields changed in Lightfield since this form was loaded. Reload the form, check your entries and create the deal again.',
            { retryable: false },
          );
        }
        throw error;
      }
    },
  );
}

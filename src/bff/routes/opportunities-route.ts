import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import { z } from 'zod/mini';
import type { FormDefinitions } from '../../model/form-definitions';
import { buildCreateBodySchema, fieldErrorsFromIssues } from '../../model/form-schema';
import type { CreateOpportunityResponse } from '../../model/api-contract';
import { followUpRequestSchema, type FollowUpCheck } from '../../model/follow-up';
import { phrase, spellMessage } from '../../model/messages/validation-phrases';
import type { CreateBody, LightfieldRecord } from '../../model/lightfield-types';
import { createFollowUp, dealRef } from '../follow-up/create-follow-up';
import type { AppEnv } from '../app-env';
import { apiError, isDefinitionsDrift } from '../http-errors';
import { createUnderKey, requestFingerprint } from '../idempotency-ledger';
import { toCreatedOpportunity } from '../lightfield/record-mappers';
import { UpstreamError } from '../lightfield/upstream-error';
import { whenInvalid } from '../middleware/validation';
import { createGuards } from './create-guards';
import type { RouteDeps } from './deps';

/** The follow-up part: well-formed, and a next step has an owner to be assigned to. */
function checkFollowUp(raw: unknown, body: CreateBody | undefined): FollowUpCheck {
  if (raw === undefined) return { ok: true, request: undefined };
  const parsed = followUpRequestSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      errors: { followUp: 'Send the follow-up as {"task": …, "note": …}.' },
    };
  }
  if (parsed.data.task && body && !body.relationships.$owner) {
    return {
      ok: false,
      errors: { 'relationships.$owner': spellMessage(phrase('ownerForNextStep')) },
    };
  }
  return { ok: true, request: parsed.data };
}

/** The read-only MARKDOWN fields Lightfield has yet to write: the summary to wait for. */
const emptySummaryKeys = (record: LightfieldRecord, defs: FormDefinitions) =>
  (defs.summaryFields ?? [])
    .map((f) => f.key)
    .filter((key) => (record.fields[key]?.value ?? null) === null);

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
      const { followUp: rawFollowUp, ...body } = c.req.valid('json');
      const result = schemaFor(defs).safeParse(body);
      const followUp = checkFollowUp(rawFollowUp, result.data);
      if (!result.success || !followUp.ok) {
        return apiError(c, 400, 'validation_failed', 'Some fields need attention.', {
          fields: {
            ...(result.success ? {} : fieldErrorsFromIssues(result.error.issues)),
            ...(followUp.ok ? {} : followUp.errors),
          },
        });
      }
      try {
        // The follow-up is part of what the key stands for: a retry must ask for the same.
        const sent = { ...result.data, ...(followUp.request && { followUp: followUp.request }) };
        const record = await createUnderKey(
          deps.ledger,
          {
            scope: 'opportunities.create',
            key,
            fingerprint: requestFingerprint(sent, c.get('userEmail')),
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
        const response: CreateOpportunityResponse = {
          ...toCreatedOpportunity(record),
          summaryKeys: emptySummaryKeys(record, defs),
        };
        if (followUp.request) {
          response.followUp = await createFollowUp(
            { api, taskShape: deps.followUp.taskShape, logger },
            {
              dealKey: key,
              deal: dealRef(record, result.data),
              request: followUp.request,
              requestId: c.get('requestId'),
            },
          );
        }
        return c.json(response);
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

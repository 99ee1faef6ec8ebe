import { Hono } from 'hono';
import type { z } from 'zod/mini';
import { API_IDEMPOTENCY_HEADER, IDEMPOTENCY_KEY_PATTERN } from '../../model/api-contract';
import type { FormDefinitions } from '../../model/form-definitions';
import { buildCreateBodySchema, fieldErrorsFromIssues } from '../../model/form-schema';
import type { CreateBody } from '../../model/lightfield-types';
import { apiError } from '../http-errors';
import { toCreatedOpportunity } from '../lightfield/record-mappers';
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

export function opportunitiesRoute({ api, definitions }: RouteDeps) {
  return new Hono().post('/', async (c) => {
    const key = c.req.header(API_IDEMPOTENCY_HEADER) ?? '';
    if (!IDEMPOTENCY_KEY_PATTERN.test(key)) {
      return apiError(
        c,
        400,
        'idempotency_key_required',
        'Send a UUID v4 Idempotency-Key header with every create.',
      );
    }
    if (!/^application\/json\b/i.test(c.req.header('Content-Type') ?? '')) {
      return apiError(c, 415, 'unsupported_media_type', 'Send the deal as application/json.');
    }
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      return apiError(c, 400, 'bad_request', 'The request body is not valid JSON.');
    }
    // The same schema the form validated with: nothing invalid is forwarded to Lightfield.
    const defs = await definitions.get();
    const result = schemaFor(defs).safeParse(body);
    if (!result.success) {
      return apiError(c, 400, 'validation_failed', 'Some fields need attention.', {
        fields: fieldErrorsFromIssues(result.error.issues),
      });
    }
    const record = await api.createOpportunity(result.data, key);
    return c.json(toCreatedOpportunity(record));
  });
}

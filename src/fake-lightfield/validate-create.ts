import type { DefinitionsResponse, FieldDefinition } from '../model/lightfield-types';
import { badRequest, unprocessable, type ApiError } from './errors';
import { checkFieldValue } from './validate-field-value';

export interface CreateRules {
  /** Plural noun used in messages, e.g. "opportunities". */
  noun: string;
  definitions: DefinitionsResponse;
  /** Relationship keys that exist but cannot be written (definitions carry no flag for this). */
  readOnlyRelationships: readonly string[];
  requiredFields: readonly string[];
  /** Lightfield answers a missing opportunity field with 400 but a missing account name with 422. */
  missingFieldStatus: 400 | 422;
  requiredRelationships: readonly string[];
  relationshipsRequired: boolean;
  fieldsAcceptingOptionLabels: readonly string[];
  entityExists: (objectType: string, id: string) => boolean;
}

export interface ValidCreate {
  fields: Record<string, unknown>;
  relationships: Record<string, string[]>;
}

export type CreateCheck = { ok: true; value: ValidCreate } | { ok: false; error: ApiError };

/** Most IDs one write may reference across all relationships (API.md §6). */
const RELATIONSHIP_WRITE_LIMIT = 25;

const TOP_LEVEL_KEYS = ['fields', 'relationships'];

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const fail = (error: ApiError): CreateCheck => ({ ok: false, error });

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && !value.trim());
}

function checkBody(body: unknown, rules: CreateRules): ApiError | null {
  if (!isPlainObject(body)) {
    return badRequest('invalid_request', 'Request body must be a JSON object.');
  }
  const extra = Object.keys(body).find((key) => !TOP_LEVEL_KEYS.includes(key));
  if (extra !== undefined) {
    return badRequest('invalid_request', `Unknown top-level parameter '${extra}'.`, extra);
  }
  if (!isPlainObject(body.fields)) {
    return badRequest('invalid_request', "'fields' must be an object.", 'fields');
  }
  const relationshipsMissing = body.relationships === undefined;
  if (
    (rules.relationshipsRequired || !relationshipsMissing) &&
    !isPlainObject(body.relationships)
  ) {
    return badRequest('invalid_request', "'relationships' must be an object.", 'relationships');
  }
  return null;
}

interface DependentCheck {
  /** The definition with only the options under the parent value that applies. */
  definition: FieldDefinition;
  /** An error for a value the narrowed definition refuses because of its parent, else null. */
  refuse: (raw: unknown) => ApiError | null;
}

/**
 * A dependent select (Lightfield's stage under its pipeline, API.md §19) is checked against the
 * options under the parent value sent, or under the parent's first option (the default) when
 * none is sent; without a parent value, a label several parents share is ambiguous.
 */
function underParent(
  key: string,
  definition: FieldDefinition,
  fields: Record<string, unknown>,
  rules: CreateRules,
): DependentCheck {
  const parentKey = definition.typeConfiguration.parentFieldKey;
  const parent = parentKey ? rules.definitions.fieldDefinitions[parentKey] : undefined;
  const parentOptions = parent?.typeConfiguration.options ?? [];
  if (!parentKey || parentOptions.length === 0) return { definition, refuse: () => null };
  const sent = fields[parentKey];
  const decided = parentOptions.find((option) => option.id === sent) ?? parentOptions[0];
  const options = definition.typeConfiguration.options ?? [];
  const narrowed: FieldDefinition = {
    ...definition,
    typeConfiguration: {
      ...definition.typeConfiguration,
      options: options.filter((option) => option.parentId === decided?.id),
    },
  };
  const refuse = (raw: unknown): ApiError | null => {
    if (typeof raw !== 'string') return null;
    const label = raw.trim().toLowerCase();
    const byLabel = rules.fieldsAcceptingOptionLabels.includes(key)
      ? options.filter((option) => option.label.toLowerCase() === label)
      : [];
    if (sent === undefined && byLabel.length > 1) {
      const candidates = byLabel.map((option) => option.id).join(', ');
      return unprocessable(
        `Stage label '${raw}' exists in several pipelines (${candidates}); send the stage id or the pipeline.`,
        `fields.${key}`,
        'ambiguous_stage_label',
      );
    }
    const inNarrowed = narrowed.typeConfiguration.options?.some(
      (option) => option.id === raw || option.label.toLowerCase() === label,
    );
    if (!inNarrowed && (options.some((option) => option.id === raw) || byLabel.length > 0)) {
      return unprocessable(
        `Stage '${raw}' is not in the pipeline '${decided?.label ?? ''}'.`,
        `fields.${key}`,
        'stage_unresolved_in_pipeline',
      );
    }
    return null;
  };
  return { definition: narrowed, refuse };
}

function checkFields(
  fields: Record<string, unknown>,
  rules: CreateRules,
): { ok: true; value: Record<string, unknown> } | { ok: false; error: ApiError } {
  const out: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(fields)) {
    const param = `fields.${key}`;
    const definition = rules.definitions.fieldDefinitions[key];
    if (!definition) {
      return {
        ok: false,
        error: badRequest('unknown_field', `Unknown field '${key}' for ${rules.noun}.`, param),
      };
    }
    if (definition.readOnly === true || definition.valueType === 'HTML') {
      return {
        ok: false,
        error: badRequest('read_only', `Field '${key}' is read-only and cannot be set.`, param),
      };
    }
    if (raw === undefined) continue;
    const dependent = underParent(key, definition, fields, rules);
    const refused = dependent.refuse(raw);
    if (refused) return { ok: false, error: refused };
    const checked = checkFieldValue(key, dependent.definition, raw, {
      acceptOptionLabels: rules.fieldsAcceptingOptionLabels.includes(key),
    });
    if (!checked.ok) return checked;
    out[key] = checked.value;
  }
  return { ok: true, value: out };
}

function checkRelationships(
  relationships: Record<string, unknown>,
  rules: CreateRules,
): { ok: true; value: Record<string, string[]> } | { ok: false; error: ApiError } {
  const out: Record<string, string[]> = {};
  for (const [key, raw] of Object.entries(relationships)) {
    const param = `relationships.${key}`;
    const definition = rules.definitions.relationshipDefinitions[key];
    if (!definition) {
      return {
        ok: false,
        error: badRequest(
          'unknown_relationship',
          `Unknown relationship '${key}' for ${rules.noun}.`,
          param,
        ),
      };
    }
    if (rules.readOnlyRelationships.includes(key)) {
      return {
        ok: false,
        error: badRequest(
          'read_only',
          `Relationship '${key}' is read-only and cannot be set.`,
          param,
        ),
      };
    }
    const ids = typeof raw === 'string' ? [raw] : raw;
    if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) {
      return {
        ok: false,
        error: badRequest(
          'invalid_type',
          `Relationship '${key}' expects an ID string or an array of ID strings.`,
          param,
        ),
      };
    }
    if (definition.cardinality === 'HAS_ONE' && ids.length > 1) {
      return {
        ok: false,
        error: badRequest(
          'invalid_type',
          `Relationship '${key}' is HAS_ONE and accepts a single ID.`,
          param,
        ),
      };
    }
    out[key] = [...new Set(ids)];
  }
  return { ok: true, value: out };
}

function checkRequired(value: ValidCreate, rules: CreateRules): ApiError | null {
  for (const key of rules.requiredFields) {
    if (isBlank(value.fields[key])) {
      const message = `Field '${key}' is required.`;
      return rules.missingFieldStatus === 400
        ? badRequest('parameter_missing', message, `fields.${key}`)
        : unprocessable(message, `fields.${key}`);
    }
  }
  for (const key of rules.requiredRelationships) {
    if ((value.relationships[key] ?? []).length === 0) {
      return badRequest(
        'parameter_missing',
        `Relationship '${key}' is required.`,
        `relationships.${key}`,
      );
    }
  }
  return null;
}

function checkEntities(value: ValidCreate, rules: CreateRules): ApiError | null {
  const total = Object.values(value.relationships).reduce((sum, ids) => sum + ids.length, 0);
  if (total > RELATIONSHIP_WRITE_LIMIT) {
    return unprocessable(
      `A single request may reference at most ${RELATIONSHIP_WRITE_LIMIT} related records (got ${total}).`,
      'relationships',
      'relationship_write_limit_exceeded',
    );
  }
  for (const [key, ids] of Object.entries(value.relationships)) {
    const objectType = rules.definitions.relationshipDefinitions[key]?.objectType ?? '';
    const missing = ids.find((id) => !rules.entityExists(objectType, id));
    if (missing !== undefined) {
      return badRequest(
        'relationship_entity_missing',
        `No ${objectType} '${missing}' exists for relationship '${key}'.`,
        `relationships.${key}`,
      );
    }
  }
  return null;
}

/**
 * Validates a create body the way the API does: body shape, then each field and relationship
 * in request order, then required parts, then the write limit and the referenced records.
 */
export function validateCreate(body: unknown, rules: CreateRules): CreateCheck {
  const shapeError = checkBody(body, rules);
  if (shapeError || !isPlainObject(body) || !isPlainObject(body.fields)) {
    return fail(shapeError ?? badRequest('invalid_request', 'Malformed body.'));
  }
  const fields = checkFields(body.fields, rules);
  if (!fields.ok) return fields;
  const rawRelationships = isPlainObject(body.relationships) ? body.relationships : {};
  const relationships = checkRelationships(rawRelationships, rules);
  if (!relationships.ok) return relationships;
  const value: ValidCreate = { fields: fields.value, relationships: relationships.value };
  const error = checkRequired(value, rules) ?? checkEntities(value, rules);
  return error ? fail(error) : { ok: true, value };
}

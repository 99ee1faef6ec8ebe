import type { DefinitionsResponse, FieldDefinition, ValueType } from '../model/lightfield-types';
import { badRequest, type ApiError } from './errors';
import type { Filter, Operator } from './list-query';
import type { StoredRecord } from './record-shape';

// Filter semantics (API.md §8). All text comparisons are case-insensitive.

export type RecordPredicate = (record: StoredRecord) => boolean;

export interface FilterContext {
  definitions: DefinitionsResponse;
  /** Relationship filter keys (definition slugs and aliases) → relationship key on the record. */
  relationshipFilterKeys: Readonly<Record<string, string>>;
  /** Select fields whose filters also match option labels (Lightfield does this for `$stage`). */
  labelFilterFields: readonly string[];
}

const RANGE: readonly Operator[] = [
  'equal',
  'greaterThan',
  'greaterThanOrEqual',
  'lessThan',
  'lessThanOrEqual',
];

const OPERATORS_BY_TYPE: Partial<Record<ValueType, readonly Operator[]>> = {
  TEXT: ['equal', 'startsWith'],
  FULL_NAME: ['equal', 'startsWith'],
  SOCIAL_HANDLE: ['equal', 'startsWith'],
  ADDRESS: ['equal', 'startsWith'],
  NUMBER: RANGE,
  CURRENCY: RANGE,
  DATETIME: RANGE,
  CHECKBOX: ['equal'],
  SINGLE_SELECT: ['equal'],
  EMAIL: ['contains'],
  TELEPHONE: ['contains'],
  URL: ['contains'],
};

const lower = (text: string): string => text.toLowerCase();

function fullNameText(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const { firstName, lastName } = value as { firstName?: unknown; lastName?: unknown };
  const parts = [firstName, lastName].filter(
    (part): part is string => typeof part === 'string' && part.length > 0,
  );
  return parts.length > 0 ? parts.join(' ') : null;
}

/** Candidate strings a text-like filter compares against. */
function textCandidates(valueType: ValueType, value: unknown): string[] {
  if (value === null || value === undefined) return [];
  if (valueType === 'FULL_NAME') return [fullNameText(value)].filter((v): v is string => !!v);
  if (valueType === 'ADDRESS' && typeof value === 'object') {
    return Object.values(value).filter((part): part is string => typeof part === 'string');
  }
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  return typeof value === 'string' ? [value] : [];
}

function compare(operator: Operator, actual: number, expected: number): boolean {
  switch (operator) {
    case 'greaterThan':
      return actual > expected;
    case 'greaterThanOrEqual':
      return actual >= expected;
    case 'lessThan':
      return actual < expected;
    case 'lessThanOrEqual':
      return actual <= expected;
    default:
      return actual === expected;
  }
}

function invalidValue(filter: Filter, expected: string): ApiError {
  return badRequest(
    'invalid_filter',
    `Filter '${filter.key}' expects ${expected}, got '${filter.value}'.`,
    filter.key,
  );
}

function fieldMatcher(
  filter: Filter,
  key: string,
  definition: FieldDefinition,
  labels: boolean,
): ((value: unknown) => boolean) | ApiError {
  const supported = OPERATORS_BY_TYPE[definition.valueType];
  if (!supported) {
    return badRequest(
      'invalid_filter',
      `Field '${key}' (${definition.valueType}) cannot be filtered.`,
      key,
    );
  }
  const operator = filter.operator ?? (supported.includes('equal') ? 'equal' : 'contains');
  if (!supported.includes(operator)) {
    return badRequest(
      'invalid_filter',
      `Operator '${operator}' is not supported for ${definition.valueType} field '${key}'.`,
      key,
    );
  }
  const expected = lower(filter.value);
  switch (definition.valueType) {
    case 'NUMBER':
    case 'CURRENCY': {
      const number = filter.value.trim() === '' ? Number.NaN : Number(filter.value);
      if (!Number.isFinite(number)) return invalidValue(filter, 'a number');
      return (value) => typeof value === 'number' && compare(operator, value, number);
    }
    case 'DATETIME': {
      const time = Date.parse(filter.value);
      if (Number.isNaN(time)) return invalidValue(filter, 'an ISO 8601 datetime');
      return (value) => typeof value === 'string' && compare(operator, Date.parse(value), time);
    }
    case 'CHECKBOX': {
      if (expected !== 'true' && expected !== 'false') return invalidValue(filter, 'true or false');
      return (value) => value === (expected === 'true');
    }
    case 'SINGLE_SELECT': {
      const options = definition.typeConfiguration.options ?? [];
      const ids = new Set(
        options
          .filter(
            (option) => option.id === filter.value || (labels && lower(option.label) === expected),
          )
          .map((option) => option.id),
      );
      return (value) => typeof value === 'string' && ids.has(value);
    }
    default: {
      return (value) => {
        const candidates = textCandidates(definition.valueType, value).map(lower);
        if (operator === 'contains') return candidates.some((text) => text.includes(expected));
        if (operator === 'startsWith') {
          // An empty prefix means "has any value" (API.md §8).
          return candidates.some((text) => text.length > 0 && text.startsWith(expected));
        }
        return candidates.some((text) => text === expected);
      };
    }
  }
}

function relationshipMatcher(filter: Filter, relationshipKey: string): RecordPredicate | ApiError {
  const operator = filter.operator ?? 'contains';
  if (operator !== 'contains' && operator !== 'equal') {
    return badRequest(
      'invalid_filter',
      `Relationship filter '${filter.key}' supports only contains and equal.`,
      filter.key,
    );
  }
  return (record) => record.relationships[relationshipKey]?.values.includes(filter.value) ?? false;
}

export function buildPredicate(
  filters: readonly Filter[],
  context: FilterContext,
): { ok: true; value: RecordPredicate } | { ok: false; error: ApiError } {
  const predicates: RecordPredicate[] = [];
  for (const filter of filters) {
    const relationshipKey = context.relationshipFilterKeys[filter.key];
    const definition = context.definitions.fieldDefinitions[filter.key];
    let predicate: RecordPredicate | ApiError;
    if (relationshipKey !== undefined) {
      predicate = relationshipMatcher(filter, relationshipKey);
    } else if (definition) {
      const matcher = fieldMatcher(
        filter,
        filter.key,
        definition,
        context.labelFilterFields.includes(filter.key),
      );
      predicate =
        typeof matcher === 'function'
          ? (record) => matcher(record.fields[filter.key]?.value ?? null)
          : matcher;
    } else {
      predicate = badRequest(
        'invalid_filter',
        `Unknown filter key '${filter.key}' for ${context.definitions.objectType} records.`,
        filter.key,
      );
    }
    if (typeof predicate !== 'function') return { ok: false, error: predicate };
    const positive = predicate;
    predicates.push(filter.negate ? (record) => !positive(record) : positive);
  }
  return { ok: true, value: (record) => predicates.every((predicate) => predicate(record)) };
}

export function recordSortName(record: StoredRecord): string {
  const name = record.fields.$name?.value;
  return lower(typeof name === 'string' ? name : (fullNameText(name) ?? ''));
}

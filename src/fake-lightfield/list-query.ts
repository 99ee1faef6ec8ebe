import { badRequest, type ApiError } from './errors';

// List query parsing. Works on the RAW query string because filter keys arrive literally
// (`$name[startsWith]=Nor`), and URLSearchParams would not tell us how they were encoded.

const OPERATORS = [
  'equal',
  'startsWith',
  'contains',
  'greaterThan',
  'greaterThanOrEqual',
  'lessThan',
  'lessThanOrEqual',
] as const;
export type Operator = (typeof OPERATORS)[number];

export interface Filter {
  /** The field or relationship-slug key, e.g. `$name` or `$account-contact`. */
  key: string;
  /** `null` when the query omitted the operator (`?$name=Acme`). */
  operator: Operator | null;
  negate: boolean;
  value: string;
}

export interface ListQuery {
  limit: number;
  offset: number;
  filters: Filter[];
}

const MAX_LIMIT = 25;

function decode(part: string): string {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    return part;
  }
}

export function parseRawQuery(rawQuery: string): Array<[key: string, value: string]> {
  return rawQuery
    .split('&')
    .filter((pair) => pair.length > 0)
    .map((pair) => {
      const equals = pair.indexOf('=');
      const key = equals === -1 ? pair : pair.slice(0, equals);
      const value = equals === -1 ? '' : pair.slice(equals + 1);
      return [decode(key), decode(value)];
    });
}

function parseCount(name: 'limit' | 'offset', raw: string): number | ApiError {
  const valid = /^\d+$/.test(raw);
  const value = valid ? Number(raw) : Number.NaN;
  if (name === 'limit' && (!valid || value < 1 || value > MAX_LIMIT)) {
    return badRequest(
      'invalid_parameter',
      `'limit' must be an integer between 1 and ${MAX_LIMIT}.`,
      'limit',
    );
  }
  if (name === 'offset' && (!valid || !Number.isSafeInteger(value))) {
    return badRequest('invalid_parameter', "'offset' must be a non-negative integer.", 'offset');
  }
  return value;
}

function parseFilterKey(rawKey: string): Omit<Filter, 'value'> | ApiError {
  const match = /^(.+?)\[(-?)([^\]]*)\]$/.exec(rawKey);
  if (!match) return { key: rawKey, operator: null, negate: false };
  const [, key = '', minus, operator = ''] = match;
  if (!(OPERATORS as readonly string[]).includes(operator)) {
    return badRequest('invalid_filter', `Unknown filter operator '${operator}'.`, key);
  }
  return { key, operator: operator as Operator, negate: minus === '-' };
}

export function parseListQuery(
  rawQuery: string,
  options: { filterable: boolean },
): { ok: true; value: ListQuery } | { ok: false; error: ApiError } {
  const query: ListQuery = { limit: MAX_LIMIT, offset: 0, filters: [] };
  for (const [rawKey, value] of parseRawQuery(rawQuery)) {
    if (rawKey === 'limit' || rawKey === 'offset') {
      const parsed = parseCount(rawKey, value);
      if (typeof parsed !== 'number') return { ok: false, error: parsed };
      query[rawKey] = parsed;
      continue;
    }
    if (!options.filterable) {
      return {
        ok: false,
        error: badRequest(
          'invalid_filter',
          `Unsupported query parameter '${rawKey}'; this list supports only limit and offset.`,
          rawKey,
        ),
      };
    }
    const filter = parseFilterKey(rawKey);
    if ('status' in filter) return { ok: false, error: filter };
    query.filters.push({ ...filter, value });
  }
  return { ok: true, value: query };
}

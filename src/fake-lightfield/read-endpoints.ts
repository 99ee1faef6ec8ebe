import type { AuthValidateResponse, ListResponse } from '../model/lightfield-types';
import type { FakeContext } from './context';
import { notFound } from './errors';
import { buildPredicate, recordSortName, type FilterContext } from './list-filter';
import { parseListQuery } from './list-query';
import { OBJECT_TYPES } from './object-types';
import { failWith, ok, type Route } from './pipeline';
import { presentRecord } from './present';
import type { ObjectType, StoredRecord } from './record-shape';

export function authValidateRoute(ctx: FakeContext): Route {
  return {
    category: 'read',
    operation: 'read',
    scope: null,
    run: () => {
      const body: AuthValidateResponse = {
        active: true,
        tokenType: 'api_key',
        subjectType: 'workspace',
        scopes: [...ctx.scopes],
      };
      return ok(body);
    },
  };
}

export function definitionsRoute(ctx: FakeContext, type: Exclude<ObjectType, 'member'>): Route {
  return {
    category: 'read',
    operation: 'read',
    scope: OBJECT_TYPES[type].readScope,
    run: () => ok(ctx.store.definitions[type]),
  };
}

export function retrieveRoute(ctx: FakeContext, type: ObjectType): Route {
  return {
    category: 'read',
    operation: 'read',
    scope: OBJECT_TYPES[type].readScope,
    run: ({ params }) => {
      const id = params.id ?? '';
      if (type === 'opportunity') ctx.summaries.writeDue();
      const record = ctx.store.get(type, id);
      if (!record) return failWith(notFound(`${OBJECT_TYPES[type].label} '${id}' was not found.`));
      return ok(presentRecord(ctx, type, record));
    },
  };
}

/** Filter setup per listable type; members accept no filters at all (API.md §7.10). */
function filterContext(ctx: FakeContext, type: ObjectType): FilterContext | null {
  if (type === 'member') return null;
  const definitions = ctx.store.definitions[type];
  const relationshipFilterKeys: Record<string, string> = {};
  if (type === 'contact') {
    // Lightfield filters relationships by definition slug (`$account-contact`); the record key
    // (`$account`) is accepted as an alias. Other types' relationship filter keys are unconfirmed.
    for (const [key, definition] of Object.entries(definitions.relationshipDefinitions)) {
      relationshipFilterKeys[key] = key;
      if (definition.slug) relationshipFilterKeys[definition.slug] = key;
    }
  }
  return {
    definitions,
    relationshipFilterKeys,
    labelFilterFields: type === 'opportunity' ? ['$stage'] : [],
  };
}

function byName(a: StoredRecord, b: StoredRecord): number {
  return recordSortName(a).localeCompare(recordSortName(b)) || a.id.localeCompare(b.id);
}

function newestFirst(a: StoredRecord, b: StoredRecord): number {
  return b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id);
}

export function listRoute(ctx: FakeContext, type: ObjectType): Route {
  const filters = filterContext(ctx, type);
  return {
    category: 'search',
    operation: 'search',
    scope: OBJECT_TYPES[type].readScope,
    run: ({ rawQuery }) => {
      const query = parseListQuery(rawQuery, { filterable: filters !== null });
      if (!query.ok) return failWith(query.error);
      const predicate = filters ? buildPredicate(query.value.filters, filters) : null;
      if (predicate && !predicate.ok) return failWith(predicate.error);
      if (type === 'opportunity') ctx.summaries.writeDue();
      const nowMs = ctx.now().getTime();
      const rows = ctx.store
        .entries(type)
        .filter((entry) => entry.indexedAtMs <= nowMs)
        .map((entry) => entry.record)
        .filter((record) => predicate?.value(record) ?? true)
        .sort(type === 'opportunity' ? newestFirst : byName);
      const { limit, offset } = query.value;
      const body: ListResponse = {
        object: 'list',
        data: rows.slice(offset, offset + limit).map((record) => presentRecord(ctx, type, record)),
        totalCount: rows.length,
      };
      return ok(body);
    },
  };
}

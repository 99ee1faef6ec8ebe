import type { FakeContext } from './context';
import { insertCreated, entityExists } from './create-endpoints';
import { failWith, ok, type Route } from './pipeline';
import { validateCreate, type CreateRules } from './validate-create';

/** Tasks and notes point at the deal; the deal and its account list them back (API.md §17). */
function linkBack(
  ctx: FakeContext,
  relationships: Record<string, string[]>,
  key: string,
  id: string,
) {
  for (const opportunityId of relationships.$opportunity ?? []) {
    ctx.store.link('opportunity', opportunityId, key, id);
  }
  for (const accountId of relationships.$account ?? []) {
    ctx.store.link('account', accountId, key, id);
  }
}

/** `POST /v1/tasks`: `$title`, `$status` (a plain string) and `$assignedTo` required. */
export function createTaskRoute(ctx: FakeContext): Route {
  const rules: CreateRules = {
    noun: 'tasks',
    definitions: ctx.store.definitions.task,
    readOnlyRelationships: ['$note'],
    requiredFields: ['$title', '$status'],
    missingFieldStatus: 400,
    requiredRelationships: ['$assignedTo'],
    relationshipsRequired: true,
    fieldsAcceptingOptionLabels: [],
    entityExists: entityExists(ctx),
  };
  return {
    category: 'write',
    operation: 'createTask',
    scope: 'tasks:create',
    idempotencyScope: 'createTask',
    run: ({ body }) => {
      const checked = validateCreate(body, rules);
      if (!checked.ok) return failWith(checked.error);
      const created = insertCreated(ctx, 'task', checked.value, {});
      linkBack(ctx, checked.value.relationships, '$task', created.id);
      return ok(created.body, true);
    },
  };
}

/** `POST /v1/notes`: `$title` required; the author is the key's owner. */
export function createNoteRoute(ctx: FakeContext): Route {
  const rules: CreateRules = {
    noun: 'notes',
    definitions: ctx.store.definitions.note,
    readOnlyRelationships: [],
    requiredFields: ['$title'],
    missingFieldStatus: 400,
    requiredRelationships: [],
    relationshipsRequired: false,
    fieldsAcceptingOptionLabels: [],
    entityExists: entityExists(ctx),
  };
  return {
    category: 'write',
    operation: 'createNote',
    scope: 'notes:create',
    idempotencyScope: 'createNote',
    run: ({ body }) => {
      const checked = validateCreate(body, rules);
      if (!checked.ok) return failWith(checked.error);
      const created = insertCreated(ctx, 'note', checked.value, {});
      linkBack(ctx, checked.value.relationships, '$note', created.id);
      return ok(created.body, true);
    },
  };
}

import type { FakeContext } from './context';
import { entityExists, insertCreated } from './create-endpoints';
import type { RequestOperation } from './faults';
import type { IdempotencyScope } from './idempotency';
import { failWith, ok, type Route } from './pipeline';
import { validateCreate, type CreateRules } from './validate-create';

interface LinkedCreate {
  type: 'task' | 'note';
  operation: RequestOperation & IdempotencyScope;
  scope: string;
  /** The rules that differ between tasks and notes (API.md §17). */
  rules: Pick<
    CreateRules,
    'noun' | 'readOnlyRelationships' | 'requiredFields' | 'requiredRelationships'
  > & { relationshipsRequired: boolean };
}

/**
 * A record linked to a deal from its own side: validated as strictly as a deal, and listed back
 * on the deal's and the account's read-only `$task` / `$note` relationships.
 */
function linkedCreateRoute(ctx: FakeContext, spec: LinkedCreate): Route {
  const rules: CreateRules = {
    ...spec.rules,
    definitions: ctx.store.definitions[spec.type],
    missingFieldStatus: 400,
    fieldsAcceptingOptionLabels: [],
    entityExists: entityExists(ctx),
  };
  const backLink = `$${spec.type}`;
  return {
    category: 'write',
    operation: spec.operation,
    scope: spec.scope,
    idempotencyScope: spec.operation,
    run: ({ body }) => {
      const checked = validateCreate(body, rules);
      if (!checked.ok) return failWith(checked.error);
      const created = insertCreated(ctx, spec.type, checked.value, {});
      const { relationships } = checked.value;
      for (const id of relationships.$opportunity ?? []) {
        ctx.store.link('opportunity', id, backLink, created.id);
      }
      for (const id of relationships.$account ?? []) {
        ctx.store.link('account', id, backLink, created.id);
      }
      return ok(created.body, true);
    },
  };
}

/** `POST /v1/tasks`: `$title`, `$status` (a plain string) and `$assignedTo` required. */
export const createTaskRoute = (ctx: FakeContext): Route =>
  linkedCreateRoute(ctx, {
    type: 'task',
    operation: 'createTask',
    scope: 'tasks:create',
    rules: {
      noun: 'tasks',
      readOnlyRelationships: ['$note'],
      requiredFields: ['$title', '$status'],
      requiredRelationships: ['$assignedTo'],
      relationshipsRequired: true,
    },
  });

/** `POST /v1/notes`: `$title` required; the author is the key's owner. */
export const createNoteRoute = (ctx: FakeContext): Route =>
  linkedCreateRoute(ctx, {
    type: 'note',
    operation: 'createNote',
    scope: 'notes:create',
    rules: {
      noun: 'notes',
      readOnlyRelationships: [],
      requiredFields: ['$title'],
      requiredRelationships: [],
      relationshipsRequired: false,
    },
  });

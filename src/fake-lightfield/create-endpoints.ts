import {
  READ_ONLY_OPPORTUNITY_RELATIONSHIPS,
  REQUIRED_OPPORTUNITY_FIELDS,
  REQUIRED_OPPORTUNITY_RELATIONSHIPS,
} from '../model/lightfield-types';
import type { FakeContext } from './context';
import { isObjectType, OBJECT_TYPES } from './object-types';
import { failWith, ok, type Route } from './pipeline';
import { presentRecord } from './present';
import { shapeRecord, type ObjectType } from './record-shape';
import { optionIdByLabel } from './seed-definitions';
import { validateCreate, type CreateRules, type ValidCreate } from './validate-create';

type CreatableType = Extract<ObjectType, 'opportunity' | 'account' | 'task' | 'note'>;

export function entityExists(ctx: FakeContext) {
  return (objectType: string, id: string): boolean =>
    isObjectType(objectType) && ctx.store.has(objectType, id);
}

export function insertCreated(
  ctx: FakeContext,
  type: CreatableType,
  valid: ValidCreate,
  serverFields: Record<string, unknown>,
): { id: string; body: unknown } {
  const now = ctx.now();
  const id = ctx.store.nextId(OBJECT_TYPES[type].idPrefix);
  const record = shapeRecord(ctx.store.definitions[type], {
    id,
    createdAt: now.toISOString(),
    fields: { ...valid.fields, ...serverFields },
    relationships: valid.relationships,
  });
  ctx.store.insert(type, record, now.getTime() + ctx.indexLagMs);
  return { id, body: presentRecord(ctx, type, record) };
}

/** `$opportunityStatus` follows the stage, as Lightfield maintains it. */
function statusForStage(ctx: FakeContext, stageId: unknown): string {
  const definitions = ctx.store.definitions.opportunity;
  const stage = definitions.fieldDefinitions.$stage?.typeConfiguration.options?.find(
    (option) => option.id === stageId,
  );
  const label = stage?.label.toLowerCase() ?? '';
  const status = label.includes('won') ? 'Won' : label.includes('lost') ? 'Lost' : 'Open';
  return optionIdByLabel(definitions, '$opportunityStatus', status);
}

export function createOpportunityRoute(ctx: FakeContext): Route {
  const rules: CreateRules = {
    noun: 'opportunities',
    definitions: ctx.store.definitions.opportunity,
    readOnlyRelationships: READ_ONLY_OPPORTUNITY_RELATIONSHIPS,
    requiredFields: REQUIRED_OPPORTUNITY_FIELDS,
    missingFieldStatus: 400,
    requiredRelationships: REQUIRED_OPPORTUNITY_RELATIONSHIPS,
    relationshipsRequired: true,
    fieldsAcceptingOptionLabels: ['$stage'],
    entityExists: entityExists(ctx),
  };
  return {
    category: 'write',
    operation: 'createOpportunity',
    scope: 'opportunities:create',
    idempotencyScope: 'createOpportunity',
    run: ({ body }) => {
      const checked = validateCreate(body, rules);
      if (!checked.ok) return failWith(checked.error);
      const created = insertCreated(ctx, 'opportunity', checked.value, {
        $opportunityStatus: statusForStage(ctx, checked.value.fields.$stage),
      });
      for (const accountId of checked.value.relationships.$account ?? []) {
        ctx.store.link('account', accountId, '$opportunity', created.id);
      }
      ctx.summaries.schedule(created.id);
      return ok(created.body, true);
    },
  };
}

export function createAccountRoute(ctx: FakeContext): Route {
  const rules: CreateRules = {
    noun: 'accounts',
    definitions: ctx.store.definitions.account,
    readOnlyRelationships: ['$opportunity', '$task', '$note', '$meeting'],
    requiredFields: ['$name'],
    missingFieldStatus: 422,
    requiredRelationships: [],
    relationshipsRequired: false,
    fieldsAcceptingOptionLabels: [],
    entityExists: entityExists(ctx),
  };
  return {
    category: 'write',
    operation: 'createAccount',
    scope: 'accounts:create',
    idempotencyScope: 'createAccount',
    run: ({ body }) => {
      const checked = validateCreate(body, rules);
      if (!checked.ok) return failWith(checked.error);
      const created = insertCreated(ctx, 'account', checked.value, {
        $accountStatus: optionIdByLabel(rules.definitions, '$accountStatus', 'Prospect'),
      });
      for (const contactId of checked.value.relationships.$contact ?? []) {
        ctx.store.link('contact', contactId, '$account', created.id);
      }
      return ok(created.body, true);
    },
  };
}

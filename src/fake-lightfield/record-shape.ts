import type {
  DefinitionsResponse,
  LightfieldRecord,
  ReadFieldValue,
  ReadRelationship,
} from '../model/lightfield-types';

/** Records are kept without `httpLink`: it depends on the configured link base, added on output. */
export type StoredRecord = Omit<LightfieldRecord, 'httpLink'>;

export type ObjectType = 'account' | 'contact' | 'member' | 'opportunity' | 'task' | 'note';

export interface RecordInput {
  id: string;
  createdAt: string;
  updatedAt?: string | null;
  fields: Record<string, unknown>;
  relationships?: Record<string, readonly string[]>;
}

/**
 * Builds a record in READ format with every defined field and relationship present (unset ones
 * as `null` / `[]`), the way create responses echo the full definition set.
 */
export function shapeRecord(definitions: DefinitionsResponse, input: RecordInput): StoredRecord {
  const fields: Record<string, ReadFieldValue> = {};
  for (const [key, definition] of Object.entries(definitions.fieldDefinitions)) {
    fields[key] = { valueType: definition.valueType, value: input.fields[key] ?? null };
  }
  const relationships: Record<string, ReadRelationship> = {};
  for (const [key, definition] of Object.entries(definitions.relationshipDefinitions)) {
    relationships[key] = {
      cardinality: definition.cardinality,
      objectType: definition.objectType,
      values: [...(input.relationships?.[key] ?? [])],
    };
  }
  return {
    id: input.id,
    createdAt: input.createdAt,
    updatedAt: input.updatedAt === undefined ? input.createdAt : input.updatedAt,
    externalId: null,
    fields,
    relationships,
  };
}

export interface MemberInput {
  id: string;
  createdAt: string;
  firstName: string | null;
  lastName: string | null;
  email: string;
  role: 'ADMIN' | 'MEMBER';
}

/** Members have a fixed field set, no relationships and no `externalId` (API.md §4). */
export function shapeMember(input: MemberInput): StoredRecord {
  return {
    id: input.id,
    createdAt: input.createdAt,
    updatedAt: null,
    fields: {
      $email: { valueType: 'EMAIL', value: input.email },
      $name: {
        valueType: 'FULL_NAME',
        value: { firstName: input.firstName, lastName: input.lastName },
      },
      $profileImage: { valueType: 'URL', value: null },
      $role: { valueType: 'TEXT', value: input.role },
    },
    relationships: {},
  };
}

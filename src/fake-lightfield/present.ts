import type { LightfieldRecord } from '../model/lightfield-types';
import type { FakeContext } from './context';
import { OBJECT_TYPES } from './object-types';
import type { ObjectType, StoredRecord } from './record-shape';

/** A stored record as the API returns it: a deep copy with `httpLink` filled in. */
export function presentRecord(
  ctx: FakeContext,
  type: ObjectType,
  record: StoredRecord,
): LightfieldRecord {
  const copy = structuredClone(record);
  return {
    id: copy.id,
    createdAt: copy.createdAt,
    updatedAt: copy.updatedAt,
    // Members have no page of their own in the CRM UI.
    httpLink:
      type === 'member' ? null : `${ctx.httpLinkBase}/${OBJECT_TYPES[type].plural}/${copy.id}`,
    ...(copy.externalId !== undefined ? { externalId: copy.externalId } : {}),
    fields: copy.fields,
    relationships: copy.relationships,
  };
}

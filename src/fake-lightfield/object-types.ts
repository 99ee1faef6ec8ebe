import type { ObjectType } from './record-shape';

export interface ObjectTypeInfo {
  /** URL segment and noun, e.g. "accounts". */
  plural: string;
  /** Capitalised noun for messages. */
  label: string;
  idPrefix: string;
  readScope: string;
}

export const OBJECT_TYPES: Record<ObjectType, ObjectTypeInfo> = {
  account: { plural: 'accounts', label: 'Account', idPrefix: 'acc', readScope: 'accounts:read' },
  contact: { plural: 'contacts', label: 'Contact', idPrefix: 'con', readScope: 'contacts:read' },
  member: { plural: 'members', label: 'Member', idPrefix: 'mem', readScope: 'members:read' },
  opportunity: {
    plural: 'opportunities',
    label: 'Opportunity',
    idPrefix: 'opp',
    readScope: 'opportunities:read',
  },
  task: { plural: 'tasks', label: 'Task', idPrefix: 'tsk', readScope: 'tasks:read' },
  note: { plural: 'notes', label: 'Note', idPrefix: 'not', readScope: 'notes:read' },
};

export function isObjectType(value: string): value is ObjectType {
  return Object.hasOwn(OBJECT_TYPES, value);
}

import type { ObjectType, StoredRecord } from './record-shape';
import type { FakeSeed } from './seed';
import type { SeedDefinitions } from './seed-definitions';
import { stableId } from './stable-id';

interface StoreEntry {
  record: StoredRecord;
  /** Epoch ms from which list endpoints (the "search index") can see the record. */
  indexedAtMs: number;
}

export interface FakeStore {
  readonly definitions: SeedDefinitions;
  get(type: ObjectType, id: string): StoredRecord | undefined;
  has(type: ObjectType, id: string): boolean;
  entries(type: ObjectType): readonly StoreEntry[];
  count(type: ObjectType): number;
  insert(type: ObjectType, record: StoredRecord, indexedAtMs: number): void;
  /** Appends `id` to a relationship of an existing record (inverse side of a new link). */
  link(type: ObjectType, recordId: string, relationshipKey: string, id: string): void;
  /** Next ID for a created record; deterministic, and restarts after `reset()`. */
  nextId(prefix: string): string;
  reset(): void;
}

const OBJECT_TYPES: readonly ObjectType[] = [
  'account',
  'contact',
  'member',
  'opportunity',
  'task',
  'note',
];

// Seed records count as indexed since the beginning of time.
const ALWAYS_INDEXED = Number.NEGATIVE_INFINITY;

/**
 * `maxCreated` bounds the records created through the API (demo mode: a long-running server
 * must not grow with every demo deal); past it the oldest created record goes, and the links
 * to it with it. Seed records always stay.
 */
export function createStore(seed: FakeSeed, options: { maxCreated?: number } = {}): FakeStore {
  const pristine = structuredClone(seed);
  const maxCreated = options.maxCreated ?? Infinity;
  let tables = new Map<ObjectType, Map<string, StoreEntry>>();
  let created = 0;
  // Created records, oldest first.
  let createdOrder: Array<[ObjectType, string]> = [];

  function load(): void {
    tables = new Map(
      OBJECT_TYPES.map((type) => [
        type,
        new Map(
          structuredClone(pristine.records[type]).map((record) => [
            record.id,
            { record, indexedAtMs: ALWAYS_INDEXED },
          ]),
        ),
      ]),
    );
    created = 0;
    createdOrder = [];
  }

  function forget(type: ObjectType, id: string): void {
    table(type).delete(id);
    for (const entries of tables.values()) {
      for (const { record } of entries.values()) {
        for (const relationship of Object.values(record.relationships)) {
          const at = relationship.values.indexOf(id);
          if (at !== -1) relationship.values.splice(at, 1);
        }
      }
    }
  }

  function table(type: ObjectType): Map<string, StoreEntry> {
    const found = tables.get(type);
    if (!found) throw new Error(`Unknown object type ${type}`);
    return found;
  }

  load();

  return {
    definitions: pristine.definitions,
    get: (type, id) => table(type).get(id)?.record,
    has: (type, id) => table(type).has(id),
    entries: (type) => [...table(type).values()],
    count: (type) => table(type).size,
    insert(type, record, indexedAtMs) {
      table(type).set(record.id, { record, indexedAtMs });
      createdOrder.push([type, record.id]);
      while (createdOrder.length > maxCreated) {
        const [oldestType, oldestId] = createdOrder.shift() ?? [];
        if (oldestType && oldestId) forget(oldestType, oldestId);
      }
    },
    link(type, recordId, relationshipKey, id) {
      const relationship = table(type).get(recordId)?.record.relationships[relationshipKey];
      if (relationship && !relationship.values.includes(id)) relationship.values.push(id);
    },
    nextId(prefix) {
      created += 1;
      return stableId(prefix, `created:${created}`);
    },
    reset: load,
  };
}

import DataLoader from 'dataloader';
import type { DocumentRecord, EntityRecord, RelationRecord } from './graph.records';
import type { GraphRepository } from './graph.repository';

/** The relations at one end of one entity, of some types (all when unset), valid on a date. */
export interface RelationsKey {
  id: string;
  types?: string[] | null;
  asOf: string;
}

/**
 * Per-request batching: many `from`/`to`/`act`/`relations` fields in one answer become one query
 * each. Each loader is named after what it loads, and says which repository method it batches.
 */
export interface Loaders {
  /** The entity with an id, or null: GraphRepository.findEntities. */
  entityById: DataLoader<string, EntityRecord | null>;
  /** The source document with an id, or null: GraphRepository.findDocuments. */
  documentById: DataLoader<string, DocumentRecord | null>;
  /** The relations that end at the entity (who appoints it, say): GraphRepository.findRelationsAt('to', ...). */
  relationsTo: DataLoader<RelationsKey, RelationRecord[], string>;
  /** The relations that start at the entity (whom it appoints): GraphRepository.findRelationsAt('from', ...). */
  relationsFrom: DataLoader<RelationsKey, RelationRecord[], string>;
}

function byId<T extends { id: string }>(ids: readonly string[], rows: T[]): (T | null)[] {
  const found = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => found.get(id) ?? null);
}

// No types (every kind) and an empty list (no kind) are different questions.
const groupOf = (key: RelationsKey) => JSON.stringify([key.types == null ? null : [...key.types].sort(), key.asOf]);
const cacheKeyOf = (key: RelationsKey) => `${groupOf(key)}|${key.id}`;

/** One query per type set and date, however many entities ask. */
async function loadRelations(repository: GraphRepository, side: 'from' | 'to', keys: readonly RelationsKey[]): Promise<RelationRecord[][]> {
  const groups = new Map<string, RelationsKey[]>();
  for (const key of keys) groups.set(groupOf(key), [...(groups.get(groupOf(key)) ?? []), key]);
  const found = new Map<string, RelationRecord[]>();
  await Promise.all(
    [...groups.entries()].map(async ([group, members]) => {
      const { types, asOf } = members[0];
      const ids = [...new Set(members.map((member) => member.id))];
      const rows = await repository.findRelationsAt(side, ids, { types, asOf });
      for (const row of rows) {
        const key = `${group}|${side === 'from' ? row.fromId : row.toId}`;
        found.set(key, [...(found.get(key) ?? []), row]);
      }
    }),
  );
  return keys.map((key) => found.get(cacheKeyOf(key)) ?? []);
}

/** Fresh loaders for one request: their caches must not outlive it. */
export function createLoaders(repository: GraphRepository): Loaders {
  return {
    entityById: new DataLoader(async (ids) => byId(ids, await repository.findEntities(ids))),
    documentById: new DataLoader(async (ids) => byId(ids, await repository.findDocuments(ids))),
    relationsTo: new DataLoader((keys) => loadRelations(repository, 'to', keys), { cacheKeyFn: cacheKeyOf }),
    relationsFrom: new DataLoader((keys) => loadRelations(repository, 'from', keys), { cacheKeyFn: cacheKeyOf }),
  };
}

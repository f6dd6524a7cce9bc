import DataLoader from 'dataloader';
import type { DocumentRecord, EntityRecord, RelationRecord } from './graph.records';
import type { GraphRepository } from './graph.repository';

/** The relations at one end of one entity, of some types, valid on a date. */
export interface RelationsAtKey {
  side: 'from' | 'to';
  id: string;
  types?: string[] | null;
  asOf: string;
}

/** Per-request batching: many `from`/`to`/`act`/`relations` fields in one answer become one query each. */
export interface Loaders {
  entity: DataLoader<string, EntityRecord | null>;
  document: DataLoader<string, DocumentRecord | null>;
  relationsAt: DataLoader<RelationsAtKey, RelationRecord[], string>;
}

function byId<T extends { id: string }>(ids: readonly string[], rows: T[]): (T | null)[] {
  const found = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => found.get(id) ?? null);
}

// No types (every kind) and an empty list (no kind) are different questions.
const groupOf = (key: RelationsAtKey) => JSON.stringify([key.side, key.types == null ? null : [...key.types].sort(), key.asOf]);

/** One query per side, type set and date, however many entities ask. */
async function loadRelationsAt(repository: GraphRepository, keys: readonly RelationsAtKey[]): Promise<RelationRecord[][]> {
  const groups = new Map<string, RelationsAtKey[]>();
  for (const key of keys) groups.set(groupOf(key), [...(groups.get(groupOf(key)) ?? []), key]);
  const found = new Map<string, RelationRecord[]>();
  await Promise.all(
    [...groups.entries()].map(async ([group, members]) => {
      const { side, types, asOf } = members[0];
      const ids = [...new Set(members.map((member) => member.id))];
      const rows = await repository.findRelationsAt(side, ids, { types, asOf });
      for (const row of rows) {
        const key = `${group}|${side === 'from' ? row.fromId : row.toId}`;
        found.set(key, [...(found.get(key) ?? []), row]);
      }
    }),
  );
  return keys.map((key) => found.get(`${groupOf(key)}|${key.id}`) ?? []);
}

export function createLoaders(repository: GraphRepository): Loaders {
  return {
    entity: new DataLoader(async (ids) => byId(ids, await repository.findEntities(ids))),
    document: new DataLoader(async (ids) => byId(ids, await repository.findDocuments(ids))),
    relationsAt: new DataLoader((keys) => loadRelationsAt(repository, keys), { cacheKeyFn: (key) => `${groupOf(key)}|${key.id}` }),
  };
}

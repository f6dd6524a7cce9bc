import DataLoader from 'dataloader';
import type { DocumentRecord, EntityRecord } from './graph.records';
import type { GraphRepository } from './graph.repository';

/** Per-request batching: many `from`/`to`/`act` fields in one answer become one query. */
export interface Loaders {
  entity: DataLoader<string, EntityRecord | null>;
  document: DataLoader<string, DocumentRecord | null>;
}

function byId<T extends { id: string }>(ids: readonly string[], rows: T[]): (T | null)[] {
  const found = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => found.get(id) ?? null);
}

export function createLoaders(repository: GraphRepository): Loaders {
  return {
    entity: new DataLoader(async (ids) => byId(ids, await repository.findEntities(ids))),
    document: new DataLoader(async (ids) => byId(ids, await repository.findDocuments(ids))),
  };
}

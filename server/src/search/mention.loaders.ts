import DataLoader from 'dataloader';
import type { GraphRepository, MentionRecord } from '../graph/graph.repository';

/** Per-request batching: the mentions of many institutions or documents in one answer become one query. */
export interface MentionLoaders {
  ofEntity: DataLoader<string, MentionRecord[]>;
  inDocument: DataLoader<string, MentionRecord[]>;
}

function groupedBy(ids: readonly string[], rows: MentionRecord[], key: (row: MentionRecord) => string): MentionRecord[][] {
  const groups = new Map<string, MentionRecord[]>(ids.map((id) => [id, []]));
  for (const row of rows) groups.get(key(row))?.push(row);
  return ids.map((id) => groups.get(id)!);
}

/** Fresh loaders for one request. */
export function createMentionLoaders(repository: GraphRepository): MentionLoaders {
  return {
    ofEntity: new DataLoader(async (ids) => groupedBy(ids, await repository.findMentionsOfEntities(ids), (row) => row.entityId)),
    inDocument: new DataLoader(async (ids) => groupedBy(ids, await repository.findMentionsInDocuments(ids), (row) => row.documentId)),
  };
}

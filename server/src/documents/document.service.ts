import type { Loaders } from '../graph/graph.loaders';
import type { GraphRepository } from '../graph/graph.repository';
import { toDocument, type SourceDocument } from '../graphql/document.type';

/** The five source documents. */
export class DocumentService {
  constructor(
    private readonly repository: GraphRepository,
    private readonly loaders: Loaders,
  ) {}

  async all(): Promise<SourceDocument[]> {
    return (await this.repository.findDocuments(null)).map(toDocument);
  }

  async find(id: string): Promise<SourceDocument | null> {
    const record = await this.loaders.documentById.load(id);
    return record ? toDocument(record) : null;
  }
}

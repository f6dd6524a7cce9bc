import type { Loaders } from '../graph/graph.loaders';
import type { MentionRecord } from '../graph/graph.repository';
import type { DocumentRecord } from '../graph/graph.records';
import type { MentionLoaders } from './mention.loaders';
import { Mention } from './mention.type';
import { passageAround } from '../documents/passage';

function toMention(record: MentionRecord, documentText: string): Mention {
  return Object.assign(new Mention(), record, { passage: passageAround(documentText, record.start, record.end) });
}

/** Where the source documents name the entities (the seed finds the mentions; this reads them). */
export class MentionService {
  constructor(
    private readonly mentionLoaders: MentionLoaders,
    private readonly loaders: Loaders,
  ) {}

  /** Every mention of the entity, by document and offset. */
  async ofEntity(entityId: string): Promise<Mention[]> {
    const records = await this.mentionLoaders.ofEntity.load(entityId);
    const documentIds = [...new Set(records.map((record) => record.documentId))];
    const documents = await this.loaders.documentById.loadMany(documentIds);
    const texts = new Map<string, string>();
    documents.forEach((document, index) => {
      // A mention whose document is gone means the graph is inconsistent: fail loudly.
      if (!document || document instanceof Error) throw new Error(`Document ${documentIds[index]} of a mention is missing`);
      texts.set(document.id, document.text);
    });
    return records.map((record) => toMention(record, texts.get(record.documentId)!));
  }

  /** Every mention in the document, by offset. */
  async inDocument(document: DocumentRecord): Promise<Mention[]> {
    // The mentions' `document` fields then need no second read.
    this.loaders.documentById.prime(document.id, document);
    const records = await this.mentionLoaders.inDocument.load(document.id);
    return records.map((record) => toMention(record, document.text));
  }
}

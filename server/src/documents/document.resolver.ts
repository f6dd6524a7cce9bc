import { Arg, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { SourceDocument } from '../graphql/document.type';
import type { MentionService } from '../search/mention.service';
import { Mention } from '../search/mention.type';
import type { DocumentService } from './document.service';

@Resolver(() => SourceDocument)
export class DocumentResolver {
  constructor(
    private readonly documentService: DocumentService,
    private readonly mentionService: MentionService,
  ) {}

  @Query(() => [SourceDocument], { description: 'The five source documents.' })
  documents(): Promise<SourceDocument[]> {
    return this.documentService.all();
  }

  @Query(() => SourceDocument, { nullable: true, description: 'A source document by id; null when there is none.' })
  document(
    @Arg('id', () => ID, { description: 'The document id, e.g. "002_dedaa8bfc38399d5".' }) id: string,
  ): Promise<SourceDocument | null> {
    return this.documentService.find(id);
  }

  @FieldResolver(() => [Mention], {
    description: 'Where it names entities of the graph (by names, aliases and inflected forms), in text order.',
  })
  mentions(@Root() document: SourceDocument): Promise<Mention[]> {
    return this.mentionService.inDocument(document);
  }
}

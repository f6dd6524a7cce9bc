import { Arg, ID, Query, Resolver } from 'type-graphql';
import { SourceDocument } from '../graphql/document.type';
import type { DocumentService } from './document.service';

@Resolver(() => SourceDocument)
export class DocumentResolver {
  constructor(private readonly documentService: DocumentService) {}

  @Query(() => [SourceDocument], { description: 'The five source documents.' })
  documents(): Promise<SourceDocument[]> {
    return this.documentService.all();
  }

  @Query(() => SourceDocument, { nullable: true, description: 'A source document by id; null when there is none.' })
  document(@Arg('id', () => ID) id: string): Promise<SourceDocument | null> {
    return this.documentService.find(id);
  }
}

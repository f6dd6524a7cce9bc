import { FieldResolver, Resolver, Root } from 'type-graphql';
import type { DocumentService } from '../documents/document.service';
import { SourceDocument } from '../graphql/document.type';
import { Node } from '../graphql/node.type';
import type { InstitutionService } from '../institutions/institution.service';
import { Mention } from './mention.type';

@Resolver(() => Mention)
export class MentionResolver {
  constructor(
    private readonly documents: DocumentService,
    private readonly institutions: InstitutionService,
  ) {}

  @FieldResolver(() => SourceDocument, { description: 'The document that names the entity.' })
  async document(@Root() mention: Mention): Promise<SourceDocument> {
    return (await this.documents.find(mention.documentId))!;
  }

  @FieldResolver(() => Node, { description: 'The entity named.' })
  async entity(@Root() mention: Mention): Promise<Node> {
    return (await this.institutions.find(mention.entityId))!;
  }
}

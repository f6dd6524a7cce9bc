import { Arg, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { passageAround } from '../documents/passage';
import type { DocumentService } from '../documents/document.service';
import { SourceDocument } from '../graphql/document.type';
import { Node } from '../graphql/node.type';
import { LegalBasis, Relation, Source } from '../graphql/relation.type';
import type { InstitutionService } from '../institutions/institution.service';

@Resolver(() => Relation)
export class RelationResolver {
  constructor(private readonly institutions: InstitutionService) {}

  @Query(() => Relation, { nullable: true, description: 'A relation by id; null when there is none.' })
  relation(@Arg('id', () => ID, { description: 'The relation id.' }) id: string): Promise<Relation | null> {
    return this.institutions.findRelation(id);
  }

  @FieldResolver(() => Node, { description: 'Where the relation starts (the one who appoints, reports, ...).' })
  async from(@Root() relation: Relation): Promise<Node> {
    return (await this.institutions.find(relation.fromId))!;
  }

  @FieldResolver(() => Node, { description: 'Where the relation ends (the one appointed, reported to, ...).' })
  async to(@Root() relation: Relation): Promise<Node> {
    return (await this.institutions.find(relation.toId))!;
  }

  @FieldResolver(() => [Node], { description: 'For an appointment: whose consent it needs.' })
  consentOf(@Root() relation: Relation): Promise<Node[]> {
    return this.institutions.findMany(relation.consentOfIds);
  }

  @FieldResolver(() => [Node], { description: 'For an appointment or dismissal: on whose nomination.' })
  nominatedBy(@Root() relation: Relation): Promise<Node[]> {
    return this.institutions.findMany(relation.nominatedByIds);
  }

  @FieldResolver(() => [Node], { description: "For an appointment: on whose recommendation (e.g. the Supreme Judicial Council's)." })
  recommendedBy(@Root() relation: Relation): Promise<Node[]> {
    return this.institutions.findMany(relation.recommendedByIds);
  }
}

@ObjectType({ description: 'A stretch of a source document around a quote.' })
export class Passage {
  @Field(() => String, { description: 'The text, as the document writes it.' }) text!: string;
  @Field(() => Int, { description: "Offset of the passage in the document text; the quote lies at the source's start and end." })
  start!: number;
}

@Resolver(() => Source)
export class SourceResolver {
  constructor(
    private readonly documents: DocumentService,
    private readonly institutions: InstitutionService,
  ) {}

  @FieldResolver(() => SourceDocument, { nullable: true, description: 'PASSAGE: the document quoted.' })
  document(@Root() source: Source): Promise<SourceDocument | null> | null {
    return source.documentId ? this.documents.find(source.documentId) : null;
  }

  @FieldResolver(() => Node, { nullable: true, description: 'LEGAL_BASIS: the legal act.' })
  act(@Root() source: Source): Promise<Node | null> | null {
    return source.actId ? this.institutions.find(source.actId) : null;
  }

  @FieldResolver(() => Passage, {
    nullable: true,
    description: 'PASSAGE: the sentence around the quote, as the document writes it, to read the quote in its context.',
  })
  async passage(@Root() source: Source): Promise<Passage | null> {
    if (!source.documentId || source.start === null || source.end === null) return null;
    const document = await this.documents.find(source.documentId);
    if (!document) return null;
    const text = passageAround(document.text, source.start, source.end);
    return Object.assign(new Passage(), { text, start: document.text.lastIndexOf(text, source.start) });
  }
}

@Resolver(() => LegalBasis)
export class LegalBasisResolver {
  constructor(private readonly institutions: InstitutionService) {}

  @FieldResolver(() => Node, { description: 'The legal act.' })
  async act(@Root() basis: LegalBasis): Promise<Node> {
    return (await this.institutions.find(basis.actId))!;
  }
}

import { Arg, Field, ID, ObjectType } from 'type-graphql';
import type { DocumentRecord } from '../graph/graph.records';
import { Lang } from './lang';

@ObjectType('Document', { description: 'One of the five source documents the graph is built from.' })
export class SourceDocument implements DocumentRecord {
  @Field(() => ID, { description: 'The file name without ".txt", e.g. "002_dedaa8bfc38399d5".' }) id!: string;
  @Field(() => Lang, { description: 'The language the document is written in.' }) language!: Lang;

  @Field(() => String)
  title(@Arg('lang', () => Lang, { defaultValue: Lang.EN }) lang: Lang): string {
    return this.titles[lang];
  }

  @Field(() => String, { description: 'The full text, as the source has it.' }) text!: string;
  titles!: DocumentRecord['titles'];
}

export function toDocument(record: DocumentRecord): SourceDocument {
  return Object.assign(new SourceDocument(), record);
}

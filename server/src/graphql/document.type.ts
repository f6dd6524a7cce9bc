import { Ctx, Field, ID, ObjectType } from 'type-graphql';
import type { DocumentRecord } from '../graph/graph.records';
import { chosenLang, Lang, LangArg, type LangContext } from './lang';

@ObjectType('Document', { description: 'One of the five source documents the graph is built from.' })
export class SourceDocument implements DocumentRecord {
  @Field(() => ID, { description: 'The file name without ".txt", e.g. "002_dedaa8bfc38399d5".' }) id!: string;
  @Field(() => Lang, { description: 'The language the document is written in.' }) language!: Lang;

  @Field(() => String, { description: 'The title in the asked language.' })
  title(@LangArg() lang: Lang | undefined, @Ctx() context: LangContext): string {
    return this.titles[chosenLang(lang, context)];
  }

  @Field(() => String, { description: 'The full text, as the source has it.' }) text!: string;
  titles!: DocumentRecord['titles'];
}

export function toDocument(record: DocumentRecord): SourceDocument {
  return Object.assign(new SourceDocument(), record);
}

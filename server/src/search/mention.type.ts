import { Field, Int, ObjectType } from 'type-graphql';
import type { MentionRecord } from '../graph/graph.repository';

@ObjectType({ description: 'A place where a source document names an entity, by a name, an alias or an inflected form of one.' })
export class Mention implements MentionRecord {
  @Field(() => Int, { description: 'Offset of the first character in the document text (UTF-16 code units, as JavaScript strings count).' })
  start!: number;

  @Field(() => Int, { description: 'Offset just past the last character: `text` is `document.text.slice(start, end)`.' })
  end!: number;

  @Field(() => String, { description: 'The words as the document writes them.' })
  text!: string;

  @Field(() => String, {
    description:
      'The sentence around the mention, or about 200 characters of it when the sentence is longer; a verbatim slice of the document text.',
  })
  passage!: string;

  documentId!: string;
  entityId!: string;
}

import { Field, Float, ObjectType } from 'type-graphql';
import { Node } from '../graphql/node.type';

@ObjectType({ description: 'An entity found by `search`, with the name or alias that matched and how well.' })
export class SearchHit {
  @Field(() => Node, { description: 'The entity found.' })
  node!: Node;

  @Field(() => Float, {
    description:
      'How well it matched, higher is better: 3 and up when the query is the whole name or alias (also in another case form, "Сенаттың" for "Сенат"), 2 and up when it is its start, 1 and up when it is inside it; the fraction rewards covering more of the name, names over aliases, and the asked language.',
  })
  score!: number;

  @Field(() => String, { description: 'The name or alias that matched, in its original spelling and language.' })
  matched!: string;
}

import { Ctx, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { relationshipType, REMOVALS, type Removal as RemovalMeans } from '../../../ontology/src';
import { RelationType } from '../graphql/kinds';
import { chosenLang, Lang, LangArg, type LangContext } from '../graphql/lang';
import { Branch, Node } from '../graphql/node.type';
import { Relation } from '../graphql/relation.type';
import { DateScalar } from '../graphql/scalars';

@ObjectType({ description: 'One relation on a path, and which way the path crosses it.' })
export class PathStep {
  @Field(() => Relation, { description: 'The relation this step goes through.' })
  relation!: Relation;

  @Field(() => Boolean, {
    description:
      'True when the relation points along the path (from the entity this step leaves to the one it reaches); false when the path crosses it against its direction.',
  })
  forward!: boolean;
}

@ObjectType({ description: 'A shortest chain of relations between two entities, whichever way each relation points.' })
export class GraphPath {
  @Field(() => Int, { description: 'The number of steps (relations) on the path.' })
  length!: number;

  @Field(() => [PathStep], { description: 'The steps from the first entity to the second, in order.' })
  steps!: PathStep[];

  @Field(() => [String], {
    description:
      'One sentence per step, in the asked language, telling what the relation means in its own direction, e.g. "The Senate consents to the appointment of the Prosecutor General."',
  })
  explanation(@LangArg() lang: Lang | undefined, @Ctx() context: LangContext): string[] {
    return this.explain(chosenLang(lang, context));
  }

  /** Writes the sentences in a language: only the language asked, and only when asked. */
  explain!: (lang: Lang) => string[];
}

@ObjectType({ description: 'The relations of one type that run from the members of one branch to the members of another, as of a date.' })
export class BranchLink {
  @Field(() => Branch, { description: 'The branch (or power centre) the relations start from.' })
  from!: Branch;

  @Field(() => Branch, { description: 'The branch (or power centre) the relations point to.' })
  to!: Branch;

  @Field(() => RelationType, { description: 'The type the relations share.' })
  type!: string;

  @Field(() => Int, { description: 'How many relations there are.' })
  count!: number;

  @Field(() => [Relation], { description: 'The relations themselves, by id.' })
  relations!: Relation[];
}

/** How a removal ends (or opens the way to ending) a tenure: kinds.yaml's `removal` values, as enum values. */
export const RemovalKind = Object.fromEntries(REMOVALS.map((removal) => [relationshipType(removal), relationshipType(removal)])) as {
  [R in RemovalMeans as Uppercase<SnakeCase<R>>]: Uppercase<SnakeCase<R>>;
};
export type RemovalKind = (typeof RemovalKind)[keyof typeof RemovalKind];
type SnakeCase<T extends string> = T extends `${infer Head}-${infer Tail}` ? `${Head}_${SnakeCase<Tail>}` : T;

/** `no-confidence` → `NO_CONFIDENCE`. */
export const removalKind = (removal: RemovalMeans) => relationshipType(removal) as RemovalKind;

registerEnumType(RemovalKind, {
  name: 'RemovalKind',
  description: 'The legal means by which a tenure or a body can be ended.',
  valuesConfig: {
    DISMISSAL: { description: 'Dismissal (освобождение от должности): the holder of the power releases the official or body from office.' },
    NO_CONFIDENCE: {
      description:
        'A vote of no confidence (выражение недоверия): the body may pass it, and it obliges the Government (or the official) to offer its resignation.',
    },
    DISSOLUTION: {
      description: "Dissolution (роспуск): the body's powers end before its term runs out; for an elected body, early elections follow.",
    },
    IMMUNITY_LIFTED: {
      description:
        'Lifting of immunity (согласие на лишение неприкосновенности): without this consent the official may not be arrested or prosecuted; it does not remove anyone by itself, but allows a prosecution that may end the tenure.',
    },
  },
});

@ObjectType({ description: 'Someone who can end the tenure or the existence of an office or body, and by what means.' })
export class Removal {
  @Field(() => Node, { description: 'Who holds the power.' })
  by!: Node;

  @Field(() => RemovalKind, { description: 'By what legal means: dismissal, vote of no confidence, dissolution, or lifting of immunity.' })
  kind!: RemovalKind;

  @Field(() => Relation, { description: 'The relation that grants the power, with its sources and legal basis.' })
  relation!: Relation;
}

@ObjectType({
  description:
    'A relation whose holder, target and type stayed the same between two dates, but that holds through a different relation (new terms, consent, legal basis).',
})
export class RelationChange {
  @Field(() => Relation, { description: 'The relation as it held on the first date.' })
  before!: Relation;

  @Field(() => Relation, { description: 'The relation as it holds on the second date.' })
  after!: Relation;
}

@ObjectType({ description: 'What the graph gained, lost and changed between two dates.' })
export class Comparison {
  @Field(() => DateScalar, { description: 'The first date.' })
  from!: string;

  @Field(() => DateScalar, { description: 'The second date.' })
  to!: string;

  @Field(() => [Node], { description: 'Entities that exist on the second date but not on the first.' })
  addedEntities!: Node[];

  @Field(() => [Node], { description: 'Entities that exist on the first date but not on the second.' })
  removedEntities!: Node[];

  @Field(() => [Relation], {
    description: 'Relations valid on the second date but not on the first, except those listed in changedRelations.',
  })
  addedRelations!: Relation[];

  @Field(() => [Relation], {
    description: 'Relations valid on the first date but not on the second, except those listed in changedRelations.',
  })
  removedRelations!: Relation[];

  @Field(() => [RelationChange], {
    description:
      'The same holder, target and type on both dates, through different relations: e.g. the President appoints the Prime Minister with the consent of the Mazhilis in 2010, of the Kurultai in 2026.',
  })
  changedRelations!: RelationChange[];
}

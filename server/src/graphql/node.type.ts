import { Ctx, Field, ID, InterfaceType, ObjectType } from 'type-graphql';
import type { EntityRecord } from '../graph/graph.records';
import { EntityKind } from './kinds';
import { chosenLang, inLanguage, Lang, LangArg, type LangContext } from './lang';
import { Source, toSources } from './relation.type';
import { DateScalar } from './scalars';

@ObjectType({ description: 'A name in Kazakh, Russian and English.' })
export class Names {
  @Field(() => String, { description: 'In Kazakh (Cyrillic).' }) kk!: string;
  @Field(() => String, { description: 'In Russian.' }) ru!: string;
  @Field(() => String, { description: 'In English.' }) en!: string;
}

@ObjectType({ description: 'Other names by which the sources and people refer to an entity.' })
export class Aliases {
  @Field(() => [String], { description: 'Kazakh forms, inflected ones included.' }) kk!: string[];
  @Field(() => [String], { description: 'Russian forms.' }) ru!: string[];
  @Field(() => [String], { description: 'English forms.' }) en!: string[];
}

@InterfaceType('Node', { description: 'Anything in the graph: an institution, an office, a branch, a legal act.' })
export abstract class Node implements EntityRecord {
  @Field(() => ID, { description: 'Stable kebab-case English id, e.g. "prosecutor-general".' })
  id!: string;

  @Field(() => EntityKind, { description: 'What kind of thing it is: office, state body, court, branch, legal act, ...' })
  kind!: string;

  @Field(() => Names, { description: 'Its name in Kazakh, Russian and English.' })
  names!: Names;

  @Field(() => String, { description: 'The name in the asked language.' })
  name(@LangArg() lang: Lang | undefined, @Ctx() context: LangContext): string {
    return this.names[chosenLang(lang, context)];
  }

  @Field(() => DateScalar, { description: 'The first day it existed.' })
  validFrom!: string;

  @Field(() => DateScalar, { nullable: true, description: 'The last day it existed; null while it exists.' })
  validTo!: string | null;

  @Field(() => String, { nullable: true, description: 'The description in the asked language (falls back to another).' })
  description(@LangArg() lang: Lang | undefined, @Ctx() context: LangContext): string | null {
    return inLanguage(this.descriptions, chosenLang(lang, context));
  }

  @Field(() => Aliases, { description: 'Other names, and the inflected forms the sources use.' })
  aliases!: Aliases;

  @Field(() => String, { nullable: true, description: "Editors' notes: what is uncertain, what was left out." })
  notes!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'For a legal act: the address of its official text (Adilet for the Constitutions); null for other kinds and where unknown.',
  })
  officialText!: string | null;

  @Field(() => [Source], { name: 'sources', description: 'Where the sources speak of it.' })
  sourceList(): Source[] {
    return toSources(this.sources);
  }

  branchId!: string | null;
  level!: EntityRecord['level'];
  descriptions!: EntityRecord['descriptions'];
  sources!: EntityRecord['sources'];
}

@ObjectType({ implements: Node, description: 'An institution, office, state body, court or legal act.' })
export class Institution extends Node {
  @Field(() => String, { nullable: true, description: 'national, regional or district, where it applies.' })
  declare level: EntityRecord['level'];
}

@ObjectType({ implements: Node, description: 'A branch of power, or a power centre outside the three branches.' })
export class Branch extends Node {}

/** Wraps a stored entity in the GraphQL type its kind calls for. */
export function toNode(record: EntityRecord): Node {
  return Object.assign(record.kind === 'branch' ? new Branch() : new Institution(), record);
}

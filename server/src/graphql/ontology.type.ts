import { Field, ID, ObjectType } from 'type-graphql';
import { relationshipType } from '../../../ontology/src';
import { ontologyKinds } from './kinds';
import { Names } from './node.type';

@ObjectType({ description: 'A kind of entity, with its colour in the explorer.' })
export class EntityKindInfo {
  @Field(() => ID, { description: 'The kind id in the ontology, e.g. "legal-act".' }) id!: string;
  @Field(() => String, { description: 'The EntityKind enum value.' }) value!: string;
  @Field(() => Names, { description: 'Its name in three languages.' }) names!: Names;
  @Field(() => String, { description: 'Its colour in the explorer, as #rrggbb.' }) color!: string;
  @Field(() => String, { description: 'Its node shape in the explorer (ellipse, diamond, ...), so kinds differ without colour.' })
  shape!: string;
  @Field(() => Boolean, {
    description:
      "Whether checks between branches bear on its entities (the living state's offices, bodies and courts): `uncheckedBodies` looks among them.",
  })
  checkable!: boolean;
  @Field(() => Boolean, { description: 'Whether its entities belong to the past (historical bodies, events): the explorer can hide them.' })
  historical!: boolean;
}

@ObjectType({ description: 'A kind of relation, with the kinds it connects and how the explorer draws it.' })
export class RelationKindInfo {
  @Field(() => ID, { description: 'The kind id in the ontology, such as reports-to.' }) id!: string;
  @Field(() => String, { description: 'The RelationType enum value.' }) value!: string;
  @Field(() => Names, { description: 'Its name in three languages.' }) names!: Names;
  @Field(() => [String], { description: 'Entity kinds it may start at.' }) from!: string[];
  @Field(() => [String], { description: 'Entity kinds it may end at.' }) to!: string[];
  @Field(() => String, { description: 'Its colour in the explorer, as #rrggbb.' }) color!: string;
  @Field(() => String, { description: 'solid, dashed or dotted.' }) lineStyle!: string;
  @Field(() => Boolean, { description: 'Whether it counts as a check of one entity by another (`checksAndBalances`, `uncheckedBodies`).' })
  check!: boolean;
  @Field(() => Boolean, { description: 'Whether it puts someone in a post (`whoAppoints`, `appointees`).' })
  appointment!: boolean;
}

@ObjectType({ description: 'The ontology: the kinds of entities and relations, and the version of the graph.' })
export class OntologyInfo {
  @Field(() => [EntityKindInfo], { description: 'The kinds of entities.' }) entityKinds!: EntityKindInfo[];
  @Field(() => [RelationKindInfo], { description: 'The kinds of relations.' }) relationKinds!: RelationKindInfo[];
  @Field(() => [ID], {
    description:
      "The branches' ids from the centre out: the order the explorer's concentric layout rings them in, the head of state first.",
  })
  branchOrder!: string[];
  @Field(() => String, { nullable: true, description: 'A hash of the seeded ontology; changes with every reseed that changes data.' })
  graphVersion!: string | null;
}

/**
 * The kinds as the API describes them: what the `ontology` query answers, and what a
 * self-contained embedded view carries in place of asking it.
 */
export function describeKinds(): Omit<OntologyInfo, 'graphVersion'> {
  return {
    entityKinds: ontologyKinds.entityKinds.map((kind) => ({
      id: kind.id,
      value: relationshipType(kind.id),
      names: kind.names,
      color: kind.color,
      shape: kind.shape,
      checkable: kind.checkable === true,
      historical: kind.historical === true,
    })),
    relationKinds: ontologyKinds.relationKinds.map((kind) => ({
      id: kind.id,
      value: relationshipType(kind.id),
      names: kind.names,
      from: kind.from,
      to: kind.to,
      color: kind.color,
      lineStyle: kind.lineStyle,
      check: kind.check === true,
      appointment: kind.appointment === true,
    })),
    branchOrder: ontologyKinds.branchOrder,
  };
}

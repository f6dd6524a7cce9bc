import { Field, ID, ObjectType } from 'type-graphql';
import { Names } from './node.type';

@ObjectType({ description: 'A kind of entity, with its colour in the explorer.' })
export class EntityKindInfo {
  @Field(() => ID, { description: 'The kind id in the ontology, e.g. "legal-act".' }) id!: string;
  @Field(() => String, { description: 'The EntityKind enum value.' }) value!: string;
  @Field(() => Names, { description: 'Its name in three languages.' }) names!: Names;
  @Field(() => String, { description: 'Its colour in the explorer, as #rrggbb.' }) color!: string;
  @Field(() => String, { description: 'Its node shape in the explorer (ellipse, diamond, ...), so kinds differ without colour.' }) shape!: string;
}

@ObjectType({ description: 'A kind of relation, with the kinds it connects and how the explorer draws it.' })
export class RelationKindInfo {
  @Field(() => ID, { description: 'The kind id in the ontology, e.g. "reports-to".' }) id!: string;
  @Field(() => String, { description: 'The RelationType enum value.' }) value!: string;
  @Field(() => Names, { description: 'Its name in three languages.' }) names!: Names;
  @Field(() => [String], { description: 'Entity kinds it may start at.' }) from!: string[];
  @Field(() => [String], { description: 'Entity kinds it may end at.' }) to!: string[];
  @Field(() => String, { description: 'Its colour in the explorer, as #rrggbb.' }) color!: string;
  @Field(() => String, { description: 'solid, dashed or dotted.' }) lineStyle!: string;
}

@ObjectType({ description: 'The ontology: the kinds of entities and relations, and the version of the graph.' })
export class OntologyInfo {
  @Field(() => [EntityKindInfo], { description: 'The kinds of entities.' }) entityKinds!: EntityKindInfo[];
  @Field(() => [RelationKindInfo], { description: 'The kinds of relations.' }) relationKinds!: RelationKindInfo[];
  @Field(() => String, { nullable: true, description: 'A hash of the seeded ontology; changes with every reseed that changes data.' })
  graphVersion!: string | null;
}

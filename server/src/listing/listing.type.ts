import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../graphql/connection.type';
import { EntityKind, RelationType } from '../graphql/kinds';
import { Institution } from '../graphql/node.type';
import { Relation } from '../graphql/relation.type';
import { DateScalar } from '../graphql/scalars';

@InputType({ description: 'Which institutions to list.' })
export class InstitutionFilter {
  @Field(() => [EntityKind], { nullable: true, description: 'Only these kinds (office, state body, court, legal act, ...).' })
  kinds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Only those in these branches (ids such as "judicial", "prosecutorial").' })
  branches?: string[];

  @Field(() => String, { nullable: true, description: 'Only those whose name or alias, in any language, contains this text.' })
  text?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Only those existing on this date; today when omitted.' })
  asOf?: string;
}

@InputType({ description: 'Which relations to list.' })
export class RelationFilter {
  @Field(() => [RelationType], { nullable: true, description: 'Only these types; all when omitted.' })
  types?: string[];

  @Field(() => ID, { nullable: true, description: 'Only relations starting at this entity.' })
  from?: string;

  @Field(() => ID, { nullable: true, description: 'Only relations ending at this entity.' })
  to?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Only relations valid on this date; today when omitted.' })
  asOf?: string;

  @Field(() => Boolean, { nullable: true, description: 'List the relations of every period instead of one date (asOf is then ignored).' })
  allPeriods?: boolean;
}

@ObjectType({ description: 'An institution in a page, with its cursor.' })
export class InstitutionEdge {
  @Field(() => Institution, { description: 'The institution.' }) node!: Institution;
  @Field(() => String, { description: 'Pass it as `after` to continue after this item.' }) cursor!: string;
}

@ObjectType({ description: 'A page of institutions.' })
export class InstitutionConnection {
  @Field(() => [Institution], { description: 'The institutions of this page.' }) nodes!: Institution[];
  @Field(() => [InstitutionEdge], { description: 'The institutions of this page with their cursors.' }) edges!: InstitutionEdge[];
  @Field(() => PageInfo, { description: 'Whether more pages follow, and where this one ends.' }) pageInfo!: PageInfo;
  @Field(() => Int, { description: 'How many institutions match, over all pages.' }) totalCount!: number;
}

@ObjectType({ description: 'A relation in a page, with its cursor.' })
export class RelationEdge {
  @Field(() => Relation, { description: 'The relation.' }) node!: Relation;
  @Field(() => String, { description: 'Pass it as `after` to continue after this item.' }) cursor!: string;
}

@ObjectType({ description: 'A page of relations.' })
export class RelationConnection {
  @Field(() => [Relation], { description: 'The relations of this page.' }) nodes!: Relation[];
  @Field(() => [RelationEdge], { description: 'The relations of this page with their cursors.' }) edges!: RelationEdge[];
  @Field(() => PageInfo, { description: 'Whether more pages follow, and where this one ends.' }) pageInfo!: PageInfo;
  @Field(() => Int, { description: 'How many relations match, over all pages.' }) totalCount!: number;
}

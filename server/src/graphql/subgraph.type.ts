import { Field, InputType, ObjectType } from 'type-graphql';
import { Lang } from './lang';
import { Node } from './node.type';
import { Relation } from './relation.type';
import { DateScalar, JSONScalar } from './scalars';
import { RelationType } from './kinds';

@InputType({ description: 'Which part of the graph to return.' })
export class GraphFilter {
  @Field(() => DateScalar, { nullable: true, description: 'As of this date; today when omitted.' })
  asOf?: string;

  @Field(() => [RelationType], { nullable: true, description: 'Only these relation types; all when omitted.' })
  types?: string[];

  @Field(() => Lang, { nullable: true, description: "Language of the labels in `elements`; without it, the request's Accept-Language decides, then English." })
  lang?: Lang;
}

@ObjectType({ description: 'A part of the graph: its nodes, its relations, and both as Cytoscape.js elements.' })
export class Subgraph {
  @Field(() => DateScalar, { description: 'The date the subgraph is valid on.' }) asOf!: string;
  @Field(() => [Node], { description: 'The entities in it.' }) nodes!: Node[];
  @Field(() => [Relation], { description: 'The relations among them.' }) relations!: Relation[];
  @Field(() => JSONScalar, { description: 'Ready for `cytoscape({ elements })`: `{ nodes: [{ data }], edges: [{ data }] }`.' })
  elements!: unknown;
}

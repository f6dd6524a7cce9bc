import { Field, Float, ID, InputType, ObjectType } from 'type-graphql';
import { Lang } from './lang';
import { Node } from './node.type';
import { Relation } from './relation.type';
import { DateScalar, JSONScalar } from './scalars';
import { RelationType } from './kinds';
import type { CytoscapeElements } from '../graph/elements';
import type { DrawnEntity } from '../graph/graph.records';

@InputType({ description: 'Which part of the graph to return.' })
export class GraphFilter {
  @Field(() => DateScalar, { nullable: true, description: 'As of this date; today when omitted.' })
  asOf?: string;

  @Field(() => [RelationType], { nullable: true, description: 'Only these relation types; all when omitted.' })
  types?: string[];

  @Field(() => Lang, {
    nullable: true,
    description: "Language of the labels in `elements`; without it, the request's Accept-Language decides, then English.",
  })
  lang?: Lang;

  @Field(() => String, {
    nullable: true,
    description:
      'A published graph version (see `graphVersions`): the graph as that version held it, so that a view pinned to it shows the same data after later updates. The current graph when omitted. Only `asOf`, `elements` and the plain fields of `nodes` and `relations` come from the version; nested fields resolve against the current graph.',
  })
  version?: string;
}

@ObjectType({ description: 'A version of the graph that a seed published; the server keeps every one.' })
export class GraphRelease {
  @Field(() => String, { description: 'The version id (a hash of the data).' }) version!: string;
  @Field(() => String, { description: 'When it was first seeded (ISO 8601).' }) publishedAt!: string;
  @Field(() => Boolean, { description: 'Whether it is the graph the API answers from by default.' }) current!: boolean;
}

@ObjectType({
  description: 'Where an entity sits in the force-directed layout: the middle of its shape, in Cytoscape.js model coordinates.',
})
export class NodePosition {
  @Field(() => ID, { description: 'The entity (a node of `elements`).' }) id!: string;
  @Field(() => Float, { description: 'Left to right, in pixels at 1:1 zoom.' }) x!: number;
  @Field(() => Float, { description: 'Top to bottom, in pixels at 1:1 zoom.' }) y!: number;
}

@ObjectType({ description: 'A part of the graph: its nodes, its relations, and both as Cytoscape.js elements.' })
export class Subgraph {
  @Field(() => DateScalar, { description: 'The date the subgraph is valid on.' }) asOf!: string;
  @Field(() => [Node], { description: 'The entities in it.' }) nodes!: Node[];
  @Field(() => [Relation], { description: 'The relations among them.' }) relations!: Relation[];
  @Field(() => String, { nullable: true, description: 'The graph version it was read from (`graph` sets it).' }) version?: string | null;
  @Field(() => Boolean, {
    description:
      "Whether entities were left out: `neighborhood` returns at most the server's maxNeighborhoodNodes (200 by default; the project's whole graph has fewer), the nearest first, with the relations among them. Which of the equally near are kept is not specified. Always false for `graph`.",
  })
  truncated!: boolean;
  @Field(() => JSONScalar, { description: 'Ready for `cytoscape({ elements })`: `{ nodes: [{ data }], edges: [{ data }] }`.' })
  elements!: CytoscapeElements;
  /** Not in the schema: the entities drawn, for `positions` (their names give the labels their room). */
  drawnEntities!: readonly DrawnEntity[];
}

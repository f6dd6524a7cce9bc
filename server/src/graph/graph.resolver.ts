import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { LangContext } from '../graphql/lang';
import { ontologyKinds } from '../graphql/kinds';
import { OntologyInfo } from '../graphql/ontology.type';
import { GraphFilter, Subgraph } from '../graphql/subgraph.type';
import { relationshipType } from '../../../ontology/src';
import type { GraphService } from './graph.service';

@Resolver()
export class GraphResolver {
  constructor(private readonly graphs: GraphService) {}

  @Query(() => Subgraph, { description: 'The graph as of a date (today when omitted), also as Cytoscape.js elements.' })
  graph(@Ctx() context: LangContext, @Arg('filter', () => GraphFilter, { nullable: true, description: 'Which part of the graph, as of when, labelled in which language.' }) filter?: GraphFilter): Promise<Subgraph> {
    return this.graphs.graph({ asOf: filter?.asOf, types: filter?.types, lang: filter?.lang ?? context.lang });
  }

  @Query(() => OntologyInfo, { description: 'The kinds of entities and relations, their names and colours, and the graph version.' })
  async ontology(): Promise<OntologyInfo> {
    return {
      entityKinds: ontologyKinds.entityKinds.map((kind) => ({ ...kind, value: relationshipType(kind.id) })),
      relationKinds: ontologyKinds.relationKinds.map((kind) => ({ ...kind, value: relationshipType(kind.id) })),
      graphVersion: await this.graphs.graphVersion(),
    };
  }
}

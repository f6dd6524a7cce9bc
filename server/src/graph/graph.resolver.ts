import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Query, Resolver } from 'type-graphql';
import type { LangContext } from '../graphql/lang';
import { asksForAny } from '../graphql/selection';
import { describeKinds, OntologyInfo } from '../graphql/ontology.type';
import { GraphFilter, GraphRelease, Subgraph } from '../graphql/subgraph.type';
import type { GraphService } from './graph.service';

@Resolver()
export class GraphResolver {
  constructor(private readonly graphs: GraphService) {}

  @Query(() => Subgraph, { description: 'The graph as of a date (today when omitted), also as Cytoscape.js elements.' })
  graph(
    @Ctx() context: LangContext,
    @Arg('filter', () => GraphFilter, { nullable: true, description: 'Which part of the graph, as of when, labelled in which language.' })
    filter: GraphFilter | undefined,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Subgraph> {
    return this.graphs.graph({
      asOf: filter?.asOf,
      types: filter?.types,
      lang: filter?.lang ?? context.lang,
      version: filter?.version ?? undefined,
      drawingOnly: !asksForAny(info, ['nodes', 'relations']),
    });
  }

  @Query(() => [GraphRelease], {
    description: 'Every published version of the graph, newest first; pin a view to one with `graph(filter: { version })`.',
  })
  async graphVersions(): Promise<GraphRelease[]> {
    const [releases, current] = await Promise.all([this.graphs.releases(), this.graphs.graphVersion()]);
    return releases.map((release) => ({ ...release, current: release.version === current }));
  }

  @Query(() => OntologyInfo, { description: 'The kinds of entities and relations, their names and colours, and the graph version.' })
  async ontology(): Promise<OntologyInfo> {
    return {
      ...describeKinds(),
      graphVersion: await this.graphs.graphVersion(),
    };
  }
}

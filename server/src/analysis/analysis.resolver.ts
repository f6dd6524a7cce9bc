import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Int, Query, Resolver } from 'type-graphql';
import { relationshipType } from '../../../ontology/src';
import { ontologyMeanings, RelationType } from '../graphql/kinds';
import type { LangContext } from '../graphql/lang';
import { Node } from '../graphql/node.type';
import { DateScalar } from '../graphql/scalars';
import { readingFor } from '../graphql/selection';
import { Subgraph } from '../graphql/subgraph.type';
import type { AnalysisService } from './analysis.service';
import { BranchLink, Comparison, GraphPath, Removal } from './analysis.type';

const AS_OF = { nullable: true, description: 'As of this date; today (in Almaty) when omitted.' } as const;
const TYPES = { nullable: true, description: 'Only relations of these types; all when omitted.' } as const;

@Resolver()
export class AnalysisResolver {
  constructor(private readonly analysis: AnalysisService) {}

  @Query(() => [GraphPath], {
    description:
      'How two entities are connected: every shortest chain of relations between them (each relation may be crossed either way; `forward` tells which), through relations and entities valid on `asOf`. Empty when none is at most `maxLength` long. At most `maxPageSize` (200 by default) paths.',
  })
  path(
    @Info() info: GraphQLResolveInfo,
    @Arg('from', () => ID, { description: 'Where the path starts, e.g. "senate".' }) from: string,
    @Arg('to', () => ID, { description: 'Where the path ends, e.g. "district-prosecutor".' }) to: string,
    @Arg('types', () => [RelationType], TYPES) types?: string[],
    @Arg('maxLength', () => Int, {
      nullable: true,
      description: "The longest path to look for, from 1 to the server's maxPathLength (6 by default), which is also the default.",
    })
    maxLength?: number,
    @Arg('asOf', () => DateScalar, AS_OF) asOf?: string,
  ): Promise<GraphPath[]> {
    return this.analysis.path(from, to, { types, maxLength, asOf, reading: readingFor(info) });
  }

  @Query(() => Subgraph, {
    description:
      "What surrounds an entity: the entities at most `depth` relations away (either direction) and all the relations among them, valid on `asOf`; `elements` are labelled in the request's Accept-Language. Empty when the entity does not exist on that date. At most the server's maxNeighborhoodNodes entities (200 by default, more than the project's whole graph holds), the nearest first: `truncated` says when some were left out, as around a hub in a large graph.",
  })
  neighborhood(
    @Ctx() context: LangContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('id', () => ID, { description: 'The entity at the centre, e.g. "prosecutor-general".' }) id: string,
    @Arg('depth', () => Int, {
      nullable: true,
      description: "How many relations away, from 1 (the default) to the server's maxNeighborhoodDepth (3 by default).",
    })
    depth?: number,
    @Arg('types', () => [RelationType], { nullable: true, description: 'Only walk and return relations of these types; all when omitted.' })
    types?: string[],
    @Arg('asOf', () => DateScalar, AS_OF) asOf?: string,
  ): Promise<Subgraph> {
    return this.analysis.neighborhood(id, { depth, types, asOf, reading: readingFor(info) }, context.lang);
  }

  @Query(() => [BranchLink], {
    description:
      'Checks and balances as of `asOf`: for each pair of different branches (or power centres) and each relation type, the relations from a member of the one to a member of the other, the most numerous first. Entities without a branch (acts, the electorate, some bodies) are left out.',
  })
  checksAndBalances(@Arg('asOf', () => DateScalar, AS_OF) asOf?: string): Promise<BranchLink[]> {
    return this.analysis.checksAndBalances(asOf);
  }

  @Query(() => [Removal], {
    description:
      'Who can end the tenure or the existence of an office or body on `asOf`, and how: by dismissing it, by a vote of no confidence, by dissolving it, or by lifting its immunity (which allows a prosecution). Only powers held directly over it.',
  })
  whoCanRemove(
    @Arg('id', () => ID, { description: 'The office or body, e.g. "prosecutor-general" or "government".' }) id: string,
    @Arg('asOf', () => DateScalar, AS_OF) asOf?: string,
  ): Promise<Removal[]> {
    return this.analysis.whoCanRemove(id, asOf);
  }

  @Query(() => [Node], {
    description: `Which offices, bodies and courts valid on \`asOf\` face no check from outside their branch: no entity of another branch, or without a branch, holds over them a relation of these types: ${ontologyMeanings.checks.map(relationshipType).join(', ')}. Reporting, subordination, heading, coordination and cooperation do not count as checks.`,
  })
  uncheckedBodies(@Arg('asOf', () => DateScalar, AS_OF) asOf?: string): Promise<Node[]> {
    return this.analysis.uncheckedBodies(asOf);
  }

  @Query(() => Comparison, {
    description:
      'What changed between two dates: the entities and relations added and removed, and the relations that hold on both dates through different terms (e.g. a new consent).',
  })
  compare(
    @Arg('from', () => DateScalar, { description: 'The earlier date (any order works: the answer reads from `from` to `to`).' })
    from: string,
    @Arg('to', () => DateScalar, { description: 'The later date.' }) to: string,
  ): Promise<Comparison> {
    return this.analysis.compare(from, to);
  }
}

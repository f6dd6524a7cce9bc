import { FieldResolver, Resolver, Root } from 'type-graphql';
import { NodePosition, Subgraph } from '../graphql/subgraph.type';
import { MOST_ELEMENTS_LAID_OUT, type LayoutService } from './layout.service';

@Resolver(() => Subgraph)
export class SubgraphResolver {
  constructor(private readonly layouts: LayoutService) {}

  @FieldResolver(() => [NodePosition], {
    nullable: true,
    description:
      "The position of every node of `elements` (branches included) in the explorer's force-directed layout (fcose, seeded, with the options in ontology/src/graphLayout.ts), computed on the server and kept, so that a client can draw at once with Cytoscape's `preset` layout: `cy.add(elements)`, then each node's `position(x, y)`. The same for every call on the same graph, and for every date on which the graph is the same; the labels' language does not change it (each label is given the room of its longest name). Null for a graph of more than " +
      `${MOST_ELEMENTS_LAID_OUT.toLocaleString('en')} elements, which the explorer draws a part at a time.`,
  })
  positions(@Root() subgraph: Subgraph): NodePosition[] | null {
    return this.layouts.positions({ elements: subgraph.elements, nodes: subgraph.drawnEntities });
  }
}

import type cytoscape from 'cytoscape';

/**
 * Beyond this many elements (entities and relations) the explorer does not draw the whole graph
 * at once but an overview that the user opens up, entity by entity (see `WholeGraph`). The real
 * graph has 200 to 300 on any date. At about 1,000 drawn whole, the first drawing already takes
 * a few times as long as the real graph's and panning is no longer smooth; at 5,000 the layout
 * alone takes tens of seconds (docs/benchmarks.md, `npm run bench:client`).
 */
export const LARGE_GRAPH_ELEMENTS = 1_000;

/** Administrative levels from the coarsest; entities without one (central organs, acts, history) count as national. */
const LEVELS = ['national', 'regional', 'district'] as const;
export type Level = (typeof LEVELS)[number];

const levelOf = (node: cytoscape.NodeDefinition): Level => (LEVELS.includes(node.data.level) ? node.data.level : 'national');
const count = (elements: cytoscape.ElementsDefinition) => (elements.nodes?.length ?? 0) + (elements.edges?.length ?? 0);

/** Whether a graph is too large to draw whole. */
export function isLarge(elements: cytoscape.ElementsDefinition): boolean {
  return count(elements) > LARGE_GRAPH_ELEMENTS;
}

/**
 * A graph too large to draw at once, kept whole in memory while a part of it is drawn: the
 * overview (the coarsest levels that fit under LARGE_GRAPH_ELEMENTS together, at least the
 * national one) and every entity the user opened, with its neighbours. The part depends only on
 * which entities are open, and keeps the order the server gave, so the same view is laid out the
 * same way however the user got to it.
 */
export class WholeGraph {
  readonly size: number;
  /** The levels the overview draws. */
  readonly overviewLevels: Level[];
  private readonly nodes: cytoscape.NodeDefinition[];
  private readonly edges: cytoscape.EdgeDefinition[];
  private readonly byId = new Map<string, cytoscape.NodeDefinition>();
  private readonly edgesOf = new Map<string, cytoscape.EdgeDefinition[]>();

  constructor(elements: cytoscape.ElementsDefinition) {
    this.nodes = elements.nodes ?? [];
    this.edges = elements.edges ?? [];
    this.size = count(elements);
    for (const node of this.nodes) this.byId.set(String(node.data.id), node);
    for (const edge of this.edges) {
      for (const end of [edge.data.source, edge.data.target]) this.edgesOf.set(end, [...(this.edgesOf.get(end) ?? []), edge]);
    }
    this.overviewLevels = [LEVELS[0]];
    for (const level of LEVELS.slice(1)) {
      const wider = [...this.overviewLevels, level];
      if (count(this.part([], wider)) > LARGE_GRAPH_ELEMENTS) break;
      this.overviewLevels = wider;
    }
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** What to draw: the overview, and the entities in `opened` with their neighbours. */
  part(opened: readonly string[], levels: readonly Level[] = this.overviewLevels): cytoscape.ElementsDefinition {
    const drawn = new Set(this.nodes.filter((node) => levels.includes(levelOf(node))).map((node) => String(node.data.id)));
    for (const id of opened) {
      if (!this.byId.has(id)) continue;
      drawn.add(id);
      for (const edge of this.edgesOf.get(id) ?? []) drawn.add(edge.data.source).add(edge.data.target);
    }
    // Branch groups hold their members.
    for (const id of [...drawn]) {
      const parent = this.byId.get(id)?.data.parent;
      if (parent) drawn.add(parent);
    }
    return {
      nodes: this.nodes.filter((node) => drawn.has(String(node.data.id))),
      edges: this.edges.filter((edge) => drawn.has(edge.data.source) && drawn.has(edge.data.target)),
    };
  }

  /** How many neighbours of `id` are not among `drawn`. */
  hiddenNeighbours(id: string, drawn: (id: string) => boolean): number {
    const hidden = new Set<string>();
    for (const edge of this.edgesOf.get(id) ?? []) {
      const other = edge.data.source === id ? edge.data.target : edge.data.source;
      if (!drawn(other)) hidden.add(other);
    }
    return hidden.size;
  }
}

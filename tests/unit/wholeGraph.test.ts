import type cytoscape from 'cytoscape';
import { LARGE_GRAPH_ELEMENTS, WholeGraph, isLarge, type Level } from '../../client/src/largeGraph';

// The explorer's overview of a graph too large to draw whole, with element definitions built
// here as the server shapes them (server/src/graph/elements.ts): branches are compound parents.

type Node = cytoscape.NodeDefinition;
type Edge = cytoscape.EdgeDefinition;

const node = (id: string, level: Level | null, parent?: string): Node => ({
  group: 'nodes',
  data: { id, label: id, level, ...(parent ? { parent } : {}) },
});
const edge = (source: string, target: string, id = `${source}->${target}`): Edge => ({ group: 'edges', data: { id, source, target } });

const nodeIds = (elements: cytoscape.ElementsDefinition) => (elements.nodes ?? []).map((item) => String(item.data.id));
const edgeIds = (elements: cytoscape.ElementsDefinition) => (elements.edges ?? []).map((item) => String(item.data.id));
const size = (elements: cytoscape.ElementsDefinition) => (elements.nodes?.length ?? 0) + (elements.edges?.length ?? 0);

/**
 * A country: two branches, `national` offices in them, `regions` regional akimats each under the
 * first national office, and `districtsPerRegion` district akimats under each region.
 */
function country(national: number, regions: number, districtsPerRegion: number): { nodes: Node[]; edges: Edge[] } {
  const nodes: Node[] = [node('executive', null), node('judicial', null)];
  const edges: Edge[] = [];
  for (let i = 0; i < national; i++) {
    nodes.push(node(`office-${i}`, 'national', i % 2 ? 'judicial' : 'executive'));
    if (i > 0) edges.push(edge('office-0', `office-${i}`));
  }
  for (let r = 0; r < regions; r++) {
    nodes.push(node(`region-${r}`, 'regional', 'executive'));
    edges.push(edge('office-0', `region-${r}`));
    for (let d = 0; d < districtsPerRegion; d++) {
      nodes.push(node(`district-${r}-${d}`, 'district', 'executive'));
      edges.push(edge(`region-${r}`, `district-${r}-${d}`));
    }
  }
  return { nodes, edges };
}

describe('isLarge', () => {
  it('is true only above LARGE_GRAPH_ELEMENTS entities and relations together', () => {
    const nodes = Array.from({ length: LARGE_GRAPH_ELEMENTS / 2 }, (_, i) => node(`n${i}`, 'national'));
    const edges = nodes.map((item, i) => edge(String(item.data.id), `n${(i + 1) % nodes.length}`));
    expect(isLarge({ nodes, edges })).toBe(false);
    expect(isLarge({ nodes: [...nodes, node('one-more', 'national')], edges })).toBe(true);
    expect(isLarge({ nodes: [...nodes, ...nodes.map((item) => node(`${item.data.id}-copy`, 'national'))], edges: [] })).toBe(false);
    expect(isLarge({ nodes: [...nodes, ...nodes, node('x', null)], edges: [] })).toBe(true);
    expect(isLarge({ nodes: [], edges: [] })).toBe(false);
  });
});

describe('WholeGraph overview', () => {
  it('draws every level when they all fit', () => {
    const graph = new WholeGraph(country(10, 5, 5));
    expect(graph.overviewLevels).toEqual(['national', 'regional', 'district']);
    expect(size(graph.part([]))).toBe(graph.size);
  });

  it('draws the coarsest levels that fit together under the limit', () => {
    // National and regional: about 300 elements; with the districts, over 3,000.
    const elements = country(40, 100, 15);
    expect(isLarge(elements)).toBe(true);
    const graph = new WholeGraph(elements);
    expect(graph.size).toBe(size(elements));
    expect(graph.overviewLevels).toEqual(['national', 'regional']);
    const overview = graph.part([]);
    expect(size(overview)).toBeLessThanOrEqual(LARGE_GRAPH_ELEMENTS);
    expect(nodeIds(overview)).toContain('region-99');
    expect(nodeIds(overview).some((id) => id.startsWith('district-'))).toBe(false);
  });

  it('draws the national level alone when the regional one would not fit, and at least it when even it does not', () => {
    const manyRegions = new WholeGraph(country(40, 600, 1));
    expect(manyRegions.overviewLevels).toEqual(['national']);
    expect(nodeIds(manyRegions.part([])).some((id) => id.startsWith('region-'))).toBe(false);

    const hugeCentre = new WholeGraph(country(1_200, 2, 2));
    expect(hugeCentre.overviewLevels).toEqual(['national']);
    expect(nodeIds(hugeCentre.part([]))).toContain('office-1199');
  });

  it('counts an entity without a level (a branch, an act, history) as national', () => {
    const graph = new WholeGraph(country(40, 600, 1));
    expect(nodeIds(graph.part([]))).toEqual(expect.arrayContaining(['executive', 'judicial']));
    const unlevelled = new WholeGraph({
      nodes: [node('act', null), node('reg', 'regional'), ...Array.from({ length: 1_001 }, (_, i) => node(`r${i}`, 'regional'))],
      edges: [],
    });
    expect(nodeIds(unlevelled.part([]))).toEqual(['act']);
  });
});

describe('WholeGraph.part', () => {
  const elements = country(40, 100, 15);
  const graph = new WholeGraph(elements);
  const overview = graph.part([]);

  it('adds an opened entity and all its neighbours, with the relations among what is drawn', () => {
    const opened = graph.part(['region-7']);
    const added = nodeIds(opened).filter((id) => !nodeIds(overview).includes(id));
    expect(added.sort()).toEqual(Array.from({ length: 15 }, (_, d) => `district-7-${d}`).sort());
    expect(edgeIds(opened)).toEqual(expect.arrayContaining(added.map((id) => `region-7->${id}`)));
    // Every relation drawn joins two drawn entities, and every relation between them is drawn.
    const drawn = new Set(nodeIds(opened));
    const expectedEdges = (elements.edges ?? []).filter((item) => drawn.has(item.data.source) && drawn.has(item.data.target));
    expect(edgeIds(opened)).toEqual(expectedEdges.map((item) => String(item.data.id)));
  });

  it('opens an entity outside the overview: itself, its neighbours and the relations between them', () => {
    const opened = graph.part(['district-3-4']);
    expect(nodeIds(opened)).toContain('district-3-4');
    expect(edgeIds(opened)).toContain('region-3->district-3-4');
    expect(nodeIds(opened)).not.toContain('district-3-5');
  });

  it('adds the groups the drawn entities belong to, even from a level the overview leaves out', () => {
    const nodes = [
      node('centre', 'national'),
      node('region', 'regional'),
      node('district-group', 'district'),
      node('member', 'district', 'district-group'),
    ];
    const filler = Array.from({ length: 1_000 }, (_, i) => node(`filler-${i}`, 'district'));
    const grouped = new WholeGraph({ nodes: [...nodes, ...filler], edges: [edge('region', 'member')] });
    expect(grouped.overviewLevels).toEqual(['national', 'regional']);
    expect(nodeIds(grouped.part([]))).toEqual(['centre', 'region']);
    expect(nodeIds(grouped.part(['region']))).toEqual(['centre', 'region', 'district-group', 'member']);
  });

  it('keeps the order the server gave, whatever the order of opening', () => {
    const order = new Map(elements.nodes!.map((item, index) => [String(item.data.id), index]));
    const part = graph.part(['district-9-0', 'region-2', 'district-1-1']);
    const positions = nodeIds(part).map((id) => order.get(id)!);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(graph.part(['region-2', 'district-1-1', 'district-9-0'])).toEqual(part);
  });

  it('ignores ids it does not know', () => {
    expect(graph.has('region-2')).toBe(true);
    expect(graph.has('no-such-entity')).toBe(false);
    expect(graph.part(['no-such-entity'])).toEqual(overview);
    expect(graph.part(['no-such-entity', 'region-2'])).toEqual(graph.part(['region-2']));
  });
});

describe('WholeGraph.hiddenNeighbours', () => {
  const graph = new WholeGraph({
    nodes: [node('a', 'national'), node('b', 'regional'), node('c', 'district'), node('d', 'district')],
    edges: [edge('a', 'b'), edge('b', 'c'), edge('c', 'b', 'c-reports-to-b'), edge('d', 'b')],
  });

  it('counts the distinct neighbours not drawn, whichever way the relations point', () => {
    expect(graph.hiddenNeighbours('b', () => false)).toBe(3);
    expect(graph.hiddenNeighbours('b', (id) => id === 'a')).toBe(2);
    expect(graph.hiddenNeighbours('b', (id) => id !== 'c')).toBe(1);
    expect(graph.hiddenNeighbours('b', () => true)).toBe(0);
  });

  it('is 0 for an entity without relations or an unknown one', () => {
    const lonely = new WholeGraph({ nodes: [node('alone', 'national')], edges: [] });
    expect(lonely.hiddenNeighbours('alone', () => false)).toBe(0);
    expect(graph.hiddenNeighbours('nobody', () => false)).toBe(0);
  });
});

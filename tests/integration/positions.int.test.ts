import { LayoutService } from '../../server/src/graph/layout.service';
import type { CytoscapeElements } from '../../server/src/graph/elements';
import { postGraphQL, startTestApp, type RunningApp } from '../support/testApp';

interface Answer {
  graph: {
    nodes: { id: string; names: { kk: string; ru: string; en: string } }[];
    elements: CytoscapeElements;
    positions: { id: string; x: number; y: number }[] | null;
  };
}

const GRAPH = `query ($asOf: Date, $lang: Lang) {
  graph(filter: { asOf: $asOf, lang: $lang }) { nodes { id names { kk ru en } } elements positions { id x y } }
}`;

/**
 * The server's force-directed layout (`graph.positions`), which the explorer draws with instead of
 * laying the graph out itself: there for every entity, the same on every call and every server,
 * and per date as the graph is.
 */
describe('the graph answer carries the layout', () => {
  let app: RunningApp;
  beforeAll(async () => {
    // Without the response cache, every call below is computed again (the layouts are kept apart from it).
    app = await startTestApp({ clock: { today: () => '2026-11-21' }, responseCache: { enabled: false } });
  });
  afterAll(() => app.close());

  const graphOn = async (asOf: string, lang = 'KK') => {
    const answer = await postGraphQL<Answer>(app.url, GRAPH, { asOf, lang });
    expect(answer.errors).toBeUndefined();
    return answer.data!.graph;
  };
  const positionsById = (graph: Answer['graph']) => new Map(graph.positions!.map(({ id, x, y }) => [id, { x, y }]));

  it('gives every entity, branches included, a position', async () => {
    const graph = await graphOn('2026-11-21');
    const nodeIds = graph.elements.nodes.map((node) => node.data.id).sort();
    expect(graph.positions!.map((position) => position.id).sort()).toEqual(nodeIds);
    expect(graph.elements.nodes.some((node) => node.data.kind === 'branch')).toBe(true);
    for (const { x, y } of graph.positions!) expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    // Laid out, not piled up: no two entities share a place.
    expect(new Set(graph.positions!.map(({ x, y }) => `${x},${y}`)).size).toBe(graph.positions!.length);
  });

  it('gives the same positions on every call, in every language, and on any server', async () => {
    const first = await graphOn('2026-11-21');
    expect(await graphOn('2026-11-21')).toEqual(first);
    expect((await graphOn('2026-11-21', 'EN')).positions).toEqual(first.positions);
    // A server of its own, with nothing kept, lays the same graph out the same way.
    expect(new LayoutService().positions({ elements: first.elements, nodes: first.nodes })).toEqual(first.positions);
  });

  it('draws the same whether the question asks for the entities and relations or not, however it asks', async () => {
    // The explorer's question: elements and positions alone, which read only what a drawing needs.
    const drawing = await postGraphQL<{ graph: Pick<Answer['graph'], 'elements' | 'positions'> }>(
      app.url,
      'query ($asOf: Date) { graph(filter: { asOf: $asOf, lang: KK }) { elements positions { id x y } } }',
      { asOf: '2010-01-01' },
    );
    // The same with the entities and relations too, asked through an alias, a named and an inline fragment.
    const whole = await postGraphQL<{
      graph: Pick<Answer['graph'], 'elements' | 'positions'> & {
        entities: { id: string; description: string | null; sources: { quote: string | null }[] }[];
        relations: { id: string; sources: { quote: string | null }[] }[];
      };
    }>(
      app.url,
      `query ($asOf: Date) { graph(filter: { asOf: $asOf, lang: KK }) { ...Drawn ... on Subgraph { entities: nodes { id description sources { quote } } } } }
       fragment Drawn on Subgraph { elements positions { id x y } relations { id sources { quote } } }`,
      { asOf: '2010-01-01' },
    );
    expect(drawing.errors).toBeUndefined();
    expect(whole.errors).toBeUndefined();
    expect(drawing.data!.graph.elements).toEqual(whole.data!.graph.elements);
    expect(drawing.data!.graph.positions).toEqual(whole.data!.graph.positions);
    // Asked for, the entities and relations come whole: descriptions and quoted sources.
    const { entities, relations } = whole.data!.graph;
    expect(entities.map((entity) => entity.id)).toEqual(whole.data!.graph.elements.nodes.map((node) => node.data.id));
    expect(entities.some((entity) => entity.description)).toBe(true);
    expect(entities.some((entity) => entity.sources.some((source) => source.quote))).toBe(true);
    expect(relations.some((relation) => relation.sources.some((source) => source.quote))).toBe(true);
  });

  it('lays out a neighbourhood too, as what it holds', async () => {
    const answer = await postGraphQL<{ neighborhood: Pick<Answer['graph'], 'elements' | 'positions'> }>(
      app.url,
      '{ neighborhood(id: "senate", depth: 1, asOf: "2010-01-01") { elements positions { id x y } } }',
    );
    expect(answer.errors).toBeUndefined();
    const { elements, positions } = answer.data!.neighborhood;
    expect(positions!.map((position) => position.id).sort()).toEqual(elements.nodes.map((node) => node.data.id).sort());
  });

  it('lays out each date as the graph was then, and dates with the same graph alike', async () => {
    const today = await graphOn('2026-11-21');
    const in2010 = await graphOn('2010-01-01');
    expect(in2010.positions!.map((position) => position.id).sort()).toEqual(in2010.elements.nodes.map((node) => node.data.id).sort());
    expect(in2010.elements).not.toEqual(today.elements);
    expect(positionsById(in2010)).not.toEqual(positionsById(today));
    // The next day the graph of 2010 had not changed, and neither has its picture.
    const nextDay = await graphOn('2010-01-02');
    expect(nextDay.elements).toEqual(in2010.elements);
    expect(nextDay.positions).toEqual(in2010.positions);
  });
});

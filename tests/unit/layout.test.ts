import { DRAWING, estimatedLabelSize } from '../../ontology/src/graphLayout';
import type { CytoscapeElements } from '../../server/src/graph/elements';
import { LayoutService, MOST_ELEMENTS_LAID_OUT, type LayoutInput } from '../../server/src/graph/layout.service';

const names = (id: string, en = id) => ({ kk: `${id} (kk)`, ru: `${id} (ru)`, en });

/** Two branches with two members each, appointing across, and an entity of no branch. */
function smallGraph(englishName = 'president'): LayoutInput {
  const nodes: CytoscapeElements['nodes'] = [
    { id: 'executive', parent: undefined },
    { id: 'judicial', parent: undefined },
    { id: 'president', parent: 'executive' },
    { id: 'government', parent: 'executive' },
    { id: 'supreme-court', parent: 'judicial' },
    { id: 'judicial-council', parent: 'judicial' },
    { id: 'constitution', parent: undefined },
  ].map(({ id, parent }) => ({
    group: 'nodes',
    data: { id, label: id, kind: parent ? 'office' : 'branch', branch: parent ?? null, level: null, ...(parent ? { parent } : {}) },
    classes: '',
  }));
  const edges: CytoscapeElements['edges'] = [
    ['president', 'government'],
    ['president', 'supreme-court'],
    ['judicial-council', 'supreme-court'],
  ].map(([source, target]) => ({
    group: 'edges',
    data: { id: `${source}-${target}`, source, target, type: 'appoints', label: '', derived: false },
    classes: '',
  }));
  return {
    elements: { nodes, edges },
    nodes: nodes.map(({ data: { id } }) => ({ id, names: id === 'president' ? names(id, englishName) : names(id) })),
  };
}

describe('the server’s force-directed layout', () => {
  it('places every entity, the same way on every server', () => {
    const positions = new LayoutService().positions(smallGraph())!;
    expect(positions.map((position) => position.id).sort()).toEqual(
      smallGraph()
        .elements.nodes.map((node) => node.data.id)
        .sort(),
    );
    expect(new LayoutService().positions(smallGraph())).toEqual(positions);
    expect(new Set(positions.map(({ x, y }) => `${x},${y}`)).size).toBe(positions.length);
  });

  it('makes room for the longest name: a much longer one moves the entities apart', () => {
    const spread = (positions: { x: number; y: number }[]) =>
      Math.max(...positions.map((position) => position.x)) - Math.min(...positions.map((position) => position.x));
    const short = new LayoutService().positions(smallGraph())!;
    const long = new LayoutService().positions(smallGraph('The President of the Republic of Kazakhstan, Head of State'))!;
    expect(long).not.toEqual(short);
    expect(spread(long)).toBeGreaterThan(spread(short));
  });

  it('lays out nothing beyond the elements the explorer draws whole', () => {
    const many: LayoutInput = { elements: { nodes: [], edges: [] }, nodes: [] };
    for (let index = 0; index <= MOST_ELEMENTS_LAID_OUT; index++) {
      many.elements.nodes.push({
        group: 'nodes',
        data: { id: `n${index}`, label: '', kind: 'office', branch: null, level: null },
        classes: '',
      });
    }
    expect(new LayoutService().positions(many)).toBeNull();
  });
});

describe('estimatedLabelSize', () => {
  it('wraps between words at the labels’ width, a line of the font size each', () => {
    expect(estimatedLabelSize('')).toEqual({ width: 0, height: 0 });
    const one = estimatedLabelSize('Senate');
    expect(one.height).toBe(DRAWING.labelFontSize + DRAWING.labelMargin);
    const long = estimatedLabelSize('Қазақстан Республикасының Жоғарғы Соты жанындағы Сот төрелігі академиясы');
    expect(long.width).toBeLessThanOrEqual(DRAWING.labelMaxWidth);
    expect(long.height).toBeGreaterThanOrEqual(3 * DRAWING.labelFontSize + DRAWING.labelMargin);
  });
});

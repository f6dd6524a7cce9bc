import { createHash } from 'node:crypto';
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { LRUCache } from 'lru-cache';
import { DRAWING, estimatedLabelSize, FORCE_DIRECTED_LAYOUT, withSeededRandom } from '../../../ontology/src/graphLayout';
import type { Names } from '../graphql/node.type';
import type { CytoscapeElements } from './elements';

cytoscape.use(fcose);

/** Where an entity sits in the force-directed layout: its centre, in model pixels. */
export interface NodePosition {
  id: string;
  x: number;
  y: number;
}

/** What a layout is computed from: the elements, and each entity's names (its label takes room). */
export interface LayoutInput {
  elements: CytoscapeElements;
  nodes: readonly { id: string; names: Names }[];
}

/** Beyond this many elements the server lays out nothing: the explorer draws such graphs a part at a time, and lays the parts out itself. */
export const MOST_ELEMENTS_LAID_OUT = 1_000;

/**
 * The explorer's force-directed layout, computed on the server ahead of the browser: Cytoscape
 * headless with fcose, the options and the seeded randomness the explorer uses (one definition:
 * ontology/src/graphLayout.ts), so that a first visit draws at once instead of laying the graph
 * out in the browser, and every visitor sees the same picture.
 *
 * A layout depends only on what it lays out, so it is kept by a hash of that: the entities, their
 * groups, the relations and the room the labels take. Dates on which the graph is the same share one
 * layout, a new graph version gets new ones only where it changed, and nothing needs clearing. It
 * is computed on first demand (the server starts as fast as before) and `warm` lays out today's
 * graph in the background as soon as the server runs, so the first visitor rarely waits for it.
 *
 * Headless Cytoscape cannot measure text: each entity is given the room of itself and its label
 * (the largest of its three names), and
 * its position is moved from the middle of that room to the entity, as fcose does in the browser.
 */
export class LayoutService {
  private readonly layouts = new LRUCache<string, NodePosition[]>({ max: 500 });

  /** The position of every entity in `input` (branches included), or null for a graph beyond MOST_ELEMENTS_LAID_OUT. */
  positions(input: LayoutInput): NodePosition[] | null {
    const { nodes, edges } = input.elements;
    if (nodes.length + edges.length > MOST_ELEMENTS_LAID_OUT) return null;
    const names = new Map(input.nodes.map((node) => [node.id, node.names]));
    const parents = new Set(nodes.flatMap((node) => (node.data.parent ? [node.data.parent] : [])));
    // A group's size follows from its members.
    const rooms: Room[] = nodes.map((node) => ({
      id: node.data.id,
      parent: node.data.parent ?? null,
      ...(parents.has(node.data.id) ? { width: 0, height: 0, labelHeight: 0 } : roomOf(names.get(node.data.id))),
    }));
    const links = edges.map((edge) => [edge.data.id, edge.data.source, edge.data.target]);
    const key = createHash('sha256')
      .update(JSON.stringify([rooms, links]))
      .digest('base64url');
    let positions = this.layouts.get(key);
    if (!positions) {
      positions = layOut(rooms, edges);
      this.layouts.set(key, positions);
    }
    return positions;
  }
}

const NODE_ROOM = DRAWING.nodeSize + DRAWING.nodeBorder * 2;

/**
 * The room an entity and its label take together: the label's is the largest its names need in
 * any language, so that switching the labels' language keeps the picture.
 */
function roomOf(names: Names | undefined): Omit<Room, 'id' | 'parent'> {
  const sizes = (names ? [names.kk, names.ru, names.en] : []).map(estimatedLabelSize);
  const labelWidth = Math.max(0, ...sizes.map((size) => size.width));
  const labelHeight = Math.max(0, ...sizes.map((size) => size.height));
  return { width: Math.max(NODE_ROOM, labelWidth), height: NODE_ROOM + labelHeight, labelHeight };
}

/** An entity's room in the layout, and the height of its label, which sits at the bottom of it. */
interface Room {
  id: string;
  parent: string | null;
  width: number;
  height: number;
  labelHeight: number;
}

function layOut(rooms: Room[], edges: CytoscapeElements['edges']): NodePosition[] {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: {
      nodes: rooms.map((room) => ({
        data: { id: room.id, ...(room.parent ? { parent: room.parent } : {}), w: room.width, h: room.height },
      })),
      edges: edges.map((edge) => ({ data: { id: edge.data.id, source: edge.data.source, target: edge.data.target } })),
    },
    style: [
      { selector: 'node', style: { width: 'data(w)', height: 'data(h)', 'border-width': 0 } },
      { selector: ':parent', style: { padding: `${DRAWING.branchPadding}px` } },
    ],
  });
  withSeededRandom(() => cy.layout(FORCE_DIRECTED_LAYOUT as cytoscape.LayoutOptions).run());
  const labelHeights = new Map(rooms.map((room) => [room.id, room.labelHeight]));
  const positions = cy.nodes().map((node) => {
    const { x, y } = node.position();
    // fcose places a node's room; the entity is at its top, above its label (as fcose moves it in the browser).
    return { id: node.id(), x: Math.round(x), y: Math.round(y - (labelHeights.get(node.id()) ?? 0) / 2) };
  });
  cy.destroy();
  return positions;
}

import cytoscape from 'cytoscape';
import { layoutOptions, withSeededRandom } from '../../ontology/src/graphLayout';
import type { NodePosition } from './api';
import type { LayoutName } from './viewState';

const registered = new Map<string, Promise<void>>();

/**
 * Layout code is loaded when a layout first runs, not with every page: a view the server has laid
 * out (see `runLayout`) draws without fcose, and only the hierarchy needs dagre (with lodash and graphlib).
 */
function register(name: LayoutName): Promise<void> {
  const load = {
    fcose: () => import('cytoscape-fcose').then(({ default: fcose }) => cytoscape.use(fcose)),
    dagre: () => import('cytoscape-dagre').then(({ default: dagre }) => cytoscape.use(dagre)),
    concentric: () => Promise.resolve(), // built into Cytoscape
  }[name];
  if (!registered.has(name)) registered.set(name, load());
  return registered.get(name)!;
}

/**
 * `elements` with the server's force-directed layout put in (`positions`, computed with the same
 * options and seed, ontology/src/graphLayout.ts), for Cytoscape's `preset`: null unless the layout
 * is the force-directed one and every entity has a position. A group's position follows from its
 * members', and moving it would move them: only the others are placed.
 */
export function placedByServer(
  elements: cytoscape.ElementsDefinition,
  name: LayoutName,
  positions?: readonly NodePosition[] | null,
): cytoscape.ElementsDefinition | null {
  if (name !== 'fcose' || !positions) return null;
  const given = new Map(positions.map((position) => [position.id, position]));
  const groups = new Set((elements.nodes ?? []).map((node) => node.data.parent).filter(Boolean));
  const nodes: cytoscape.NodeDefinition[] = [];
  for (const node of elements.nodes ?? []) {
    if (groups.has(node.data.id)) {
      nodes.push(node);
      continue;
    }
    const position = given.get(String(node.data.id));
    if (!position) return null;
    nodes.push({ ...node, position: { x: position.x, y: position.y } });
  }
  return { nodes, edges: elements.edges ?? [] };
}

/**
 * Lays out what `cy` holds, here, with a fixed random seed (fcose starts from random positions, and
 * without a seed every reload would draw the same graph differently).
 */
export async function runLayout(cy: cytoscape.Core, name: LayoutName, branchOrder: readonly string[]): Promise<LayoutName> {
  await register(name);
  const layout = cy.layout(layoutOptions(name, branchOrder));
  const laidOut = layout.promiseOn('layoutstop');
  withSeededRandom(() => layout.run()); // synchronous: every layout here runs without animation
  await laidOut;
  return name;
}

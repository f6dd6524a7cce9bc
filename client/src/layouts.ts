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
 * Lays out what `cy` holds. The force-directed layout comes from the server when it gave
 * `positions` for every entity (the graph's `positions`, computed with the same options and seed,
 * ontology/src/graphLayout.ts): they are only put in place, Cytoscape's `preset`. Otherwise the
 * layout runs here, with a fixed random seed (fcose starts from random positions, and without a
 * seed every reload would draw the same graph differently). Says which it did.
 */
export async function runLayout(
  cy: cytoscape.Core,
  name: LayoutName,
  branchOrder: readonly string[],
  positions?: readonly NodePosition[] | null,
): Promise<'preset' | LayoutName> {
  // A group's position follows from its members', and moving it would move them: only the others are placed.
  const placed = cy.nodes().filter((node) => node.isChildless());
  const given = new Map(positions?.map((position) => [position.id, position]));
  if (name === 'fcose' && placed.map((node) => node.id()).every((id) => given.has(id))) {
    cy.batch(() =>
      placed.forEach((node) => {
        const { x, y } = given.get(node.id())!;
        node.position({ x, y });
      }),
    );
    return 'preset';
  }
  await register(name);
  const layout = cy.layout(layoutOptions(name, branchOrder));
  const laidOut = layout.promiseOn('layoutstop');
  withSeededRandom(() => layout.run()); // synchronous: every layout here runs without animation
  await laidOut;
  return name;
}

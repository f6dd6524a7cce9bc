import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import seedrandom from 'seedrandom';
import type { LayoutName } from './viewState';

cytoscape.use(fcose);

let dagreRegistered: Promise<void> | undefined;

/** dagre (with lodash and graphlib) is loaded when a hierarchy is first asked for, not with every page. */
function registerDagre(): Promise<void> {
  dagreRegistered ??= import('cytoscape-dagre').then(({ default: dagre }) => cytoscape.use(dagre));
  return dagreRegistered;
}

/**
 * Layout options (none fits the view: the caller fits it once the filters are applied): force-directed (fcose, handles the branch groups), hierarchical (dagre, top-down,
 * for appointment chains) and concentric by branch, in the ontology's `branchOrder`.
 */
export function layoutOptions(name: LayoutName, branchOrder: readonly string[]): cytoscape.LayoutOptions {
  switch (name) {
    case 'dagre':
      return {
        name: 'dagre',
        rankDir: 'TB',
        nodeSep: 24,
        rankSep: 70,
        nodeDimensionsIncludeLabels: true,
        padding: 30,
        fit: false,
      } as cytoscape.LayoutOptions;
    case 'concentric':
      return {
        name: 'concentric',
        // Higher values sit nearer the centre: the head of state first, the courts last.
        concentric: (node: cytoscape.NodeSingular) => {
          const ring = branchOrder.indexOf(String(node.data('branch') ?? node.id()));
          return ring === -1 ? 0 : branchOrder.length - ring;
        },
        levelWidth: () => 1,
        minNodeSpacing: 24,
        nodeDimensionsIncludeLabels: true,
        padding: 30,
        animate: false,
        fit: false,
      } as cytoscape.LayoutOptions;
    default:
      return {
        name: 'fcose',
        quality: 'proof',
        animate: false,
        randomize: true,
        nodeDimensionsIncludeLabels: true,
        packComponents: true,
        nodeRepulsion: 6500,
        idealEdgeLength: 90,
        padding: 30,
        fit: false,
      } as cytoscape.LayoutOptions;
  }
}

/**
 * Runs a layout with a fixed random seed: fcose starts from random positions, and without a seed
 * every reload (and every embedded copy of a view) would draw the same graph differently.
 */
export async function runLayout(cy: cytoscape.Core, name: LayoutName, branchOrder: readonly string[]): Promise<unknown> {
  if (name === 'dagre') await registerDagre();
  const layout = cy.layout(layoutOptions(name, branchOrder));
  const laidOut = layout.promiseOn('layoutstop');
  const unseeded = Math.random;
  Math.random = seedrandom('kz-legal-graph');
  try {
    layout.run(); // synchronous: every layout here runs without animation
  } finally {
    Math.random = unseeded;
  }
  return laidOut;
}

/**
 * How the graph is laid out, defined once for the server, which lays the whole graph out ahead of
 * time (server/src/graph/graph.layouts.ts), and for the explorer and the web component, which lay
 * out what the server gave no positions for (client/src/layouts.ts). It lives in the ontology's
 * package, beside the kinds' colours, shapes and the branches' order (kinds.yaml), because it is the
 * same kind of thing: how the graph looks, decided upstream of both its readers, so that the server
 * never imports from the client. Only Cytoscape's types are imported: the client's first bundle
 * takes no layout code from here.
 */
import type cytoscape from 'cytoscape';
import seedrandom from 'seedrandom';

/** The sizes the layouts make room for, in model pixels (1:1 zoom); client/src/graphStyle.ts draws with them. */
export const DRAWING = {
  /** An entity's width and height. */
  nodeSize: 22,
  /** The white ring around an entity, which adds to its size. */
  nodeBorder: 1,
  /** The font size of an entity's label. */
  labelFontSize: 11,
  /** Labels wrap at this width, between words. */
  labelMaxWidth: 120,
  /** The gap between an entity and its label, which sits below it. */
  labelMargin: 4,
  /** The room inside a branch's box around its members. */
  branchPadding: 18,
} as const;

/** The seed of every layout's randomness: fcose starts from random positions. */
export const LAYOUT_SEED = 'kz-legal-graph';

/**
 * Runs `run` (a layout) with Math.random seeded: without a seed every reload, every embedded copy
 * and every server would draw the same graph differently. Layouts read Math.random directly, so it
 * is swapped for the run and put back after.
 */
export function withSeededRandom<T>(run: () => T): T {
  const unseeded = Math.random;
  Math.random = seedrandom(LAYOUT_SEED);
  try {
    return run();
  } finally {
    Math.random = unseeded;
  }
}

/** The force-directed layout (fcose): the explorer's default, and the one the server lays out ahead of time. */
export const FORCE_DIRECTED_LAYOUT = {
  name: 'fcose',
  /** The slowest and best of fcose's three qualities: spectral start, then the force-directed refinement. */
  quality: 'proof',
  /** Laid out at once, never animated: the caller draws the result. */
  animate: false,
  /** From random (seeded) positions, not from wherever the nodes were: the same graph gives the same picture. */
  randomize: true,
  /** Labels take room, so that they overlap less. */
  nodeDimensionsIncludeLabels: true,
  /** Unconnected parts are packed side by side instead of flung apart. */
  packComponents: true,
  /** How hard entities push each other apart (fcose's default is 4500): more room for the labels. */
  nodeRepulsion: 6500,
  /** The length relations settle at (fcose's default is 50): long enough for a label's width. */
  idealEdgeLength: 90,
  /** The margin around the drawing. */
  padding: 30,
  /** The caller fits the view once the filters are applied. */
  fit: false,
} as const;

/**
 * Each layout's options: force-directed (fcose, handles the branch groups), hierarchical (dagre,
 * top-down, for appointment chains) and concentric by branch, in the ontology's `branchOrder`.
 * None fits the view: the caller fits it once the filters are applied.
 */
export function layoutOptions(name: 'fcose' | 'dagre' | 'concentric', branchOrder: readonly string[]): cytoscape.LayoutOptions {
  switch (name) {
    case 'dagre':
      return {
        name: 'dagre',
        /** Top to bottom: who appoints sits above whom they appoint. */
        rankDir: 'TB',
        /** The gap between neighbours in a rank. */
        nodeSep: 24,
        /** The gap between ranks, room for a label. */
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
        /** One ring per branch. */
        levelWidth: () => 1,
        minNodeSpacing: 24,
        nodeDimensionsIncludeLabels: true,
        padding: 30,
        animate: false,
        fit: false,
      } as cytoscape.LayoutOptions;
    default:
      return { ...FORCE_DIRECTED_LAYOUT } as cytoscape.LayoutOptions;
  }
}

/** A character's advance in ems in a sans-serif font, by shape: narrow, capital, or any other. */
function advance(character: string): number {
  if (/[\s.,:;'"()«»\-–—/|!iIlіjtfr1]/.test(character)) return 0.32;
  if (character !== character.toLowerCase() || /[mwшщжмыюфMWШЩЖМЫЮФ]/.test(character)) return 0.78;
  return 0.56;
}

const textWidth = (text: string) => [...text].reduce((width, character) => width + advance(character), 0) * DRAWING.labelFontSize;

/**
 * The room a label takes under its entity, as Cytoscape wraps it (between words, at
 * `labelMaxWidth`), with the width estimated from the characters' shapes: the server has no fonts
 * to measure with, and an estimate that is the same everywhere gives the same picture on every
 * machine, where a measurement would differ with the fonts each one has.
 */
export function estimatedLabelSize(label: string): { width: number; height: number } {
  if (!label) return { width: 0, height: 0 };
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const longer = line ? `${line} ${word}` : word;
    if (line && textWidth(longer) > DRAWING.labelMaxWidth) {
      lines.push(line);
      line = word;
    } else line = longer;
  }
  lines.push(line);
  return {
    width: Math.ceil(Math.max(...lines.map(textWidth))),
    height: lines.length * DRAWING.labelFontSize + DRAWING.labelMargin,
  };
}

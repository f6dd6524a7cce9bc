import type cytoscape from 'cytoscape';
import type { OntologyInfo } from './api';
import { DRAWING } from '../../ontology/src/graphLayout';
import { onScreen } from './labels';

/**
 * Cytoscape's stylesheet, built from the ontology's kinds so colours match the legend; the sizes
 * the layouts make room for come from DRAWING, which the server's layout reads too.
 */
export function graphStylesheet(ontology: OntologyInfo): cytoscape.StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        // Labels keep a readable size on screen when the view is zoomed out, as on a map.
        'font-size': onScreen(DRAWING.labelFontSize),
        'text-wrap': 'wrap',
        'text-max-width': (node: cytoscape.NodeSingular) => `${onScreen(DRAWING.labelMaxWidth)(node)}px`,
        'text-valign': 'bottom',
        'text-margin-y': onScreen(DRAWING.labelMargin),
        width: DRAWING.nodeSize,
        height: DRAWING.nodeSize,
        'border-width': DRAWING.nodeBorder,
        'border-color': '#ffffff',
      },
    },
    ...ontology.entityKinds.map((kind) => ({
      selector: `node.${kind.id}`,
      style: { 'background-color': kind.color, shape: kind.shape ?? 'ellipse' },
    })),
    {
      selector: 'node.branch',
      style: {
        'background-opacity': 0.06,
        'border-width': 1,
        'border-style': 'dashed',
        'border-color': '#94a3b8',
        'text-valign': 'top',
        'font-weight': 'bold',
        'font-size': onScreen(12),
        padding: `${DRAWING.branchPadding}px`,
        shape: 'round-rectangle',
      },
    },
    {
      selector: 'edge',
      style: {
        width: 2,
        'curve-style': 'bezier',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.9,
        label: '',
        'font-size': onScreen(9),
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
      },
    },
    ...ontology.relationKinds.map((kind) => ({
      selector: `edge.${kind.id}`,
      style: { 'line-color': kind.color, 'target-arrow-color': kind.color, 'line-style': kind.lineStyle },
    })),
    { selector: 'edge:selected, edge.hovered', style: { label: 'data(label)', width: 3 } },
    { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#111827' } },
    // The answer to a question stands out; the rest steps back.
    { selector: '.faded', style: { opacity: 0.15 } },
    { selector: 'node.highlighted', style: { 'border-width': 3, 'border-color': '#f59e0b' } },
    { selector: 'edge.highlighted', style: { width: 4, label: 'data(label)', opacity: 1 } },
    // What a comparison found new on the date shown.
    { selector: 'node.added', style: { 'border-width': 4, 'border-color': '#16a34a' } },
    { selector: 'edge.added', style: { width: 4, 'line-color': '#16a34a', 'target-arrow-color': '#16a34a' } },
    // On a large graph, entities with neighbours not drawn yet (largeGraph.ts).
    { selector: 'node.has-hidden', style: { 'border-style': 'double', 'border-width': 5, 'border-color': '#1f2937' } },
    // Labels that would cover another are left out until there is room (see labels.ts).
    { selector: 'node.label-hidden', style: { label: '' } },
    { selector: 'node.label-hidden:selected, node.label-hidden.highlighted', style: { label: 'data(label)' } },
    // Left out by the filters.
    { selector: '.filtered', style: { display: 'none' } },
  ] as cytoscape.StylesheetJson;
}

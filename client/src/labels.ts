import type cytoscape from 'cytoscape';

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/**
 * Keeps labels from overlapping: the most connected entities keep theirs, and a label that would
 * cover one already shown is hidden until zooming in makes room (or the entity is selected).
 * Branch groups keep their titles.
 */
export function declutterLabels(cy: cytoscape.Core): void {
  cy.batch(() => cy.nodes().removeClass('label-hidden'));
  const candidates = cy
    .nodes()
    .filter((node) => !node.hasClass('filtered') && node.isChildless())
    .sort((a, b) => (b as cytoscape.NodeSingular).degree(false) - (a as cytoscape.NodeSingular).degree(false) || a.id().localeCompare(b.id()));
  const shown: Box[] = [];
  const hidden: cytoscape.NodeSingular[] = [];
  candidates.forEach((element) => {
    const node = element as cytoscape.NodeSingular;
    const box = node.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false });
    if (box.w === 0 || node.selected()) {
      shown.push(box);
      return;
    }
    if (shown.some((other) => overlaps(box, other))) hidden.push(node);
    else shown.push(box);
  });
  cy.batch(() => {
    for (const node of hidden) node.addClass('label-hidden');
  });
}

/** Reruns `declutterLabels` when the view settles after zooming or panning. */
export function keepLabelsApart(cy: cytoscape.Core): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  cy.on('viewport', () => {
    clearTimeout(timer);
    timer = setTimeout(() => declutterLabels(cy), 120);
  });
}

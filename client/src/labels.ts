import type cytoscape from 'cytoscape';

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** Selected and highlighted entities keep their labels first, then the most connected. */
function rank(node: cytoscape.NodeSingular): number {
  return (node.selected() || node.hasClass('highlighted') ? 10_000 : 0) + node.degree(false);
}

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
    .sort((a, b) => rank(b as cytoscape.NodeSingular) - rank(a as cytoscape.NodeSingular) || a.id().localeCompare(b.id()));
  const labelBox = (node: cytoscape.NodeSingular) => node.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false });
  // Branch groups keep their titles, so members' labels make way for them.
  const shown: Box[] = cy
    .nodes()
    .filter((node) => !node.hasClass('filtered') && node.isParent())
    .map((node) => labelBox(node as cytoscape.NodeSingular));
  const hidden: cytoscape.NodeSingular[] = [];
  candidates.forEach((element) => {
    const node = element as cytoscape.NodeSingular;
    const box = labelBox(node);
    if (box.w === 0) return;
    if (shown.some((other) => overlaps(box, other))) hidden.push(node);
    else shown.push(box);
  });
  cy.batch(() => {
    for (const node of hidden) node.addClass('label-hidden');
  });
}

const SCALE_KEY = 'labelScale';

/**
 * A style value of `size` screen pixels while the view is zoomed out (and the usual size once
 * zoomed in past 1:1): the factor lives in the graph's scratch pad, so several graphs on one page
 * (embeds) keep their own.
 */
export function onScreen(size: number): (element: cytoscape.SingularElementArgument) => number {
  return (element) => size * ((element.cy().scratch(SCALE_KEY) as number | undefined) ?? 1);
}

/** Sets the label size for the current zoom, then hides the labels that would collide. */
export function fitLabelsToZoom(cy: cytoscape.Core): void {
  const scale = 1 / Math.min(cy.zoom(), 1);
  if (cy.scratch(SCALE_KEY) !== scale) {
    cy.scratch(SCALE_KEY, scale);
    cy.style().update();
  }
  declutterLabels(cy);
}

/** Labels at their model size, so that layouts (which make room for labels) do not depend on the last zoom. */
export function resetLabelScale(cy: cytoscape.Core): void {
  cy.scratch(SCALE_KEY, 1);
  cy.style().update();
}

/** Refits the labels when the view settles after zooming or panning. */
export function keepLabelsApart(cy: cytoscape.Core): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(() => fitLabelsToZoom(cy), 120);
  };
  cy.on('viewport', later);
  cy.on('select unselect', 'node', later);
}

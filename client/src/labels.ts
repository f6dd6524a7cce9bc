import type cytoscape from 'cytoscape';
import { DRAWING } from '../../ontology/src/graphLayout';

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

const labelBox = (node: cytoscape.NodeSingular) =>
  node.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false });

/**
 * Keeps labels from overlapping: the most connected entities keep theirs, and a label that would
 * cover one already shown is hidden until zooming in makes room (or the entity is selected).
 * Branch groups keep their titles. A group wraps its members' labels, so hiding some moves its
 * title, which can free or take the room of others: the labels are sorted out again until the same
 * ones stay hidden (the second pass, in practice). Each label is measured once, shown; a pass only
 * measures the groups again and changes the labels whose lot changed.
 */
export function declutterLabels(cy: cytoscape.Core): void {
  const wasHidden = cy.nodes('.label-hidden');
  cy.batch(() => wasHidden.removeClass('label-hidden'));
  const candidates = cy
    .nodes()
    .filter((node) => !node.hasClass('filtered') && node.isChildless())
    .map((element) => {
      const node = element as cytoscape.NodeSingular;
      return { node, id: node.id(), rank: rank(node), box: labelBox(node) };
    })
    .filter((candidate) => candidate.box.w > 0)
    .sort((a, b) => b.rank - a.rank || a.id.localeCompare(b.id));
  const groups = cy.nodes().filter((node) => !node.hasClass('filtered') && node.isParent());
  let hidden = cy.collection();
  for (let pass = 0; pass < 3; pass++) {
    // The groups as drawn now, around the labels hidden so far: Cytoscape updates them lazily, when
    // it next draws, unless told not to use its cache (`useCache` is read by boundingBox, untyped).
    groups.boundingBox({ useCache: false } as cytoscape.BoundingBoxOptions);
    // Branch groups keep their titles, so members' labels make way for them.
    const shown: Box[] = groups.map((node) => labelBox(node as cytoscape.NodeSingular));
    const next = cy.collection();
    for (const { node, box } of candidates) {
      if (shown.some((other) => overlaps(box, other))) next.merge(node);
      else shown.push(box);
    }
    if (next.same(hidden)) return;
    cy.batch(() => {
      hidden.difference(next).removeClass('label-hidden');
      next.difference(hidden).addClass('label-hidden');
    });
    hidden = next;
  }
}

const SCALE_KEY = 'labelScale';
const FITTED_ZOOM_KEY = 'labelsFittedAtZoom';

/**
 * A style value of `size` screen pixels while the view is zoomed out (and the usual size once
 * zoomed in past 1:1): the factor lives in the graph's scratch pad, so several graphs on one page
 * (embeds) keep their own.
 */
export function onScreen(size: number): (element: cytoscape.SingularElementArgument) => number {
  return (element) => size * ((element.cy().scratch(SCALE_KEY) as number | undefined) ?? 1);
}

/** How much labels are enlarged at `zoom`: to keep their size on screen while zoomed out, as on a map. */
const labelScaleAt = (zoom: number) => 1 / Math.min(zoom, 1);

/** Restyling every element costs as much as drawing them: only when the labels' size changes. */
function setLabelScale(cy: cytoscape.Core, scale: number): void {
  if ((cy.scratch(SCALE_KEY) ?? 1) === scale) return;
  cy.scratch(SCALE_KEY, scale);
  cy.style().update();
}

/** Sets the label size for the current zoom, then hides the labels that would collide. */
export function fitLabelsToZoom(cy: cytoscape.Core): void {
  cy.scratch(FITTED_ZOOM_KEY, cy.zoom());
  setLabelScale(cy, labelScaleAt(cy.zoom()));
  declutterLabels(cy);
}

/** Labels at their model size, so that layouts (which make room for labels) do not depend on the last zoom. */
export function resetLabelScale(cy: cytoscape.Core): void {
  setLabelScale(cy, 1);
}

/**
 * Before entities placed at `points` are added: the labels sized for the zoom that fitting them
 * will give, so that Cytoscape styles and measures them once, at the size they are drawn, rather
 * than at their model size and again after the fit.
 */
export function sizeLabelsFor(cy: cytoscape.Core, points: readonly Point[], padding: number): void {
  const viewport = viewportFor(cy, points, padding);
  if (viewport) setLabelScale(cy, labelScaleAt(viewport.zoom));
}

interface Point {
  x: number;
  y: number;
}

/**
 * The view that fits entities at `points` (their centres), with room on screen for the labels at
 * the size they are drawn at once fitted (see `onScreen`): a label hangs below its entity and may
 * reach past it sideways, a branch's title sits above its box. Null with no points.
 */
function viewportFor(cy: cytoscape.Core, points: readonly Point[], padding: number): { zoom: number; pan: Point } | null {
  if (points.length === 0) return null;
  const xs = points.map((point) => point.x);
  const ys = points.map((point) => point.y);
  // A member sits inside its branch's box, which is as much wider than it as the box's padding.
  const reach = DRAWING.nodeSize / 2 + DRAWING.branchPadding;
  const [x1, x2, y1, y2] = [Math.min(...xs) - reach, Math.max(...xs) + reach, Math.min(...ys) - reach, Math.max(...ys) + reach];
  const room = {
    side: padding + DRAWING.labelMaxWidth / 4,
    top: padding + DRAWING.labelFontSize * 1.5,
    bottom: padding + DRAWING.labelMargin + DRAWING.labelFontSize * 3,
  };
  const width = Math.max(1, cy.width() - 2 * room.side);
  const height = Math.max(1, cy.height() - room.top - room.bottom);
  const zoom = Math.min(Math.max(Math.min(width / (x2 - x1), height / (y2 - y1)), cy.minZoom()), cy.maxZoom());
  return {
    zoom,
    pan: { x: room.side + (width - zoom * (x2 - x1)) / 2 - zoom * x1, y: room.top + (height - zoom * (y2 - y1)) / 2 - zoom * y1 },
  };
}

/**
 * Fits the view to `nodes` by their positions (see `viewportFor`). Cheaper than `cy.fit`, which
 * measures every label at its model size first, a size that is never drawn (the labels are resized
 * to the new zoom at once, and measured again).
 */
export function fitToPositions(cy: cytoscape.Core, nodes: cytoscape.NodeCollection, padding: number): void {
  const points = nodes.filter((node) => node.isChildless()).map((node) => (node as cytoscape.NodeSingular).position());
  const viewport = viewportFor(cy, points, padding);
  if (viewport) cy.viewport(viewport);
}

/**
 * Refits the labels when the view settles after zooming, or when the selection changes. Panning
 * moves every label alike, so it cannot make labels collide or part: it costs nothing here.
 */
export function keepLabelsApart(cy: cytoscape.Core): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = (onlyIfZoomed: boolean) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (!onlyIfZoomed || cy.zoom() !== cy.scratch(FITTED_ZOOM_KEY)) fitLabelsToZoom(cy);
    }, 120);
  };
  cy.on('viewport', () => later(true));
  cy.on('select unselect', 'node', () => later(false));
}

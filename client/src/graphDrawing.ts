import cytoscape from 'cytoscape';
import type { NodePosition, OntologyInfo } from './api';
import { applyFilters, type Filters } from './filters';
import { graphStylesheet } from './graphStyle';
import { declutterLabels, fitLabelsToZoom, fitToPositions, keepLabelsApart, resetLabelScale, sizeLabelsFor } from './labels';
import { placedByServer, runLayout } from './layouts';
import type { LayoutName } from './viewState';

export interface GraphDrawingOptions {
  /** Whether the reader may zoom, pan and move entities; true unless given (an embed may only show). */
  interactive?: boolean;
  /** Cytoscape's WebGL renderer (3.31+) instead of the canvas one; false unless given (docs/benchmarks.md compares them). */
  webgl?: boolean;
  /** Room around what is drawn when the view is fitted to it, in screen pixels; 30 unless given. */
  padding?: number;
}

/**
 * A drawing of the graph, the same for the explorer and the `<kz-legal-graph>` component: the
 * ontology's style, the layout, the filters, the fit and labels that keep out of each other's way.
 * Its steps are apart because the explorer does its own work between them (marking a large graph's
 * unopened entities, refreshing the panels whose size decides the room left to fit in).
 */
export class GraphDrawing {
  /** The Cytoscape instance, for what the hosts add: events, selection, highlights, exports. */
  readonly cy: cytoscape.Core;
  private readonly padding: number;

  constructor(
    container: HTMLElement,
    private readonly ontology: OntologyInfo,
    options: GraphDrawingOptions = {},
  ) {
    const interactive = options.interactive ?? true;
    this.padding = options.padding ?? 30;
    this.cy = cytoscape({
      container,
      style: graphStylesheet(ontology),
      boxSelectionEnabled: false,
      userZoomingEnabled: interactive,
      userPanningEnabled: interactive,
      autoungrabify: !interactive,
      ...(options.webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
    } as cytoscape.CytoscapeOptions);
    keepLabelsApart(this.cy);
  }

  /**
   * Draws `elements` (see drawnElements.ts) in place of what is drawn, and lays them out. Filters
   * come after: positions depend on what is drawn and the layout alone, so hiding a kind of relation
   * moves nothing, and a view has the same picture in the explorer as in an embed. `positions`,
   * the server's force-directed layout, spares laying the graph out here. Says which layout drew
   * it ('preset': the server's positions).
   */
  async draw(
    elements: cytoscape.ElementsDefinition,
    layout: LayoutName,
    positions?: readonly NodePosition[] | null,
  ): Promise<'preset' | LayoutName> {
    this.cy.elements().remove();
    const placed = placedByServer(elements, layout, positions);
    if (placed) {
      sizeLabelsFor(this.cy, placed.nodes?.flatMap((node) => (node.position ? [node.position] : [])) ?? [], this.padding);
      this.cy.add(placed);
      return 'preset';
    }
    this.cy.add(elements);
    resetLabelScale(this.cy);
    return runLayout(this.cy, layout, this.ontology.branchOrder);
  }

  /** Hides what the filters leave out (without moving anything). */
  filter(filters: Filters): void {
    applyFilters(this.cy, filters, this.ontology);
  }

  /** Hides again the labels that collide, after something changed which are shown or stand out. */
  declutter(): void {
    declutterLabels(this.cy);
  }

  /**
   * Fits the view to what is shown, or to `around` and its neighbours, in the room the container
   * has now; then sizes the labels for that zoom and hides those that would collide.
   */
  fit(around?: string): void {
    this.cy.resize();
    fitToPositions(
      this.cy,
      (around ? this.cy.getElementById(around).closedNeighborhood() : this.cy.elements()).nodes().not('.filtered'),
      this.padding,
    );
    fitLabelsToZoom(this.cy);
  }

  destroy(): void {
    this.cy.destroy();
  }
}

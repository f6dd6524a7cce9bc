import type cytoscape from 'cytoscape';
import { requestGraph, type GraphAnswer, type NodePosition, type OntologyInfo } from '../api';
import { drawnElements } from '../drawnElements';
import { GraphDrawing } from '../graphDrawing';
import { t } from '../i18n';
import { isLarge, WholeGraph } from '../largeGraph';
import type { Answer } from '../questions';
import type { StatusLine } from './statusLine';
import type { ViewStore } from './viewStore';

/** What the rest of the explorer does around a drawing. */
export interface DrawingHooks {
  /** After the layout and the filters, before the fit: the panels that describe what is drawn (their size is the room left). */
  onDrawn(): void;
  /** Once the drawing is ready: the selection of the view is shown. */
  onReady(): Promise<void>;
}

/**
 * The explorer's drawing of the view's graph: fetches it for the view's date, version and labels,
 * draws it (the whole, or on a graph too large for that, an overview the user opens entity by
 * entity: largeGraph.ts), and marks answers in it.
 */
export class ExplorerGraph {
  readonly drawing: GraphDrawing;
  /** The whole graph when it is too large to draw at once and only a part is drawn; null when all of it is drawn. */
  private wholeGraph: WholeGraph | null = null;
  /** Answers can arrive out of order when the user changes the date quickly; only the latest request counts. */
  private latest = 0;

  constructor(
    private readonly container: HTMLElement,
    ontology: OntologyInfo,
    private readonly view: ViewStore,
    private readonly status: StatusLine,
    private readonly hooks: DrawingHooks,
  ) {
    // `?renderer=webgl` draws with Cytoscape's WebGL renderer, which docs/benchmarks.md compares with the canvas one.
    const webgl = new URLSearchParams(location.search).get('renderer') === 'webgl';
    this.drawing = new GraphDrawing(container, ontology, { webgl });
  }

  get cy(): cytoscape.Core {
    return this.drawing.cy;
  }

  /** On a large graph: the whole of it (a part is drawn); null when all of it is drawn. */
  get large(): WholeGraph | null {
    return this.wholeGraph;
  }

  /** Fetches the graph of the view and draws it; `pending` is the request main.ts sent before the explorer had loaded. */
  async load(pending?: Promise<GraphAnswer>): Promise<void> {
    const { state } = this.view;
    const request = ++this.latest;
    this.container.dataset.state = 'loading';
    this.status.show(t(state.uiLang, 'loading'));
    try {
      const { graph } = await (pending ?? requestGraph(state));
      performance.mark('kz:graph-received');
      if (request !== this.latest) return;
      const elements = drawnElements(graph.elements, { labelLang: state.labelLang });
      this.wholeGraph = isLarge(elements) ? new WholeGraph(elements) : null;
      this.container.dataset.elementCount = String((elements.nodes?.length ?? 0) + (elements.edges?.length ?? 0));
      // A link that selects an entity the overview leaves out opens it, so that it is drawn.
      const selected = state.selected?.group === 'node' ? state.selected.id : null;
      if (
        this.wholeGraph &&
        selected &&
        this.wholeGraph.has(selected) &&
        !state.expanded.includes(selected) &&
        !this.wholeGraph.part(state.expanded).nodes?.some((node) => node.data.id === selected)
      ) {
        this.view.update({ expanded: [...state.expanded, selected] });
      }
      await this.draw(request, this.wholeGraph ? this.wholeGraph.part(state.expanded) : elements, undefined, graph.positions);
    } catch (error) {
      if (request !== this.latest) return;
      this.container.dataset.state = 'error';
      this.status.showError(error, () => void this.load());
    }
  }

  /** On a large graph: draws an entity's neighbours too (and the entity, if it was not drawn), and goes there. */
  async expand(id: string): Promise<void> {
    const { state } = this.view;
    if (!this.wholeGraph?.has(id) || state.expanded.includes(id)) return;
    this.view.update({ expanded: [...state.expanded, id] });
    await this.draw(++this.latest, this.wholeGraph.part(state.expanded), id);
  }

  /** On a large graph: back to the overview alone. */
  async collapseAll(): Promise<void> {
    if (!this.wholeGraph) return;
    this.view.update({ expanded: [] });
    await this.draw(++this.latest, this.wholeGraph.part([]));
  }

  /** Fits the drawing again to the room it has, once it is drawn (a panel beside it opened or closed). */
  refit(): void {
    if (this.container.dataset.state === 'ready') this.drawing.fit();
  }

  /** Hides again what the filters of the view leave out, when they change. */
  refilter(): void {
    this.drawing.filter(this.view.state);
    this.drawing.declutter();
  }

  /** Marks an answer in the graph: its entities and relations stand out, the rest fades. */
  highlight(answer: Pick<Answer, 'nodeIds' | 'relationIds'>): void {
    const { cy } = this;
    cy.batch(() => {
      cy.elements().removeClass('highlighted faded');
      if (answer.nodeIds.length === 0 && answer.relationIds.length === 0) return;
      const marked = cy.collection();
      for (const id of [...answer.nodeIds, ...answer.relationIds]) marked.merge(cy.getElementById(id));
      cy.elements().not(marked).not(marked.ancestors()).addClass('faded');
      marked.addClass('highlighted');
    });
    this.drawing.declutter();
  }

  /**
   * Draws `elements` in place of what is drawn: layout, filters, panels, fit, labels. `around`, an
   * entity just opened, is where the view goes (with its neighbours) rather than the whole drawing.
   * `positions`, the server's force-directed layout, spares laying the graph out here.
   */
  private async draw(
    request: number,
    elements: cytoscape.ElementsDefinition,
    around?: string,
    positions?: readonly NodePosition[] | null,
  ): Promise<void> {
    const { state } = this.view;
    this.container.dataset.state = 'loading';
    // Which layout drew the graph ('preset': the server's positions), for the tests and the curious.
    this.container.dataset.layout = await this.drawing.draw(elements, state.layout, positions);
    performance.mark('kz:laid-out');
    if (request !== this.latest) return;
    this.markHiddenNeighbours();
    this.drawing.filter(state);
    this.hooks.onDrawn();
    // The panels above may have changed the room the graph has: the fit measures it again.
    this.drawing.fit(around);
    // Marks on the performance timeline, for the DevTools and for npm run bench:client.
    performance.mark('kz:ready');
    const nodeCount = this.cy.nodes().length;
    Object.assign(this.container.dataset, { state: 'ready', nodeCount: String(nodeCount), mode: this.wholeGraph ? 'overview' : 'whole' });
    this.status.show(nodeCount === 0 ? t(state.uiLang, 'emptyGraph') : '');
    await this.hooks.onReady();
  }

  /** On a large graph: entities with neighbours not drawn get a double border, and the count for their details. */
  private markHiddenNeighbours(): void {
    const graph = this.wholeGraph;
    if (!graph) return;
    const { cy } = this;
    const drawn = (id: string) => cy.getElementById(id).nonempty();
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        const hidden = graph.hiddenNeighbours(node.id(), drawn);
        node.data('hiddenNeighbours', hidden);
        node.toggleClass('has-hidden', hidden > 0);
      });
    });
  }
}

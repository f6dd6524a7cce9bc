/**
 * The explorer: the drawing of the view's graph, the details beside it, the panels and controls
 * around it. This module puts the parts together; each has one job:
 * - viewStore.ts: the view (date, languages, layout, filters, selection) in step with the address bar;
 * - explorerGraph.ts: fetching and drawing the view's graph (drawing itself is ../graphDrawing.ts, shared with the embed);
 * - detailsPanel.ts: the selection's details and the answers shown beside the drawing;
 * - drawingPanels.ts: the legend, the lists of entities, the filters, the large-graph note;
 * - toolDrawer.ts: the room beside the drawing where the tools open, one at a time;
 * - sidePanels.ts: the tools that follow the view: the table, the checks and balances matrix, the reader;
 * - toolbar.ts and downloads.ts: the controls, and the view as files.
 */
import type { FirstRequests, OntologyInfo } from '../api';
import { t, translatePage } from '../i18n';
import { DetailsPanel } from './detailsPanel';
import { Downloads } from './downloads';
import { DrawingPanels } from './drawingPanels';
import { ExplorerGraph } from './explorerGraph';
import { byId } from './page';
import { SidePanels } from './sidePanels';
import { StatusLine } from './statusLine';
import { ToolDrawer } from './toolDrawer';
import { Toolbar } from './toolbar';
import { ViewStore } from './viewStore';

/** Sets the explorer up and draws the first view from the requests main.ts has already sent. */
export async function start(requests: FirstRequests): Promise<void> {
  performance.mark('kz:explorer-loaded');
  const view = new ViewStore();
  const container = byId<HTMLDivElement>('graph');
  const status = new StatusLine(byId('status'), () => view.state.uiLang);
  translatePage(view.state.uiLang);
  // On a phone the legend starts folded: the drawing has little room to spare.
  byId<HTMLDetailsElement>('legend-box').open = !matchMedia('(max-width: 800px)').matches;
  status.show(t(view.state.uiLang, 'loading'));
  let ontology: OntologyInfo;
  try {
    ({ ontology } = await requests.ontology);
  } catch (error) {
    container.dataset.state = 'error';
    status.showError(error, () => location.reload());
    return;
  }

  // The parts call each other (a drawing refreshes the panels, a panel selects in the drawing): the
  // hooks below are read only once all of them exist.
  const graph = new ExplorerGraph(container, ontology, view, status, {
    onDrawn: () => {
      sidePanels.refreshTable();
      panels.render();
    },
    onReady: () => details.reselect(),
  });
  const details: DetailsPanel = new DetailsPanel(byId('details'), view, graph, {
    openReader: (documentId, passage) => void sidePanels.openReader(documentId, passage),
    onSelected: (selection) => {
      if (selection.group === 'node') panels.goTo.value = selection.id;
    },
  });
  const drawer = new ToolDrawer();
  // A tool opened or closed beside the drawing: the drawing fits the room it has now.
  drawer.onResize(() => requestAnimationFrame(() => graph.refit()));
  const sidePanels: SidePanels = new SidePanels(view, graph, drawer, {
    select: (id) => void details.select({ group: 'node', id }),
    focus: (id) => void details.focusNode(id),
    showBranchLinks: (links) => details.showBranchLinks(links),
  });
  const panels: DrawingPanels = new DrawingPanels(view, ontology, graph, () => sidePanels.refreshTable());
  new Toolbar({ view, ontology, graph, panels, sidePanels, details, downloads: new Downloads(view, ontology, graph) });

  const { cy } = graph;
  // Exposed for the browser tests and for curious users in the console.
  (window as unknown as { kzGraph: { cy: typeof cy } }).kzGraph = { cy };
  cy.on('tap', 'node', (event) => {
    if (event.target.data('kind') !== 'branch') void details.select({ group: 'node', id: event.target.id() });
  });
  cy.on('tap', 'edge', (event) => void details.select({ group: 'edge', id: event.target.id() }));
  cy.on('dbltap', 'node', (event) => void graph.expand(event.target.id()));
  cy.on('mouseover', 'edge', (event) => event.target.addClass('hovered'));
  cy.on('mouseout', 'edge', (event) => event.target.removeClass('hovered'));

  view.save();
  await graph.load(requests.graph);
}

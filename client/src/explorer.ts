import cytoscape from 'cytoscape';
import {
  ApiError,
  apiLang,
  graphql,
  NODE_DETAILS_QUERY,
  RELATION_DETAILS_QUERY,
  type Lang,
  requestGraph,
  type FirstRequests,
  type GraphAnswer,
  type NodePosition,
  type OntologyInfo,
} from './api';
import { renderNodeDetails, renderRelationDetails, type DetailsContext } from './details';
import { renderChecksMatrix, type BranchLinkInfo } from './checksMatrix';
import { appointeesOf, appointmentChain, pathBetween, removers, type Answer } from './questions';
import { applyFilters, renderFilters } from './filters';
import { runLayout } from './layouts';
import { download, viewAsPng, viewAsSvg, type ImageDecorations } from './exportImage';
import { declutterLabels, fitLabelsToZoom, fitToPositions, keepLabelsApart, resetLabelScale } from './labels';
import { renderReader } from './reader';
import { renderTableView } from './tableView';
import { createSearchBox, searchViaApi } from './searchBox';
import { compareDates, renderTimeline } from './timeline';
import { toKazakhLatin } from '../../ontology/src/kazakhLatin';
import { LAYOUTS, readViewState, saveViewState, type LabelLang, type LayoutName, type ViewState } from './viewState';
import { h } from './dom';
import { renderEmbedDialog } from './embed/embedDialog';
import { graphStylesheet } from './graphStyle';
import { t, translatePage } from './i18n';
import { isLarge, WholeGraph } from './largeGraph';

const today = new Date().toLocaleDateString('en-CA');
const state: ViewState = readViewState(location.search, localStorage, today, navigator.languages);

/** Changes the view, keeps the address bar and the remembered languages in step. */
function update(next: Partial<ViewState>): void {
  Object.assign(state, next);
  saveViewState(state, today, localStorage);
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const graphElement = $<HTMLDivElement>('graph');
const statusElement = $<HTMLDivElement>('status');
const modeNote = $<HTMLElement>('mode-note');
const detailsElement = $<HTMLElement>('details');
const asOfInput = $<HTMLInputElement>('as-of');
const uiLangSelect = $<HTMLSelectElement>('ui-lang');
const labelLangSelect = $<HTMLSelectElement>('label-lang');
const goToSelect = $<HTMLSelectElement>('go-to');
const layoutSelect = $<HTMLSelectElement>('layout');
const filtersElement = $<HTMLElement>('filters-body');
const checksToggle = $<HTMLButtonElement>('checks-toggle');
const checksPanel = $<HTMLElement>('checks-panel');
const searchBox = createSearchBox({
  strings: () => ({
    label: t(state.uiLang, 'search'),
    placeholder: t(state.uiLang, 'searchPlaceholder'),
    noResults: t(state.uiLang, 'noResults'),
    error: t(state.uiLang, 'failed'),
    loading: t(state.uiLang, 'loading'),
  }),
  labelLang: () => (state.labelLang === 'kk-latn' ? 'kk' : state.labelLang),
  // Results are named as the graph labels them, Kazakh Latin included; `matched` keeps its own spelling.
  search: async (text, lang) => {
    const results = await searchViaApi(text, lang);
    return state.labelLang === 'kk-latn' ? results.map((result) => ({ ...result, name: toKazakhLatin(result.name) })) : results;
  },
  onSelect: (id) => void focusNode(id),
});
$('search-slot').append(searchBox.element);
const timelineSlot = $<HTMLElement>('timeline-slot');
const readerToggle = $<HTMLButtonElement>('reader-toggle');
const tableToggle = $<HTMLButtonElement>('table-toggle');
const tablePanel = $<HTMLElement>('table-panel');
const readerPanel = $<HTMLElement>('reader-panel');
const compareToggle = $<HTMLInputElement>('compare-toggle');
const compareDate = $<HTMLInputElement>('compare-date');
const pathForm = $<HTMLFormElement>('path-form');
const pathFrom = $<HTMLSelectElement>('path-from');
const pathTo = $<HTMLSelectElement>('path-to');

let cy: cytoscape.Core;
let ontology: OntologyInfo;
/** The whole graph when it is too large to draw at once and only a part is drawn (largeGraph.ts); null when all of it is drawn. */
let wholeGraph: WholeGraph | null = null;

function errorMessage(error: unknown): string {
  // What the user can do differs by cause, so the common ones get a sentence of their own.
  const ownSentence = {
    NETWORK: 'network',
    DATABASE_UNAVAILABLE: 'databaseDown',
    INTERNAL_SERVER_ERROR: 'serverError',
    HTTP: 'serverError',
  } as const;
  if (error instanceof ApiError && error.code in ownSentence) return t(state.uiLang, ownSentence[error.code as keyof typeof ownSentence]);
  return `${t(state.uiLang, 'failed')}: ${error instanceof Error ? error.message : String(error)}`;
}

function showStatus(message: string, retry?: () => void): void {
  statusElement.replaceChildren(message);
  if (retry) {
    const button = h('button', { type: 'button' }, t(state.uiLang, 'retry'));
    button.addEventListener('click', retry);
    statusElement.append(' ', button);
  }
  statusElement.hidden = message === '';
}

/** The legend lists only the kinds drawn now, so it stays short enough to read. */
function renderLegend(): void {
  const lang = state.uiLang;
  const drawnKinds = new Set(cy.nodes().map((node) => String(node.data('kind'))));
  const drawnTypes = new Set(cy.edges().map((edge) => String(edge.data('type'))));
  $('legend').replaceChildren(
    ...ontology.entityKinds
      .filter((kind) => kind.id !== 'branch' && drawnKinds.has(kind.id))
      .map((kind) =>
        h(
          'li',
          {},
          h('span', { class: `swatch node shape-${kind.shape ?? 'ellipse'}`, style: `background:${kind.color}` }),
          kind.names[lang],
        ),
      ),
    ...ontology.relationKinds
      .filter((kind) => drawnTypes.has(kind.id))
      .map((kind) =>
        h('li', {}, h('span', { class: 'swatch edge', style: `border-top: 3px ${kind.lineStyle} ${kind.color}` }), kind.names[lang]),
      ),
  );
}

function renderGoTo(): void {
  const nodes = cy
    .nodes()
    .filter((node) => node.data('kind') !== 'branch')
    .sort((a, b) => String(a.data('label')).localeCompare(String(b.data('label')), state.labelLang === 'kk-latn' ? 'kk' : state.labelLang));
  for (const list of [goToSelect, pathFrom, pathTo]) {
    const chosen = list.value;
    list.replaceChildren(
      h('option', { value: '' }, t(state.uiLang, 'choose')),
      ...nodes.map((node) => h('option', { value: node.id() }, String(node.data('label')))),
    );
    list.value = chosen;
  }
}

/** Answers can arrive out of order when the user changes the date quickly; only the latest counts. */
const latest = { graph: 0, details: 0 };

/** Shows the relations behind a cell of the checks matrix, and marks them in the graph. */
function showBranchLinks(links: BranchLinkInfo[]): void {
  const relations = links.flatMap((link) => link.relations);
  cy.elements().unselect();
  for (const relation of relations) cy.getElementById(relation.id).select();
  detailsElement.replaceChildren(
    h(
      'article',
      { class: 'branch-links' },
      h('h2', {}, `${links[0].from.name} → ${links[0].to.name}`),
      h(
        'ul',
        { class: 'relations' },
        relations.map((relation) => {
          const link = h(
            'a',
            { href: `#${relation.id}`, 'data-relation': relation.id },
            `${relation.from.name} — ${relation.label} → ${relation.to.name}`,
          );
          link.addEventListener('click', (event) => {
            event.preventDefault();
            void select({ group: 'edge', id: relation.id });
          });
          return h('li', { class: 'relation' }, link);
        }),
      ),
    ),
  );
}

async function refreshChecks(): Promise<void> {
  if (checksPanel.hidden) return;
  try {
    await renderChecksMatrix(checksPanel, { asOf: state.asOf, lang: state.uiLang, onCell: showBranchLinks });
  } catch (error) {
    checksPanel.replaceChildren(h('p', { class: 'error' }, errorMessage(error)));
  }
}

/** Moves the view to another date: the graph, the checks, the timeline and any comparison follow. */
function goToDate(date: string): void {
  asOfInput.value = date;
  update({ asOf: date });
  renderTimelineNow();
  void loadGraph().then(() => compareIfAsked());
  void refreshChecks();
}

function renderTimelineNow(): void {
  renderTimeline(timelineSlot, { asOf: state.asOf, today, lang: state.uiLang, onDate: goToDate });
}

/** In compare mode: lists what changed since the other date, and marks what is new in the graph. */
async function compareIfAsked(): Promise<void> {
  cy.elements().removeClass('added');
  if (!compareToggle.checked || !compareDate.value) return;
  detailsElement.replaceChildren(h('p', { class: 'hint' }, t(state.uiLang, 'loading')));
  try {
    const { comparison, content } = await compareDates(compareDate.value, state.asOf, state.uiLang);
    detailsElement.replaceChildren(content);
    for (const item of [...comparison.addedEntities, ...comparison.addedRelations]) cy.getElementById(item.id).addClass('added');
  } catch (error) {
    detailsElement.replaceChildren(h('p', { class: 'error' }, errorMessage(error)));
  }
}

/** Title, legend of what is drawn, and citation: what a slide or paper needs around the picture. */
function imageDecorations(): ImageDecorations {
  const lang = state.uiLang;
  const drawnKinds = new Set(
    cy
      .nodes()
      .not('.filtered')
      .map((node) => String(node.data('kind'))),
  );
  const drawnTypes = new Set(
    cy
      .edges()
      .not('.filtered')
      .map((edge) => String(edge.data('type'))),
  );
  return {
    title: `${t(lang, 'title')} — ${state.asOf}`,
    citation: `${t(lang, 'citation')}: kz-legal-graph, ${ontology.graphVersion ?? ''}, ${location.href}`,
    legend: [
      ...ontology.entityKinds
        .filter((kind) => kind.id !== 'branch' && drawnKinds.has(kind.id))
        .map((kind) => ({ label: kind.names[lang], color: kind.color })),
      ...ontology.relationKinds
        .filter((kind) => drawnTypes.has(kind.id))
        .map((kind) => ({ label: kind.names[lang], color: kind.color, line: kind.lineStyle })),
    ],
  };
}

async function downloadPng(scale: number): Promise<void> {
  download(await viewAsPng(cy, scale, imageDecorations()), `kz-legal-graph-${state.asOf}@${scale}x.png`);
}

function refreshTable(): void {
  if (!tablePanel.hidden) renderTableView(tablePanel, cy, state.uiLang, (id) => void select({ group: 'node', id }));
}

function renderLayoutOptions(): void {
  const names = { fcose: 'layoutFcose', dagre: 'layoutDagre', concentric: 'layoutConcentric' } as const;
  layoutSelect.replaceChildren(...LAYOUTS.map((name) => h('option', { value: name }, t(state.uiLang, names[name]))));
  layoutSelect.value = state.layout;
}

function renderFilterPanel(): void {
  if (!ontology) return;
  const branches = cy
    .nodes()
    .filter((node) => node.data('kind') === 'branch')
    .map((node) => ({ id: node.id(), label: String(node.data('label')) }));
  renderFilters(filtersElement, {
    ontology,
    branches,
    state,
    lang: state.uiLang,
    onChange: (next) => {
      update(next);
      applyFilters(cy, state, ontology);
      declutterLabels(cy);
      refreshTable();
      renderFilterPanel();
    },
  });
}

/** Fetches the graph of the view and draws it; `pending` is the request main.ts sent before this module had loaded. */
async function loadGraph(pending?: Promise<GraphAnswer>): Promise<void> {
  const request = ++latest.graph;
  graphElement.dataset.state = 'loading';
  showStatus(t(state.uiLang, 'loading'));
  try {
    const { graph } = await (pending ?? requestGraph(state));
    performance.mark('kz:graph-received');
    if (request !== latest.graph) return;
    if (state.labelLang === 'kk-latn') {
      for (const element of [...(graph.elements.nodes ?? []), ...(graph.elements.edges ?? [])]) {
        element.data.label = toKazakhLatin(String(element.data.label ?? ''));
      }
    }
    wholeGraph = isLarge(graph.elements) ? new WholeGraph(graph.elements) : null;
    graphElement.dataset.elementCount = String((graph.elements.nodes?.length ?? 0) + (graph.elements.edges?.length ?? 0));
    // A link that selects an entity the overview leaves out opens it, so that it is drawn.
    const selected = state.selected?.group === 'node' ? state.selected.id : null;
    if (
      wholeGraph &&
      selected &&
      wholeGraph.has(selected) &&
      !state.expanded.includes(selected) &&
      !wholeGraph.part(state.expanded).nodes?.some((node) => node.data.id === selected)
    ) {
      update({ expanded: [...state.expanded, selected] });
    }
    await draw(request, wholeGraph ? wholeGraph.part(state.expanded) : graph.elements, undefined, graph.positions);
  } catch (error) {
    if (request !== latest.graph) return;
    graphElement.dataset.state = 'error';
    showStatus(errorMessage(error), () => void loadGraph());
  }
}

/**
 * Draws `elements` in place of what is drawn: layout, filters, panels, fit, labels. `around`, an
 * entity just opened, is where the view goes (with its neighbours) rather than the whole drawing.
 * `positions`, the server's force-directed layout, spares laying the graph out here.
 */
async function draw(
  request: number,
  elements: cytoscape.ElementsDefinition,
  around?: string,
  positions?: readonly NodePosition[] | null,
): Promise<void> {
  graphElement.dataset.state = 'loading';
  cy.elements().remove();
  cy.add(elements);
  resetLabelScale(cy);
  // Which layout drew the graph ('preset': the server's positions), for the tests and the curious.
  graphElement.dataset.layout = await runLayout(cy, state.layout, ontology.branchOrder, positions);
  performance.mark('kz:laid-out');
  if (request !== latest.graph) return;
  markHiddenNeighbours();
  applyFilters(cy, state, ontology);
  refreshTable();
  renderGoTo();
  renderLegend();
  renderFilterPanel();
  renderModeNote();
  // The legend and panels above may have changed the room the graph has: measure again, then fit.
  cy.resize();
  fitToPositions(cy, (around ? cy.getElementById(around).closedNeighborhood() : cy.elements()).nodes().not('.filtered'), 30);
  fitLabelsToZoom(cy);
  // Marks on the performance timeline, for the DevTools and for npm run bench:client.
  performance.mark('kz:ready');
  graphElement.dataset.state = 'ready';
  graphElement.dataset.nodeCount = String(cy.nodes().length);
  graphElement.dataset.mode = wholeGraph ? 'overview' : 'whole';
  showStatus(cy.nodes().length === 0 ? t(state.uiLang, 'emptyGraph') : '');
  if (state.selected) {
    cy.getElementById(state.selected.id).select();
    if (state.selected.group === 'node') goToSelect.value = state.selected.id;
    await showSelection();
  }
}

/** On a large graph: entities with neighbours not drawn get a double border, and the count for their details. */
function markHiddenNeighbours(): void {
  if (!wholeGraph) return;
  const graph = wholeGraph;
  const drawn = (id: string) => cy.getElementById(id).nonempty();
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const hidden = graph.hiddenNeighbours(node.id(), drawn);
      node.data('hiddenNeighbours', hidden);
      node.toggleClass('has-hidden', hidden > 0);
    });
  });
}

/** On a large graph: draws an entity's neighbours too (and the entity, if it was not drawn). */
async function expand(id: string): Promise<void> {
  if (!wholeGraph?.has(id) || state.expanded.includes(id)) return;
  update({ expanded: [...state.expanded, id] });
  await draw(++latest.graph, wholeGraph.part(state.expanded), id);
}

/** On a large graph: back to the overview alone. */
async function collapseAll(): Promise<void> {
  if (!wholeGraph) return;
  update({ expanded: [] });
  await draw(++latest.graph, wholeGraph.part([]));
}

/** Says, on a large graph, what is drawn and how to get the rest; hidden otherwise. */
function renderModeNote(): void {
  modeNote.hidden = !wholeGraph;
  if (!wholeGraph) return;
  const lang = state.uiLang;
  const number = (value: number) => value.toLocaleString(lang);
  const levels = wholeGraph.overviewLevels.map((level) => t(lang, level)).join(', ');
  const text = t(lang, 'largeGraphNote')
    .replace('{total}', number(wholeGraph.size))
    .replace('{drawn}', number(cy.elements().length))
    .replace('{levels}', levels);
  const parts: (string | HTMLElement)[] = [text];
  if (state.expanded.length) {
    const back = h('button', { type: 'button', class: 'back-to-overview' }, t(lang, 'backToOverview'));
    back.addEventListener('click', () => void collapseAll());
    parts.push(' ', back);
  }
  modeNote.replaceChildren(...parts);
}

/** Marks an answer in the graph: its entities and relations stand out, the rest fades. */
function highlight(answer: Pick<Answer, 'nodeIds' | 'relationIds'>): void {
  cy.batch(() => {
    cy.elements().removeClass('highlighted faded');
    if (answer.nodeIds.length === 0 && answer.relationIds.length === 0) return;
    const marked = cy.collection();
    for (const id of [...answer.nodeIds, ...answer.relationIds]) marked.merge(cy.getElementById(id));
    cy.elements().not(marked).not(marked.ancestors()).addClass('faded');
    marked.addClass('highlighted');
  });
  declutterLabels(cy);
}

const QUESTIONS = { whoAppoints: appointmentChain, appointees: appointeesOf, removers } as const;

async function ask(question: keyof typeof QUESTIONS, id: string, area: HTMLElement): Promise<void> {
  area.replaceChildren(h('p', { class: 'hint' }, t(state.uiLang, 'loading')));
  try {
    const answer = await QUESTIONS[question](id, state.asOf, state.uiLang);
    area.replaceChildren(answer.content);
    highlight(answer);
  } catch (error) {
    area.replaceChildren(h('p', { class: 'error' }, errorMessage(error)));
  }
}

const detailsContext = (): DetailsContext => ({
  uiLang: state.uiLang,
  focus: (id) => void select({ group: 'node', id }),
  ask: (question, id, area) => void ask(question, id, area),
  openPassage: (documentId, start, end) => void openReader(documentId, { start, end }),
});

/** Opens a source document in the reader, marking a passage when one is given. */
async function openReader(documentId: string, passage?: { start: number; end: number }): Promise<void> {
  readerPanel.hidden = false;
  readerToggle.setAttribute('aria-expanded', 'true');
  try {
    await renderReader(readerPanel, documentId, {
      lang: state.uiLang,
      highlight: passage,
      onEntity: (id) => void focusNode(id),
      onDocument: (id) => void openReader(id),
      onClose: () => {
        readerPanel.hidden = true;
        readerToggle.setAttribute('aria-expanded', 'false');
      },
    });
  } catch (error) {
    readerPanel.replaceChildren(h('p', { class: 'error' }, errorMessage(error)));
  }
}

async function showSelection(): Promise<void> {
  const selection = state.selected;
  if (!selection) return;
  const request = ++latest.details;
  detailsElement.setAttribute('aria-busy', 'true');
  detailsElement.replaceChildren(h('p', { class: 'hint' }, t(state.uiLang, 'loading')));
  let content: HTMLElement;
  try {
    if (selection.group === 'node') {
      const { node } = await graphql(NODE_DETAILS_QUERY, { id: selection.id, asOf: state.asOf || null, lang: apiLang(state.uiLang) });
      content = node ? renderNodeDetails(node, detailsContext()) : h('p', {}, t(state.uiLang, 'notFound'));
      content.querySelector('h2')?.after(...expandButton(selection.id));
    } else {
      const { relation } = await graphql(RELATION_DETAILS_QUERY, { id: selection.id, lang: apiLang(state.uiLang) });
      content = relation ? renderRelationDetails(relation, detailsContext()) : h('p', {}, t(state.uiLang, 'notFound'));
    }
  } catch (error) {
    content = h('p', { class: 'error' }, errorMessage(error));
  }
  if (request !== latest.details) return;
  detailsElement.replaceChildren(content);
  detailsElement.removeAttribute('aria-busy');
}

/** Selects an entity and brings it to the middle of the view. */
async function focusNode(id: string): Promise<void> {
  await select({ group: 'node', id });
  const node = cy.getElementById(id);
  if (node.nonempty()) cy.animate({ center: { eles: node }, duration: 200 });
}

/** On a large graph, for an entity with neighbours not drawn: a button that draws them. */
function expandButton(id: string): HTMLElement[] {
  const hidden = Number(cy.getElementById(id).data('hiddenNeighbours') ?? 0);
  if (!wholeGraph || hidden === 0) return [];
  const button = h(
    'button',
    { type: 'button', class: 'expand', 'data-expand': id },
    t(state.uiLang, 'drawConnections').replace('{count}', hidden.toLocaleString(state.uiLang)),
  );
  button.addEventListener('click', () => void expand(id));
  return [button];
}

async function select(selection: { group: 'node' | 'edge'; id: string }): Promise<void> {
  update({ selected: selection });
  // On a large graph an entity not drawn yet is opened, and drawing it shows its details.
  if (selection.group === 'node' && wholeGraph?.has(selection.id) && cy.getElementById(selection.id).empty()) return expand(selection.id);
  highlight({ nodeIds: [], relationIds: [] });
  cy.elements().unselect();
  cy.getElementById(selection.id).select();
  if (selection.group === 'node') goToSelect.value = selection.id;
  await showSelection();
}

/** Sets the explorer up and draws the first view from the requests main.ts has already sent. */
export async function start(requests: FirstRequests): Promise<void> {
  performance.mark('kz:explorer-loaded');
  uiLangSelect.value = state.uiLang;
  labelLangSelect.value = state.labelLang;
  asOfInput.value = state.asOf;
  translatePage(state.uiLang);

  // `?renderer=webgl` draws with Cytoscape's WebGL renderer (Cytoscape 3.31+), which docs/benchmarks.md compares with the canvas one.
  const renderer = new URLSearchParams(location.search).get('renderer') === 'webgl' ? { renderer: { name: 'canvas', webgl: true } } : {};
  cy = cytoscape({ container: graphElement, elements: [], boxSelectionEnabled: false, ...renderer } as cytoscape.CytoscapeOptions);
  // Exposed for the browser tests and for curious users in the console.
  (window as unknown as { kzGraph: { cy: cytoscape.Core } }).kzGraph = { cy };
  cy.on('tap', 'node', (event) => {
    if (event.target.data('kind') !== 'branch') void select({ group: 'node', id: event.target.id() });
  });
  cy.on('tap', 'edge', (event) => void select({ group: 'edge', id: event.target.id() }));
  cy.on('dbltap', 'node', (event) => void expand(event.target.id()));
  keepLabelsApart(cy);
  cy.on('mouseover', 'edge', (event) => event.target.addClass('hovered'));
  cy.on('mouseout', 'edge', (event) => event.target.removeClass('hovered'));

  asOfInput.addEventListener('change', () => {
    if (asOfInput.value) goToDate(asOfInput.value);
  });
  compareToggle.addEventListener('change', () => void compareIfAsked());
  compareDate.addEventListener('change', () => void compareIfAsked());
  uiLangSelect.addEventListener('change', () => {
    const uiLang = uiLangSelect.value as Lang;
    // Labels without a language of their own speak the interface's.
    const labelsFollow = !state.labelLangChosen;
    update(labelsFollow ? { uiLang, labelLang: uiLang } : { uiLang });
    if (labelsFollow) {
      labelLangSelect.value = uiLang;
      void loadGraph();
    }
    translatePage(state.uiLang);
    searchBox.refresh();
    renderTimelineNow();
    renderLayoutOptions();
    renderLegend();
    renderGoTo();
    renderFilterPanel();
    renderModeNote();
    void refreshChecks();
    void showSelection();
  });
  labelLangSelect.addEventListener('change', () => {
    update({ labelLang: labelLangSelect.value as LabelLang, labelLangChosen: true });
    searchBox.refresh();
    void loadGraph();
  });
  pathForm.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!pathFrom.value || !pathTo.value) return;
    detailsElement.replaceChildren(h('p', { class: 'hint' }, t(state.uiLang, 'loading')));
    pathBetween(pathFrom.value, pathTo.value, state.asOf, state.uiLang).then(
      (answer) => {
        detailsElement.replaceChildren(h('article', { class: 'path-answer' }, h('h2', {}, t(state.uiLang, 'pathFinder')), answer.content));
        highlight(answer);
      },
      (error) => detailsElement.replaceChildren(h('p', { class: 'error' }, errorMessage(error))),
    );
  });
  for (const button of [$<HTMLButtonElement>('png-2x'), $<HTMLButtonElement>('png-4x')]) {
    button.addEventListener('click', () => void downloadPng(Number(button.dataset.scale)));
  }
  $<HTMLButtonElement>('svg-export').addEventListener('click', () => {
    void viewAsSvg(cy, imageDecorations()).then((svg) => download(svg, `kz-legal-graph-${state.asOf}.svg`));
  });
  const menuToggle = $<HTMLButtonElement>('menu-toggle');
  menuToggle.addEventListener('click', () => {
    const open = menuToggle.closest('header')!.classList.toggle('open');
    menuToggle.setAttribute('aria-expanded', String(open));
  });
  $<HTMLButtonElement>('json-export').addEventListener('click', () => {
    // The visible elements as Cytoscape.js JSON: what the filters leave, as of the date shown.
    const visible = cy.elements().not('.filtered').jsons();
    const body = JSON.stringify({ asOf: state.asOf, graphVersion: ontology.graphVersion, link: location.href, elements: visible }, null, 2);
    download(new Blob([body], { type: 'application/json' }), `kz-legal-graph-${state.asOf}.json`);
  });
  const embedDialog = $<HTMLDialogElement>('embed-dialog');
  $<HTMLButtonElement>('embed-toggle').addEventListener('click', () => {
    const version = state.version ?? ontology.graphVersion ?? '';
    const focus = state.selected?.group === 'node' ? String(cy.getElementById(state.selected.id).data('label') ?? '') : '';
    const title = `${t(state.uiLang, 'title')}${focus ? `: ${focus}` : ''} (${state.asOf})`;
    renderEmbedDialog($('embed-body'), { origin: location.origin, state, version, title, today }, state.uiLang);
    embedDialog.showModal();
  });
  $<HTMLButtonElement>('embed-close').addEventListener('click', () => embedDialog.close());
  tableToggle.addEventListener('click', () => {
    tablePanel.hidden = !tablePanel.hidden;
    tableToggle.setAttribute('aria-expanded', String(!tablePanel.hidden));
    refreshTable();
  });
  readerToggle.addEventListener('click', () => {
    if (readerPanel.hidden) void openReader('002_dedaa8bfc38399d5');
    else {
      readerPanel.hidden = true;
      readerToggle.setAttribute('aria-expanded', 'false');
    }
  });
  checksToggle.addEventListener('click', () => {
    checksPanel.hidden = !checksPanel.hidden;
    checksToggle.setAttribute('aria-expanded', String(!checksPanel.hidden));
    void refreshChecks();
  });
  layoutSelect.addEventListener('change', () => {
    update({ layout: layoutSelect.value as LayoutName });
    void loadGraph();
  });
  goToSelect.addEventListener('change', () => {
    if (goToSelect.value) void select({ group: 'node', id: goToSelect.value });
  });

  renderLayoutOptions();
  renderTimelineNow();
  showStatus(t(state.uiLang, 'loading'));
  try {
    ({ ontology } = await requests.ontology);
  } catch (error) {
    graphElement.dataset.state = 'error';
    showStatus(errorMessage(error), () => location.reload());
    return;
  }
  cy.style(graphStylesheet(ontology));
  saveViewState(state, today, localStorage);
  await loadGraph(requests.graph);
}

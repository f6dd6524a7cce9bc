import type { OntologyInfo } from '../api';
import { h } from '../dom';
import { renderFilters } from '../filters';
import { t } from '../i18n';
import type { ExplorerGraph } from './explorerGraph';
import { byId } from './page';
import type { ViewStore } from './viewStore';

/**
 * What describes the drawing and changes with it: the legend, the lists of entities drawn ("Go
 * to", the path finder's ends), the filters, and on a large graph the note on what is drawn.
 * Rendered again after each drawing and when the interface changes its language.
 */
export class DrawingPanels {
  private readonly legend = byId<HTMLElement>('legend');
  private readonly relationLegend = byId<HTMLElement>('relation-legend');
  private readonly filters = byId<HTMLElement>('filters-body');
  private readonly modeNote = byId<HTMLElement>('mode-note');
  /** The lists that name every entity drawn. */
  readonly goTo = byId<HTMLSelectElement>('go-to');
  private readonly entityLists = [this.goTo, byId<HTMLSelectElement>('path-from'), byId<HTMLSelectElement>('path-to')];

  constructor(
    private readonly view: ViewStore,
    private readonly ontology: OntologyInfo,
    private readonly graph: ExplorerGraph,
    /** The filters changed what is shown. */
    private readonly onFiltered: () => void,
  ) {}

  render(): void {
    this.renderLegend();
    this.renderEntityLists();
    this.renderFilters();
    this.renderModeNote();
  }

  /**
   * The legend lists only the kinds drawn now, so it stays short enough to read: the kinds of
   * entity at once, the kinds of relation (two dozen) folded until asked for, so that the legend
   * covers little of the drawing it lies on.
   */
  private renderLegend(): void {
    const lang = this.view.state.uiLang;
    const { cy } = this.graph;
    const drawnKinds = new Set(cy.nodes().map((node) => String(node.data('kind'))));
    const drawnTypes = new Set(cy.edges().map((edge) => String(edge.data('type'))));
    this.legend.replaceChildren(
      ...this.ontology.entityKinds
        .filter((kind) => kind.id !== 'branch' && drawnKinds.has(kind.id))
        .map((kind) =>
          h(
            'li',
            {},
            h('span', { class: `swatch node shape-${kind.shape ?? 'ellipse'}`, style: `background:${kind.color}` }),
            kind.names[lang],
          ),
        ),
    );
    this.relationLegend.replaceChildren(
      ...this.ontology.relationKinds
        .filter((kind) => drawnTypes.has(kind.id))
        .map((kind) =>
          h('li', {}, h('span', { class: 'swatch edge', style: `border-top: 3px ${kind.lineStyle} ${kind.color}` }), kind.names[lang]),
        ),
    );
  }

  private renderEntityLists(): void {
    const { state } = this.view;
    const collation = state.labelLang === 'kk-latn' ? 'kk' : state.labelLang;
    const nodes = this.graph.cy
      .nodes()
      .filter((node) => node.data('kind') !== 'branch')
      .sort((a, b) => String(a.data('label')).localeCompare(String(b.data('label')), collation));
    for (const list of this.entityLists) {
      const chosen = list.value;
      list.replaceChildren(
        h('option', { value: '' }, t(state.uiLang, 'choose')),
        ...nodes.map((node) => h('option', { value: node.id() }, String(node.data('label')))),
      );
      list.value = chosen;
    }
  }

  private renderFilters(): void {
    const { state } = this.view;
    const branches = this.graph.cy
      .nodes()
      .filter((node) => node.data('kind') === 'branch')
      .map((node) => ({ id: node.id(), label: String(node.data('label')) }));
    renderFilters(this.filters, {
      ontology: this.ontology,
      branches,
      state,
      lang: state.uiLang,
      // The boxes stay as they are (they show the change already), and so does the keyboard's focus among them.
      onChange: (next) => {
        this.view.update(next);
        this.graph.refilter();
        this.onFiltered();
      },
    });
  }

  /** Says, on a large graph, what is drawn and how to get the rest; hidden otherwise. */
  private renderModeNote(): void {
    const whole = this.graph.large;
    this.modeNote.hidden = !whole;
    if (!whole) return;
    const { uiLang: lang, expanded } = this.view.state;
    const number = (value: number) => value.toLocaleString(lang);
    const levels = whole.overviewLevels.map((level) => t(lang, level)).join(', ');
    const text = t(lang, 'largeGraphNote')
      .replace('{total}', number(whole.size))
      .replace('{drawn}', number(this.graph.cy.elements().length))
      .replace('{levels}', levels);
    const parts: (string | HTMLElement)[] = [text];
    if (expanded.length) {
      const back = h('button', { type: 'button', class: 'back-to-overview' }, t(lang, 'backToOverview'));
      back.addEventListener('click', () => void this.graph.collapseAll());
      parts.push(' ', back);
    }
    this.modeNote.replaceChildren(...parts);
  }
}

import type cytoscape from 'cytoscape';
import { apiLang, graphql, GRAPH_QUERY, ONTOLOGY_QUERY, type GraphAnswer, type Lang, type OntologyInfo } from '../api';
import { h } from '../dom';
import { drawnElements } from '../drawnElements';
import type { Filters } from '../filters';
import { GraphDrawing } from '../graphDrawing';
import { t } from '../i18n';
import { LAYOUTS, preferredLang, type LabelLang, type LayoutName } from '../viewState';
import { EMBED_CSS } from './embedStyle';

/** What a view needs to draw itself without a server: the self-contained HTML export carries it inline. */
export interface EmbedData {
  ontology: OntologyInfo;
  graph: GraphAnswer['graph'];
}

/** The attributes a page sets; the same names as the explorer's URL parameters, and /embed's. */
export const EMBED_ATTRIBUTES = [
  'focus',
  'depth',
  'date',
  'labels',
  'layout',
  'hide',
  'hide-branches',
  'hide-levels',
  'historical',
  'version',
  'height',
  'interactive',
  'server',
] as const;

/** The server this script was loaded from: a page on another site asks it, not itself. */
const SCRIPT_ORIGIN = (() => {
  try {
    const origin = new URL(import.meta.url).origin;
    return origin.startsWith('http') ? origin : null;
  } catch {
    return null;
  }
})();

const list = (value: string | null) => (value ? value.split(',').filter(Boolean) : []);

/**
 * `<kz-legal-graph>`: a graph view for course pages. Drawn inside a shadow root, so the page's CSS
 * and the view's do not touch; keyboard: Tab to the graph, arrows move between institutions,
 * Enter opens the one chosen in the explorer, + and − zoom, 0 shows everything.
 */
export class KzLegalGraph extends HTMLElement {
  static observedAttributes = [...EMBED_ATTRIBUTES];

  private readonly root: ShadowRoot;
  private drawing: GraphDrawing | null = null;
  private renderQueued = false;
  private order: cytoscape.NodeSingular[] = [];
  private cursor = -1;
  private explorerBase = '';

  constructor() {
    super();
    this.root = this.attachShadow({ mode: 'open' });
  }

  connectedCallback(): void {
    this.queueRender();
  }

  attributeChangedCallback(): void {
    if (this.isConnected) this.queueRender();
  }

  disconnectedCallback(): void {
    this.drawing?.destroy();
    this.drawing = null;
  }

  /** The Cytoscape instance (for tests and for pages that want to go further). */
  get graph(): cytoscape.Core | null {
    return this.drawing?.cy ?? null;
  }

  private queueRender(): void {
    if (this.renderQueued) return;
    this.renderQueued = true;
    queueMicrotask(() => {
      this.renderQueued = false;
      void this.render();
    });
  }

  /**
   * The `labels` attribute; without it, the language of the page around the element (its nearest
   * `lang`, the course page's `<html lang>`) if the graph speaks it, else the reader's browser's.
   */
  private get labelLang(): LabelLang {
    const value = this.getAttribute('labels');
    if (value === 'kk' || value === 'kk-latn' || value === 'ru' || value === 'en') return value;
    const pageLang = this.closest('[lang]')?.getAttribute('lang');
    return preferredLang([...(pageLang ? [pageLang] : []), ...navigator.languages]);
  }

  /** The caption speaks the labels' language (Kazakh for Kazakh Latin labels). */
  private get captionLang(): Lang {
    return this.labelLang === 'kk-latn' ? 'kk' : this.labelLang;
  }

  private async data(): Promise<EmbedData> {
    const inline = this.querySelector('script[type="application/json"]');
    if (inline?.textContent) return JSON.parse(inline.textContent) as EmbedData;
    const server = this.getAttribute('server') ?? SCRIPT_ORIGIN ?? location.origin;
    const endpoint = `${server.replace(/\/$/, '')}/graphql`;
    const version = this.getAttribute('version') || null;
    const [{ ontology }, { graph }] = await Promise.all([
      graphql(ONTOLOGY_QUERY, {}, endpoint),
      graphql(GRAPH_QUERY, { asOf: this.getAttribute('date') || null, version, lang: apiLang(this.captionLang) }, endpoint),
    ]);
    return { ontology, graph };
  }

  private async render(): Promise<void> {
    const lang = this.captionLang;
    const height = this.getAttribute('height') ?? '480';
    const graphBox = h('div', {
      class: 'graph',
      part: 'graph',
      tabindex: '0',
      role: 'application',
      'aria-roledescription': 'graph',
      'aria-label': t(lang, 'embedGraphLabel'),
    });
    const announce = h('p', { class: 'announce', 'aria-live': 'polite' });
    const caption = h('figcaption', { part: 'caption' }, t(lang, 'loading'));
    const style = document.createElement('style');
    style.textContent = EMBED_CSS;
    graphBox.style.height = /^\d+$/.test(height) ? `${height}px` : height;
    this.root.replaceChildren(style, h('figure', {}, graphBox, announce, caption));
    this.drawing?.destroy();
    this.drawing = null;
    this.setAttribute('data-state', 'loading');

    let data: EmbedData;
    try {
      data = await this.data();
    } catch (error) {
      caption.textContent = `${t(lang, 'embedFailed')} ${error instanceof Error ? error.message : ''}`;
      this.setAttribute('data-state', 'error');
      return;
    }
    const drawing = new GraphDrawing(graphBox, data.ontology, { interactive: this.getAttribute('interactive') !== 'false', padding: 20 });
    this.drawing = drawing;
    const { cy } = drawing;
    const depth = Math.max(1, Math.min(6, Number.parseInt(this.getAttribute('depth') ?? '1', 10) || 1));
    const layout = this.getAttribute('layout');
    const focus = this.getAttribute('focus');
    // Which layout drew it ('preset': the server's positions), as the explorer says it, for tests and the curious.
    const laidOut = await drawing.draw(
      drawnElements(data.graph.elements, { labelLang: this.labelLang, focus, depth }),
      LAYOUTS.includes(layout as LayoutName) ? (layout as LayoutName) : 'fcose',
      // The server's layout is of the whole graph: a neighbourhood is laid out for itself, as before.
      focus ? null : data.graph.positions,
    );
    this.setAttribute('data-layout', laidOut);
    drawing.filter(this.filters());
    drawing.fit();

    this.explorerBase = `${(this.getAttribute('server') ?? SCRIPT_ORIGIN ?? location.origin).replace(/\/$/, '')}/`;
    this.order = cy
      .nodes()
      .filter((node) => node.isChildless() && !node.hasClass('filtered'))
      .sort((a, b) => String(a.data('label')).localeCompare(String(b.data('label')), lang))
      .toArray() as cytoscape.NodeSingular[];
    this.cursor = -1;
    if (focus) cy.getElementById(focus).select();
    cy.on('tap', 'node', (event) => this.choose(this.order.indexOf(event.target), announce));
    graphBox.addEventListener('keydown', (event) => this.onKey(event, announce));
    caption.replaceChildren(...this.captionParts(data, lang));
    this.setAttribute('data-state', 'ready');
    this.setAttribute('data-node-count', String(this.order.length));
  }

  private filters(): Filters {
    return {
      hiddenTypes: list(this.getAttribute('hide')),
      hiddenBranches: list(this.getAttribute('hide-branches')),
      hiddenLevels: list(this.getAttribute('hide-levels')),
      historical: this.getAttribute('historical') !== '0',
    };
  }

  private captionParts(data: EmbedData, lang: Lang): (Node | string)[] {
    const pinned = Boolean(this.getAttribute('version'));
    const version = data.graph.version ?? '—';
    const link = h('a', { href: this.explorerLink(), target: '_blank', rel: 'noopener' }, t(lang, 'embedOpen'));
    return [
      `${t(lang, 'title')} · ${t(lang, 'asOf')} ${data.graph.asOf} · `,
      pinned ? t(lang, 'embedPinned').replace('{version}', version) : t(lang, 'embedLive').replace('{version}', version),
      ' · ',
      link,
    ];
  }

  /** The same view in the explorer, on the chosen institution when there is one. */
  private explorerLink(selected?: string): string {
    const params = new URLSearchParams();
    for (const [attribute, parameter] of [
      ['date', 'date'],
      ['labels', 'labels'],
      ['layout', 'layout'],
      ['hide', 'hide'],
      ['hide-branches', 'hideBranches'],
      ['hide-levels', 'hideLevels'],
      ['historical', 'historical'],
      ['version', 'version'],
    ]) {
      const value = this.getAttribute(attribute);
      if (value) params.set(parameter, value);
    }
    const focus = selected ?? this.getAttribute('focus');
    if (focus) params.set('focus', focus);
    params.set('ui', this.captionLang);
    return `${this.explorerBase}?${params}`;
  }

  private choose(index: number, announce: HTMLElement): void {
    const node = this.order[index];
    const cy = this.graph;
    if (!node || !cy) return;
    this.cursor = index;
    cy.elements().unselect();
    node.select();
    if (this.getAttribute('interactive') !== 'false') cy.animate({ center: { eles: node } }, { duration: 150 });
    const lang = this.captionLang;
    const relations = node
      .connectedEdges()
      .not('.filtered')
      .map((element) => {
        const edge = element as cytoscape.EdgeSingular;
        const other = edge.source().same(node) ? edge.target() : edge.source();
        const label = `${edge.data('label')} ${other.data('label')}`;
        return edge.source().same(node) ? label : `${other.data('label')} → ${edge.data('label')}`;
      });
    announce.textContent = `${node.data('label')} (${index + 1}/${this.order.length}). ${relations.slice(0, 6).join('; ')}${relations.length > 6 ? '; …' : ''} ${t(lang, 'embedEnterHint')}`;
  }

  private onKey(event: KeyboardEvent, announce: HTMLElement): void {
    const cy = this.graph;
    if (!cy || this.order.length === 0) return;
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    if (step !== undefined) {
      this.choose((this.cursor + step + this.order.length) % this.order.length, announce);
    } else if (event.key === 'Enter' && this.cursor >= 0) {
      window.open(this.explorerLink(this.order[this.cursor].id()), '_blank', 'noopener');
    } else if ((event.key === '+' || event.key === '=') && this.getAttribute('interactive') !== 'false') {
      cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    } else if (event.key === '-' && this.getAttribute('interactive') !== 'false') {
      cy.zoom({ level: cy.zoom() / 1.25, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    } else if (event.key === '0') {
      cy.fit(cy.elements().not('.filtered'), 20);
    } else {
      return;
    }
    event.preventDefault();
  }
}

if (!customElements.get('kz-legal-graph')) customElements.define('kz-legal-graph', KzLegalGraph);

import type { Lang, OntologyInfo } from '../api';
import { inLabelScript } from '../drawnElements';
import { renderEmbedDialog } from '../embed/embedDialog';
import { h } from '../dom';
import { disclosureButton, menuButton } from '../menus';
import { t, translatePage } from '../i18n';
import { pathBetween } from '../questions';
import { createSearchBox, searchViaApi } from '../searchBox';
import { compareDates, renderTimeline } from '../timeline';
import { LAYOUTS, type LabelLang, type LayoutName } from '../viewState';
import type { DetailsPanel } from './detailsPanel';
import type { Downloads } from './downloads';
import type { DrawingPanels } from './drawingPanels';
import type { ExplorerGraph } from './explorerGraph';
import { byId } from './page';
import type { SidePanels } from './sidePanels';
import type { ViewStore } from './viewStore';

/** The explorer's parts the controls act on. */
export interface Controlled {
  view: ViewStore;
  ontology: OntologyInfo;
  graph: ExplorerGraph;
  panels: DrawingPanels;
  sidePanels: SidePanels;
  details: DetailsPanel;
  downloads: Downloads;
}

/**
 * The controls: in the toolbar search, date, layout, the Tools and Share menus and the languages;
 * in the tools' panels the timeline, comparison and path finder; beside the details "Go to". Each
 * changes the view and asks the parts concerned to follow.
 */
export class Toolbar {
  private readonly asOf = byId<HTMLInputElement>('as-of');
  private readonly uiLang = byId<HTMLSelectElement>('ui-lang');
  private readonly labelLang = byId<HTMLSelectElement>('label-lang');
  private readonly layout = byId<HTMLSelectElement>('layout');
  private readonly timeline = byId<HTMLElement>('timeline-slot');
  private readonly compareToggle = byId<HTMLInputElement>('compare-toggle');
  private readonly compareDate = byId<HTMLInputElement>('compare-date');
  private readonly searchBox;

  constructor(private readonly parts: Controlled) {
    const { view, graph, details, downloads } = parts;
    const { state } = view;
    this.searchBox = createSearchBox({
      strings: () => ({
        label: t(state.uiLang, 'search'),
        placeholder: t(state.uiLang, 'searchPlaceholder'),
        noResults: t(state.uiLang, 'noResults'),
        error: t(state.uiLang, 'failed'),
        loading: t(state.uiLang, 'loading'),
      }),
      labelLang: () => (state.labelLang === 'kk-latn' ? 'kk' : state.labelLang),
      // Results are named as the graph labels them, Kazakh Latin included; `matched` keeps its own spelling.
      search: async (text, lang) =>
        (await searchViaApi(text, lang)).map((result) => ({ ...result, name: inLabelScript(result.name, state.labelLang) })),
      onSelect: (id) => void details.focusNode(id),
    });
    byId('search-slot').append(this.searchBox.element);
    this.uiLang.value = state.uiLang;
    this.labelLang.value = state.labelLang;
    this.asOf.value = state.asOf;

    this.asOf.addEventListener('change', () => {
      if (this.asOf.value) this.goToDate(this.asOf.value);
    });
    this.compareToggle.addEventListener('change', () => void this.compareIfAsked());
    this.compareDate.addEventListener('change', () => void this.compareIfAsked());
    this.uiLang.addEventListener('change', () => this.changeInterfaceLanguage(this.uiLang.value as Lang));
    this.labelLang.addEventListener('change', () => {
      view.update({ labelLang: this.labelLang.value as LabelLang, labelLangChosen: true });
      this.searchBox.refresh();
      void graph.load();
    });
    this.layout.addEventListener('change', () => {
      view.update({ layout: this.layout.value as LayoutName });
      void graph.load();
    });
    const goTo = parts.panels.goTo;
    goTo.addEventListener('change', () => {
      if (goTo.value) void details.select({ group: 'node', id: goTo.value });
    });
    this.wirePathFinder();
    for (const id of ['png-2x', 'png-4x']) {
      const button = byId<HTMLButtonElement>(id);
      button.addEventListener('click', () => void downloads.png(Number(button.dataset.scale)));
    }
    byId('svg-export').addEventListener('click', () => void downloads.svg());
    byId('json-export').addEventListener('click', () => downloads.json());
    this.wireEmbedDialog();
    menuButton(byId('tools-button'), byId('tools-menu'));
    menuButton(byId('share-button'), byId('share-menu'));
    disclosureButton(byId('filters-toggle'), byId('filters-box'));
    disclosureButton(byId('languages-button'), byId('languages-panel'));
    this.renderInLanguage();
  }

  /** Moves the view to another date: the graph, the checks, the timeline and any comparison follow. */
  private goToDate(date: string): void {
    this.asOf.value = date;
    this.parts.view.update({ asOf: date });
    this.renderTimeline();
    void this.parts.graph.load().then(() => this.compareIfAsked());
    void this.parts.sidePanels.refreshChecks();
  }

  private changeInterfaceLanguage(uiLang: Lang): void {
    const { view, graph, panels, sidePanels, details } = this.parts;
    // Labels without a language of their own speak the interface's.
    const labelsFollow = !view.state.labelLangChosen;
    view.update(labelsFollow ? { uiLang, labelLang: uiLang } : { uiLang });
    if (labelsFollow) {
      this.labelLang.value = uiLang;
      void graph.load();
    }
    this.renderInLanguage();
    panels.render();
    void sidePanels.refreshChecks();
    void details.show();
  }

  /** What the controls say, in the interface's language. */
  private renderInLanguage(): void {
    const lang = this.parts.view.state.uiLang;
    translatePage(lang);
    this.searchBox.refresh();
    this.renderTimeline();
    const names = { fcose: 'layoutFcose', dagre: 'layoutDagre', concentric: 'layoutConcentric' } as const;
    this.layout.replaceChildren(...LAYOUTS.map((name) => h('option', { value: name }, t(lang, names[name]))));
    this.layout.value = this.parts.view.state.layout;
  }

  private renderTimeline(): void {
    const { asOf, uiLang: lang } = this.parts.view.state;
    renderTimeline(this.timeline, { asOf, today: this.parts.view.today, lang, onDate: (date) => this.goToDate(date) });
  }

  /** In compare mode: lists what changed since the other date, and marks what is new in the graph. */
  private async compareIfAsked(): Promise<void> {
    const { graph, details, view } = this.parts;
    graph.cy.elements().removeClass('added');
    if (!this.compareToggle.checked || !this.compareDate.value) return;
    await details.showAnswer(
      compareDates(this.compareDate.value, view.state.asOf, view.state.uiLang).then(({ comparison, content }) => {
        for (const item of [...comparison.addedEntities, ...comparison.addedRelations]) graph.cy.getElementById(item.id).addClass('added');
        return content;
      }),
    );
  }

  private wirePathFinder(): void {
    const { graph, details, view } = this.parts;
    const [from, to] = [byId<HTMLSelectElement>('path-from'), byId<HTMLSelectElement>('path-to')];
    byId<HTMLFormElement>('path-form').addEventListener('submit', (event) => {
      event.preventDefault();
      if (!from.value || !to.value) return;
      const lang = view.state.uiLang;
      void details.showAnswer(
        pathBetween(from.value, to.value, view.state.asOf, lang).then((answer) => {
          graph.highlight(answer);
          return h('article', { class: 'path-answer' }, h('h2', {}, t(lang, 'pathFinder')), answer.content);
        }),
      );
    });
  }

  private wireEmbedDialog(): void {
    const { view, graph, ontology } = this.parts;
    const dialog = byId<HTMLDialogElement>('embed-dialog');
    byId('embed-toggle').addEventListener('click', () => {
      const { state, today } = view;
      const version = state.version ?? ontology.graphVersion ?? '';
      const focus = state.selected?.group === 'node' ? String(graph.cy.getElementById(state.selected.id).data('label') ?? '') : '';
      const title = `${t(state.uiLang, 'title')}${focus ? `: ${focus}` : ''} (${state.asOf})`;
      renderEmbedDialog(byId('embed-body'), { origin: location.origin, state, version, title, today }, state.uiLang);
      dialog.showModal();
    });
    byId('embed-close').addEventListener('click', () => dialog.close());
    // The menu item that opened it is hidden with its menu: the focus goes back to the menu's button.
    dialog.addEventListener('close', () => byId('share-button').focus());
  }
}

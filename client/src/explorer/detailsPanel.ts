import { apiLang, graphql, NODE_DETAILS_QUERY, RELATION_DETAILS_QUERY } from '../api';
import type { BranchLinkInfo } from '../checksMatrix';
import { renderNodeDetails, renderRelationDetails, type DetailsContext } from '../details';
import { h } from '../dom';
import { t } from '../i18n';
import { appointeesOf, appointmentChain, removers, type Answer } from '../questions';
import type { ExplorerGraph } from './explorerGraph';
import { errorMessage } from './statusLine';
import type { ViewStore } from './viewStore';

export type Selection = { group: 'node' | 'edge'; id: string };

const QUESTIONS = { whoAppoints: appointmentChain, appointees: appointeesOf, removers } as const;

/**
 * The details beside the drawing: what is selected (an entity's or a relation's details, with the
 * questions one can ask of it), and the answers that belong there (a comparison, a path, the
 * relations behind a cell of the checks matrix). Selecting also marks the choice in the drawing.
 */
export class DetailsPanel {
  /** Answers can arrive out of order when the user clicks quickly; only the latest request counts. */
  private latest = 0;

  constructor(
    private readonly element: HTMLElement,
    private readonly view: ViewStore,
    private readonly graph: ExplorerGraph,
    private readonly actions: {
      /** Opens a source document in the reader, marking a passage. */
      openReader(documentId: string, passage?: { start: number; end: number }): void;
      /** An entity was selected (the "Go to" list shows it). */
      onSelected(selection: Selection): void;
    },
  ) {}

  /** Selects an entity or a relation, and shows its details. */
  async select(selection: Selection): Promise<void> {
    const { cy, large } = this.graph;
    this.view.update({ selected: selection });
    // On a large graph an entity not drawn yet is opened, and drawing it shows its details.
    if (selection.group === 'node' && large?.has(selection.id) && cy.getElementById(selection.id).empty()) {
      return this.graph.expand(selection.id);
    }
    this.graph.highlight({ nodeIds: [], relationIds: [] });
    this.showSelected();
    await this.show();
  }

  /** Selects an entity and brings it to the middle of the view. */
  async focusNode(id: string): Promise<void> {
    await this.select({ group: 'node', id });
    const node = this.graph.cy.getElementById(id);
    if (node.nonempty()) this.graph.cy.animate({ center: { eles: node }, duration: 200 });
  }

  /** After a drawing: marks the view's selection in it again and shows its details. */
  async reselect(): Promise<void> {
    if (!this.view.state.selected) return;
    this.showSelected();
    await this.show();
  }

  /** Shows the details of the selection, in the interface's language. */
  async show(): Promise<void> {
    const { selected: selection, asOf, uiLang } = this.view.state;
    if (!selection) return;
    const request = ++this.latest;
    this.element.setAttribute('aria-busy', 'true');
    this.element.replaceChildren(h('p', { class: 'hint' }, t(uiLang, 'loading')));
    let content: HTMLElement;
    try {
      if (selection.group === 'node') {
        const { node } = await graphql(NODE_DETAILS_QUERY, { id: selection.id, asOf: asOf || null, lang: apiLang(uiLang) });
        content = node ? renderNodeDetails(node, this.context()) : h('p', {}, t(uiLang, 'notFound'));
        content.querySelector('h2')?.after(...this.expandButton(selection.id));
      } else {
        const { relation } = await graphql(RELATION_DETAILS_QUERY, { id: selection.id, lang: apiLang(uiLang) });
        content = relation ? renderRelationDetails(relation, this.context()) : h('p', {}, t(uiLang, 'notFound'));
      }
    } catch (error) {
      content = h('p', { class: 'error' }, errorMessage(uiLang, error));
    }
    if (request !== this.latest) return;
    this.element.replaceChildren(content);
    this.element.removeAttribute('aria-busy');
  }

  /** Shows an answer that takes a while (a comparison, a path): loading first, then it or what went wrong. */
  async showAnswer(answer: Promise<HTMLElement>): Promise<void> {
    const lang = this.view.state.uiLang;
    this.element.replaceChildren(h('p', { class: 'hint' }, t(lang, 'loading')));
    try {
      this.element.replaceChildren(await answer);
    } catch (error) {
      this.element.replaceChildren(h('p', { class: 'error' }, errorMessage(lang, error)));
    }
  }

  /** Shows the relations behind a cell of the checks matrix, and marks them in the graph. */
  showBranchLinks(links: BranchLinkInfo[]): void {
    const relations = links.flatMap((link) => link.relations);
    const { cy } = this.graph;
    cy.elements().unselect();
    for (const relation of relations) cy.getElementById(relation.id).select();
    this.element.replaceChildren(
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
              void this.select({ group: 'edge', id: relation.id });
            });
            return h('li', { class: 'relation' }, link);
          }),
        ),
      ),
    );
  }

  private showSelected(): void {
    const selection = this.view.state.selected!;
    this.graph.cy.elements().unselect();
    this.graph.cy.getElementById(selection.id).select();
    this.actions.onSelected(selection);
  }

  private context(): DetailsContext {
    return {
      uiLang: this.view.state.uiLang,
      focus: (id) => void this.select({ group: 'node', id }),
      ask: (question, id, area) => void this.ask(question, id, area),
      openPassage: (documentId, start, end) => this.actions.openReader(documentId, { start, end }),
    };
  }

  private async ask(question: keyof typeof QUESTIONS, id: string, area: HTMLElement): Promise<void> {
    const { asOf, uiLang } = this.view.state;
    area.replaceChildren(h('p', { class: 'hint' }, t(uiLang, 'loading')));
    try {
      const answer: Answer = await QUESTIONS[question](id, asOf, uiLang);
      area.replaceChildren(answer.content);
      this.graph.highlight(answer);
    } catch (error) {
      area.replaceChildren(h('p', { class: 'error' }, errorMessage(uiLang, error)));
    }
  }

  /** On a large graph, for an entity with neighbours not drawn: a button that draws them. */
  private expandButton(id: string): HTMLElement[] {
    const hidden = Number(this.graph.cy.getElementById(id).data('hiddenNeighbours') ?? 0);
    if (!this.graph.large || hidden === 0) return [];
    const lang = this.view.state.uiLang;
    const button = h(
      'button',
      { type: 'button', class: 'expand', 'data-expand': id },
      t(lang, 'drawConnections').replace('{count}', hidden.toLocaleString(lang)),
    );
    button.addEventListener('click', () => void this.graph.expand(id));
    return [button];
  }
}

import type cytoscape from 'cytoscape';
import type { Lang, OntologyInfo } from './api';
import { h } from './dom';
import { t } from './i18n';
import type { ViewState } from './viewState';

const LEVELS = ['national', 'regional', 'district'] as const;

/** What a view leaves out: the parts of its state the filters read. */
export type Filters = Pick<ViewState, 'hiddenTypes' | 'hiddenBranches' | 'hiddenLevels' | 'historical'>;

/** Hides what the filters leave out: nodes by branch, level and history (the ontology's historical kinds); edges by type or hidden ends. */
export function applyFilters(cy: cytoscape.Core, state: Filters, ontology: OntologyInfo): void {
  const historicalKinds = new Set(ontology.entityKinds.filter((kind) => kind.historical).map((kind) => kind.id));
  cy.batch(() => {
    cy.elements().removeClass('filtered');
    const hiddenNodes = cy.nodes().filter((node) => {
      const kind = String(node.data('kind'));
      if (kind === 'branch') return state.hiddenBranches.includes(node.id());
      return (
        state.hiddenBranches.includes(String(node.data('branch'))) ||
        state.hiddenLevels.includes(String(node.data('level'))) ||
        (!state.historical && historicalKinds.has(kind))
      );
    });
    hiddenNodes.addClass('filtered');
    cy.edges()
      .filter(
        (edge) =>
          state.hiddenTypes.includes(String(edge.data('type'))) || edge.source().hasClass('filtered') || edge.target().hasClass('filtered'),
      )
      .addClass('filtered');
  });
}

function checkbox(name: string, value: string, label: string, checked: boolean, onToggle: (checked: boolean) => void): HTMLElement {
  const input = h('input', { type: 'checkbox', name, value });
  input.checked = checked;
  input.addEventListener('change', () => onToggle(input.checked));
  return h('label', { class: 'filter-option' }, input, ` ${label}`);
}

const toggled = (values: string[], value: string, shown: boolean) =>
  shown ? values.filter((item) => item !== value) : [...new Set([...values, value])];

/** The filter panel: relation kinds, branches, levels, historical bodies on or off. */
export function renderFilters(
  container: HTMLElement,
  context: {
    ontology: OntologyInfo;
    branches: { id: string; label: string }[];
    state: ViewState;
    lang: Lang;
    onChange: (next: Partial<ViewState>) => void;
  },
): void {
  const { ontology, state, lang, onChange } = context;
  container.replaceChildren(
    h(
      'fieldset',
      { class: 'filter-group' },
      h('legend', {}, t(lang, 'relationKinds')),
      ontology.relationKinds.map((kind) =>
        checkbox('relation-kind', kind.id, kind.names[lang], !state.hiddenTypes.includes(kind.id), (shown) =>
          onChange({ hiddenTypes: toggled(state.hiddenTypes, kind.id, shown) }),
        ),
      ),
    ),
    h(
      'fieldset',
      { class: 'filter-group' },
      h('legend', {}, t(lang, 'branches')),
      context.branches.map((branch) =>
        checkbox('branch', branch.id, branch.label, !state.hiddenBranches.includes(branch.id), (shown) =>
          onChange({ hiddenBranches: toggled(state.hiddenBranches, branch.id, shown) }),
        ),
      ),
    ),
    h(
      'fieldset',
      { class: 'filter-group' },
      h('legend', {}, t(lang, 'levels')),
      LEVELS.map((level) =>
        checkbox('level', level, t(lang, level), !state.hiddenLevels.includes(level), (shown) =>
          onChange({ hiddenLevels: toggled(state.hiddenLevels, level, shown) }),
        ),
      ),
      checkbox('historical', 'historical', t(lang, 'historical'), state.historical, (shown) => onChange({ historical: shown })),
    ),
  );
}

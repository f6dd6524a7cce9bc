import type cytoscape from 'cytoscape';
import type { Lang } from './api';
import { h } from './dom';
import { t } from './i18n';

/**
 * The visible graph as two tables, institutions and relations: what screen readers read and what a
 * user prints. It follows the filters and the date, as the drawing does.
 */
export function renderTableView(container: HTMLElement, cy: cytoscape.Core, lang: Lang, onSelect: (id: string) => void): void {
  const visible = cy.elements().not('.filtered');
  const label = (id: string) => String(cy.getElementById(id).data('label') ?? id);
  const link = (id: string, text: string) => {
    const anchor = h('a', { href: `#${id}`, 'data-entity': id }, text);
    anchor.addEventListener('click', (event) => {
      event.preventDefault();
      onSelect(id);
    });
    return anchor;
  };
  const nodes = visible
    .nodes()
    .filter((node) => node.data('kind') !== 'branch')
    .sort((a, b) => label(a.id()).localeCompare(label(b.id())));
  const edges = visible
    .edges()
    .map((edge) => ({ from: String(edge.data('source')), to: String(edge.data('target')), label: String(edge.data('label')) }))
    .sort((a, b) => label(a.from).localeCompare(label(b.from)));
  container.replaceChildren(
    h(
      'table',
      { class: 'data-table', id: 'institutions-table' },
      h('caption', {}, `${t(lang, 'institutionsTable')} (${nodes.length})`),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, t(lang, 'names')),
          h('th', { scope: 'col' }, t(lang, 'kind')),
          h('th', { scope: 'col' }, t(lang, 'branch')),
        ),
      ),
      h(
        'tbody',
        {},
        nodes.map((node) =>
          h(
            'tr',
            {},
            h('td', {}, link(node.id(), label(node.id()))),
            h('td', {}, String(node.data('kind'))),
            h('td', {}, node.data('branch') ? label(String(node.data('branch'))) : '—'),
          ),
        ),
      ),
    ),
    h(
      'table',
      { class: 'data-table', id: 'relations-table' },
      h('caption', {}, `${t(lang, 'relations')} (${edges.length})`),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, t(lang, 'from')),
          h('th', { scope: 'col' }, t(lang, 'relationKinds')),
          h('th', { scope: 'col' }, t(lang, 'to')),
        ),
      ),
      h(
        'tbody',
        {},
        edges.map((edge) =>
          h('tr', {}, h('td', {}, link(edge.from, label(edge.from))), h('td', {}, edge.label), h('td', {}, link(edge.to, label(edge.to)))),
        ),
      ),
    ),
  );
}

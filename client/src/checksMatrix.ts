import { apiLang, graphql, type Lang } from './api';
import { gql } from './gql';
import type { ChecksQuery } from './gql/graphql';
import { h } from './dom';
import { t } from './i18n';

export const CHECKS_QUERY = gql(`query Checks($asOf: Date, $lang: Lang) {
  checksAndBalances(asOf: $asOf) {
    from { id name(lang: $lang) }
    to { id name(lang: $lang) }
    type
    count
    relations { id label(lang: $lang) from { id name(lang: $lang) } to { id name(lang: $lang) } }
  }
}`);

/** The relations of one kind from one branch to another. */
export type BranchLinkInfo = ChecksQuery['checksAndBalances'][number];

/**
 * The branch-to-branch matrix: rows are the branches that act, columns those acted upon, each cell
 * the kinds of relation between them with their counts. Choosing a cell shows the edges behind it.
 */
export async function renderChecksMatrix(
  container: HTMLElement,
  context: { asOf: string; lang: Lang; onCell: (link: BranchLinkInfo[]) => void },
): Promise<void> {
  container.replaceChildren(h('p', { class: 'hint' }, t(context.lang, 'loading')));
  const { checksAndBalances: links } = await graphql(CHECKS_QUERY, { asOf: context.asOf, lang: apiLang(context.lang) });
  if (links.length === 0) {
    container.replaceChildren(h('p', { class: 'empty' }, t(context.lang, 'noChecks')));
    return;
  }
  const branches = new Map<string, string>();
  for (const link of links) {
    branches.set(link.from.id, link.from.name);
    branches.set(link.to.id, link.to.name);
  }
  const ids = [...branches.keys()].sort();
  const cell = (from: string, to: string) => {
    const here = links.filter((link) => link.from.id === from && link.to.id === to);
    if (here.length === 0) return h('td', { class: 'empty-cell' }, '—');
    const button = h(
      'button',
      { type: 'button', class: 'matrix-cell', 'data-from': from, 'data-to': to },
      here.map((link, index) => [index ? h('br') : null, `${link.relations[0]?.label ?? link.type} × ${link.count}`]),
    );
    button.addEventListener('click', () => context.onCell(here));
    return h('td', {}, button);
  };
  container.replaceChildren(
    h(
      'table',
      { class: 'checks-matrix' },
      h('caption', {}, t(context.lang, 'checksCaption')),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, ''),
          ids.map((id) => h('th', { scope: 'col' }, branches.get(id)!)),
        ),
      ),
      h(
        'tbody',
        {},
        ids.map((from) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, branches.get(from)!),
            ids.map((to) => (from === to ? h('td', { class: 'self' }, '') : cell(from, to))),
          ),
        ),
      ),
    ),
  );
}

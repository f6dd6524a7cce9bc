import { apiLang, graphql, type Lang } from './api';
import { gql } from './gql';
import { h } from './dom';
import { t } from './i18n';

const DOCUMENT_QUERY = gql(`query Reader($id: ID!, $lang: Lang) {
  documents { id title(lang: $lang) }
  document(id: $id) {
    id title(lang: $lang) text
    mentions { start end entity { id name(lang: $lang) } }
  }
}`);

export interface ReaderOptions {
  lang: Lang;
  /** A stretch to show and mark, e.g. the quote a fact cites. */
  highlight?: { start: number; end: number };
  /** A mention was chosen: focus its entity in the graph. */
  onEntity: (id: string) => void;
  /** Another document was chosen in the reader. */
  onDocument: (id: string) => void;
}

/**
 * The document reader: one of the five sources, with every mention of an entity marked (a
 * button: choosing it focuses the entity) and, when asked, the quoted passage marked and shown.
 */
export async function renderReader(container: HTMLElement, documentId: string, options: ReaderOptions): Promise<void> {
  container.replaceChildren(h('p', { class: 'hint' }, t(options.lang, 'loading')));
  const { documents, document: source } = await graphql(DOCUMENT_QUERY, { id: documentId, lang: apiLang(options.lang) });
  if (!source) {
    container.replaceChildren(h('p', { class: 'error' }, t(options.lang, 'notFound')));
    return;
  }
  const picker = h(
    'select',
    { id: 'reader-document', 'aria-label': t(options.lang, 'document') },
    documents.map((item) => h('option', { value: item.id }, item.title)),
  );
  picker.value = source.id;
  picker.addEventListener('change', () => options.onDocument(picker.value));

  // Cut the text at every mention and at the edges of the marked passage.
  const cuts = new Set([0, source.text.length]);
  for (const mention of source.mentions) cuts.add(mention.start).add(mention.end);
  if (options.highlight) cuts.add(options.highlight.start).add(options.highlight.end);
  const points = [...cuts].filter((point) => point >= 0 && point <= source.text.length).sort((a, b) => a - b);
  const body = h('div', { class: 'reader-text', lang: 'kk' });
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const piece = source.text.slice(from, to);
    const mention = source.mentions.find((candidate) => candidate.start <= from && candidate.end >= to);
    let node: Node;
    if (mention) {
      const mark = h('button', { type: 'button', class: 'mention', 'data-entity': mention.entity.id, title: mention.entity.name }, piece);
      mark.addEventListener('click', () => options.onEntity(mention.entity.id));
      node = mark;
    } else {
      node = h('span', {}, piece);
    }
    const quoted = options.highlight && options.highlight.start <= from && options.highlight.end >= to;
    body.append(quoted ? h('mark', { class: 'quoted' }, node) : node);
  }
  container.replaceChildren(h('div', { class: 'reader-bar' }, picker), h('h2', {}, source.title), body);
  container.querySelector('.quoted')?.scrollIntoView({ block: 'center' });
}

import type { Lang } from '../api';
import { h } from '../dom';
import { t } from '../i18n';
import type { ViewState } from '../viewState';

export interface EmbeddableView {
  origin: string;
  state: ViewState;
  /** The graph version the view is pinned to: the state's, or the current one. */
  version: string;
  title: string;
  today: string;
}

/** The embed parameters of a view (the explorer's names, plus the pinned version). */
export function embedQuery(view: EmbeddableView): URLSearchParams {
  const { state } = view;
  const params = new URLSearchParams();
  if (state.selected?.group === 'node') params.set('focus', state.selected.id);
  params.set('date', state.asOf);
  params.set('labels', state.labelLang);
  if (state.layout !== 'fcose') params.set('layout', state.layout);
  if (state.hiddenTypes.length) params.set('hide', state.hiddenTypes.join(','));
  if (state.hiddenBranches.length) params.set('hideBranches', state.hiddenBranches.join(','));
  if (state.hiddenLevels.length) params.set('hideLevels', state.hiddenLevels.join(','));
  if (!state.historical) params.set('historical', '0');
  params.set('version', view.version);
  return params;
}

const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/** The snippets and citations of the "Embed this view" dialog. */
export function embedSnippets(view: EmbeddableView) {
  const query = embedQuery(view);
  const permalink = `${view.origin}/?${query}`;
  const components = [...query].map(([name, value]) => ` ${kebab(name)}="${attribute(value)}"`).join('');
  const year = view.today.slice(0, 4);
  const accessed = new Date(`${view.today}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const key = `kzlegalgraph${view.state.selected?.id.replace(/-/g, '') ?? ''}${view.state.asOf.replace(/-/g, '')}`;
  return {
    iframe: `<iframe src="${attribute(`${view.origin}/embed?${query}`)}" width="800" height="600" style="border:0;max-width:100%" loading="lazy" title="${attribute(view.title)}"></iframe>`,
    component: `<script type="module" src="${view.origin}/kz-legal-graph.js"></script>\n<kz-legal-graph${components} height="480"></kz-legal-graph>`,
    link: permalink,
    apa: `kz-legal-graph. (${year}). ${view.title} [Knowledge graph view; graph version ${view.version}; as of ${view.state.asOf}]. Retrieved ${accessed}, from ${permalink}`,
    bibtex: `@misc{${key},\n  author = {{kz-legal-graph}},\n  title = {${view.title}},\n  year = {${year}},\n  howpublished = {\\url{${permalink}}},\n  note = {Knowledge graph view, graph version ${view.version}, as of ${view.state.asOf}. Accessed ${view.today}}\n}`,
    html: `${view.origin}/export/view.html?${query}`,
  };
}

/** Copies text, with a fallback for pages where the Clipboard API is not allowed. */
async function copy(text: string, field: HTMLTextAreaElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    field.select();
    document.execCommand('copy');
  }
}

/** Fills the dialog: each snippet read-only, with a copy button that says when it has copied. */
export function renderEmbedDialog(container: HTMLElement, view: EmbeddableView, lang: Lang): void {
  const snippets = embedSnippets(view);
  const rows: [keyof typeof snippets, Parameters<typeof t>[1]][] = [
    ['iframe', 'embedIframe'],
    ['component', 'embedComponent'],
    ['link', 'embedLink'],
    ['apa', 'citeApa'],
    ['bibtex', 'citeBibtex'],
  ];
  container.replaceChildren(
    h('p', { class: 'hint' }, t(lang, 'embedPinnedNote').replace('{version}', view.version)),
    ...rows.map(([name, label]) => {
      const field = h('textarea', {
        readonly: '',
        rows: name === 'bibtex' || name === 'component' ? '5' : '3',
        id: `embed-${name}`,
        'aria-label': t(lang, label),
      });
      field.value = snippets[name];
      const button = h('button', { type: 'button', 'data-copy': name }, t(lang, 'copy'));
      const done = h('span', { class: 'copied', 'aria-live': 'polite' });
      button.addEventListener('click', () => void copy(snippets[name], field).then(() => (done.textContent = t(lang, 'copied'))));
      return h('div', { class: 'embed-row' }, h('label', { for: `embed-${name}` }, t(lang, label)), field, h('div', {}, button, ' ', done));
    }),
    h('p', {}, h('a', { href: snippets.html, download: '', id: 'download-html' }, t(lang, 'downloadHtml'))),
  );
}

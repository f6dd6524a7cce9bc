import type { Lang } from './api';

export const LAYOUTS = ['fcose', 'dagre', 'concentric'] as const;
/** Labels may also be Kazakh in the Latin alphabet, transliterated from the Cyrillic names. */
export type LabelLang = Lang | 'kk-latn';
const LABEL_LANGS: LabelLang[] = ['kk', 'kk-latn', 'ru', 'en'];
export type LayoutName = (typeof LAYOUTS)[number];
const LANGS: Lang[] = ['kk', 'ru', 'en'];

/** Everything that makes up a view: a copied link reopens exactly this. */
export interface ViewState {
  asOf: string;
  uiLang: Lang;
  /** The labels' language: the interface's, unless one was chosen for them (`labelLangChosen`). */
  labelLang: LabelLang;
  /** Whether the labels keep their language when the interface changes its own. */
  labelLangChosen: boolean;
  layout: LayoutName;
  /** The selected entity or relation. */
  selected: { group: 'node' | 'edge'; id: string } | null;
  hiddenTypes: string[];
  hiddenBranches: string[];
  hiddenLevels: string[];
  /** Whether historical bodies and events are drawn. */
  historical: boolean;
  /** A published graph version the view is pinned to; null for the current graph. */
  version: string | null;
  /** On a graph too large to draw whole: the entities opened, whose neighbours are drawn too (largeGraph.ts). */
  expanded: string[];
}

/**
 * Where this browser remembers the languages. New names since the defaults follow the browser:
 * until then every visit wrote both languages, chosen or not, so what the old names hold (English
 * and Kazakh, mostly) says nothing of a choice and would keep every earlier visitor on them.
 */
const STORAGE = { uiLang: 'kz-legal-graph.interfaceLanguage', labelLang: 'kz-legal-graph.labelLanguage' };

const list = (value: string | null) => (value ? value.split(',').filter(Boolean) : []);
const lang = (value: string | null): Lang | null => (LANGS.includes(value as Lang) ? (value as Lang) : null);
const labelLang = (value: string | null): LabelLang | null => (LABEL_LANGS.includes(value as LabelLang) ? (value as LabelLang) : null);

/**
 * The first of the reader's languages (`navigator.languages`, best first) that the interface
 * speaks, by its primary subtag (`ru-RU` is `ru`, `kk-KZ` is `kk`); English when none is.
 */
export function preferredLang(languages: readonly string[]): Lang {
  for (const tag of languages) {
    const primary = lang(tag.split('-')[0].toLowerCase());
    if (primary) return primary;
  }
  return 'en';
}

/**
 * Today's date where the reader is, as YYYY-MM-DD. Read from the date's fields rather than with
 * `toLocaleDateString('en-CA')`: the first date formatting on a page loads Intl's locale data
 * (15–60 ms on a fresh page here), and today is needed before the page's first requests go out.
 */
export function localToday(now = new Date()): string {
  const twoDigits = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${twoDigits(now.getMonth() + 1)}-${twoDigits(now.getDate())}`;
}

/**
 * The view a page opens with: the URL first (a shared link), then the languages this browser
 * remembers, then the defaults (today, the interface in the first of `browserLanguages` it speaks
 * else English, the labels in the interface's language, force-directed layout).
 */
export function readViewState(
  search: string,
  storage: Pick<Storage, 'getItem'>,
  today: string,
  browserLanguages: readonly string[] = [],
): ViewState {
  const params = new URLSearchParams(search);
  const layout = params.get('layout');
  const node = params.get('focus');
  const edge = params.get('edge');
  const date = params.get('date');
  const uiLang = lang(params.get('ui')) ?? lang(storage.getItem(STORAGE.uiLang)) ?? preferredLang(browserLanguages);
  const chosenLabelLang = labelLang(params.get('labels')) ?? labelLang(storage.getItem(STORAGE.labelLang));
  return {
    asOf: date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : today,
    uiLang,
    labelLang: chosenLabelLang ?? uiLang,
    labelLangChosen: chosenLabelLang !== null,
    layout: LAYOUTS.includes(layout as LayoutName) ? (layout as LayoutName) : 'fcose',
    selected: node ? { group: 'node', id: node } : edge ? { group: 'edge', id: edge } : null,
    hiddenTypes: list(params.get('hide')),
    hiddenBranches: list(params.get('hideBranches')),
    hiddenLevels: list(params.get('hideLevels')),
    historical: params.get('historical') !== '0',
    version: /^[0-9a-f]{16}$/.test(params.get('version') ?? '') ? params.get('version') : null,
    expanded: list(params.get('expand')),
  };
}

/**
 * The query string of a view; defaults are left out so links stay short. The interface's language
 * is always in it (a shared link opens in the language it was made in); the labels' only when
 * chosen, so that labels that follow the interface go on following it.
 */
export function viewStateQuery(state: ViewState, today: string): string {
  const params = new URLSearchParams();
  if (state.asOf !== today) params.set('date', state.asOf);
  params.set('ui', state.uiLang);
  if (state.labelLangChosen) params.set('labels', state.labelLang);
  if (state.layout !== 'fcose') params.set('layout', state.layout);
  if (state.selected) params.set(state.selected.group === 'node' ? 'focus' : 'edge', state.selected.id);
  if (state.hiddenTypes.length) params.set('hide', state.hiddenTypes.join(','));
  if (state.hiddenBranches.length) params.set('hideBranches', state.hiddenBranches.join(','));
  if (state.hiddenLevels.length) params.set('hideLevels', state.hiddenLevels.join(','));
  if (!state.historical) params.set('historical', '0');
  if (state.version) params.set('version', state.version);
  if (state.expanded.length) params.set('expand', state.expanded.join(','));
  return params.toString();
}

/** Puts the view in the address bar (without a new history entry) and remembers the languages (the labels' if chosen). */
export function saveViewState(state: ViewState, today: string, storage: Pick<Storage, 'setItem'>): void {
  storage.setItem(STORAGE.uiLang, state.uiLang);
  if (state.labelLangChosen) storage.setItem(STORAGE.labelLang, state.labelLang);
  const query = viewStateQuery(state, today);
  history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
}

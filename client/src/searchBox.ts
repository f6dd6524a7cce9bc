/**
 * Search as you type, following the WAI-ARIA 1.2 combobox pattern (editable, list autocomplete):
 * focus stays in the input and `aria-activedescendant` names the active option, so the keyboard
 * and screen readers work without moving focus into the list.
 */
import { apiLang, graphql } from './api';
import { gql } from './gql';
import { h } from './dom';
import './searchBox.css';

type Lang = 'kk' | 'ru' | 'en';

export interface SearchBoxStrings {
  label: string;
  placeholder: string;
  noResults: string;
  error: string;
  loading: string;
}

export interface SearchResult {
  id: string;
  name: string;
  kind: string;
  /** The name or alias that matched, in its own language and spelling. */
  matched: string;
}

export interface SearchBoxOptions {
  /** Read on every render, so a change of interface language needs only `refresh()`. */
  strings: () => SearchBoxStrings;
  labelLang: () => Lang;
  search: (text: string, lang: Lang) => Promise<SearchResult[]>;
  onSelect: (id: string) => void;
}

const MAX_RESULTS = 8;
const DEBOUNCE_MS = 150;
/** The server's limit; longer text is refused. */
const LONGEST_TEXT = 200;

/** The API refuses text without a letter or digit, so such text is never sent. */
function isSearchable(text: string): boolean {
  return text.length <= LONGEST_TEXT && /[\p{L}\p{N}]/u.test(text);
}

const SEARCH_QUERY = gql(`query Search($text: String!, $lang: Lang, $first: Int) {
  search(text: $text, lang: $lang, first: $first) { matched node { id kind name(lang: $lang) } }
}`);

/** `SearchBoxOptions.search` over the GraphQL API; the names come in `lang`. */
export async function searchViaApi(text: string, lang: Lang): Promise<SearchResult[]> {
  if (!isSearchable(text)) return [];
  const { search } = await graphql(SEARCH_QUERY, { text, lang: apiLang(lang), first: MAX_RESULTS });
  return search.map(({ node, matched }) => ({ id: node.id, name: node.name, kind: node.kind, matched }));
}

type Status = 'idle' | 'loading' | 'noResults' | 'error';

export function createSearchBox(options: SearchBoxOptions): { element: HTMLElement; focus(): void; refresh(): void } {
  const label = h('label', { id: 'search-label', for: 'search-input' });
  const input = h('input', {
    id: 'search-input',
    type: 'text', // not "search": browsers give that their own Escape handling
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': 'search-results',
    autocomplete: 'off',
    spellcheck: 'false',
    maxlength: String(LONGEST_TEXT),
  });
  const listbox = h('ul', { id: 'search-results', role: 'listbox', 'aria-labelledby': 'search-label', class: 'search-results' });
  // Always in the document: a live region added together with its text is often not announced.
  const statusElement = h('div', { id: 'search-status', role: 'status', class: 'search-status' });
  const element = h(
    'div',
    { class: 'search-box' },
    label,
    h('div', { class: 'search-field' }, input, h('div', { class: 'search-popup' }, listbox, statusElement)),
  );

  let results: SearchResult[] = [];
  let active = -1;
  let status: Status = 'idle';
  let open = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Bumped by every new search or reset, so that slower, older answers are dropped. */
  let latest = 0;
  let searchedLang: Lang | undefined;
  /** Enter came before the answer: the first result is chosen as soon as it arrives. */
  let enterPending = false;

  function render(): void {
    const strings = options.strings();
    label.textContent = strings.label;
    input.placeholder = strings.placeholder;
    const showList = open && results.length > 0;
    listbox.hidden = !showList;
    input.setAttribute('aria-expanded', String(showList));
    const message = open && status !== 'idle' ? strings[status] : '';
    // Rewriting the same text would make screen readers say it again on every keystroke.
    if (statusElement.textContent !== message) statusElement.textContent = message;
    statusElement.classList.toggle('error', status === 'error');
    setActive(showList ? active : -1);
  }

  function renderOptions(): void {
    listbox.replaceChildren(
      ...results.map((result, index) => {
        // Case alone is no news: "СЕНАТ" matched for "Сенат" is not worth a second line.
        const sameAsName = result.matched.localeCompare(result.name, undefined, { sensitivity: 'accent' }) === 0;
        return h(
          'li',
          {
            id: `search-option-${result.id}`,
            class: 'search-option',
            role: 'option',
            'aria-selected': 'false',
            'data-index': String(index),
            'data-kind': result.kind,
          },
          h('span', { class: 'search-option-name' }, result.name),
          // The space keeps the two apart in the option's accessible name and text.
          !sameAsName && [' ', h('span', { class: 'search-option-matched' }, result.matched)],
        );
      }),
    );
  }

  /** Only attributes change, so screen readers keep their place in the list. */
  function setActive(index: number): void {
    active = index;
    const items = listbox.children;
    for (let i = 0; i < items.length; i++) items[i].setAttribute('aria-selected', String(i === index));
    const option = items[index];
    if (option) {
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function showResults(next: SearchResult[], nextStatus: Status): void {
    results = next;
    status = nextStatus;
    active = -1;
    renderOptions();
    render();
  }

  /** Forgets the results and any answer still on its way. */
  function reset(): void {
    clearTimeout(timer);
    latest++;
    enterPending = false;
    open = false;
    showResults([], 'idle');
  }

  async function runSearch(text: string): Promise<void> {
    clearTimeout(timer);
    const request = ++latest;
    const lang = options.labelLang();
    open = true;
    showResults([], 'loading');
    let found: SearchResult[];
    try {
      found = (await options.search(text, lang)).slice(0, MAX_RESULTS);
    } catch (error) {
      if (request !== latest) return;
      console.error(error); // the list says only that the search failed; the console says why
      enterPending = false;
      showResults([], 'error');
      return;
    }
    if (request !== latest) return;
    searchedLang = lang;
    showResults(found, found.length > 0 ? 'idle' : 'noResults');
    if (enterPending && found.length > 0) choose(0);
    enterPending = false;
  }

  function choose(index: number): void {
    const result = results[index];
    if (!result) return;
    input.value = result.name;
    reset();
    options.onSelect(result.id);
  }

  function move(step: 1 | -1): void {
    const count = results.length;
    if (active === -1) setActive(step === 1 ? 0 : count - 1);
    else setActive((active + step + count) % count);
  }

  input.addEventListener('input', () => {
    const text = input.value.trim();
    if (!isSearchable(text)) {
      reset();
      return;
    }
    // The old results no longer fit the text, so they go at once rather than be chosen by mistake.
    clearTimeout(timer);
    latest++;
    enterPending = false;
    open = true;
    showResults([], 'loading');
    timer = setTimeout(() => void runSearch(text), DEBOUNCE_MS);
  });

  input.addEventListener('keydown', (event) => {
    if (event.isComposing || event.altKey || event.ctrlKey || event.metaKey) return;
    const listShown = open && results.length > 0;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        if (listShown) {
          move(event.key === 'ArrowDown' ? 1 : -1);
        } else if (results.length > 0) {
          open = true; // reopens what Escape or leaving closed
          render();
        } else if (isSearchable(input.value.trim())) {
          void runSearch(input.value.trim());
        }
        return;
      }
      case 'Enter': {
        if (listShown) {
          event.preventDefault();
          choose(Math.max(active, 0));
        } else if (status === 'loading') {
          event.preventDefault();
          enterPending = true;
          void runSearch(input.value.trim()); // no need to wait out the debounce
        }
        return;
      }
      case 'Escape': {
        if (open && (results.length > 0 || status !== 'idle')) {
          event.preventDefault();
          clearTimeout(timer);
          enterPending = false;
          open = false;
          render();
        } else if (input.value !== '') {
          event.preventDefault();
          input.value = '';
          reset();
        }
        return;
      }
    }
  });

  // Keeps focus in the input, so a click on an option is not first a "focus left" that closes the list.
  listbox.addEventListener('mousedown', (event) => event.preventDefault());
  listbox.addEventListener('click', (event) => {
    const option = (event.target as Element).closest<HTMLElement>('.search-option');
    if (option) choose(Number(option.dataset.index));
  });

  element.addEventListener('focusout', (event) => {
    if (element.contains(event.relatedTarget as Node | null)) return;
    clearTimeout(timer);
    enterPending = false;
    open = false;
    render();
  });

  render();
  return {
    element,
    focus: () => input.focus(),
    refresh: () => {
      // Names shown in another language than the one now asked for are searched again.
      if (searchedLang !== undefined && searchedLang !== options.labelLang()) {
        searchedLang = undefined;
        if (open && isSearchable(input.value.trim())) {
          void runSearch(input.value.trim());
          return;
        }
        results = [];
        renderOptions();
      }
      render();
    },
  };
}

import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { preferredLang, readViewState, saveViewState, viewStateQuery, type ViewState } from '../../client/src/viewState';

// A view written to the address bar and read back from it (a copied link) must be the same view.

const TODAY = '2024-05-01';

/** The browser's localStorage, in memory. */
function memoryStorage(entries: Record<string, string> = {}): Pick<Storage, 'getItem' | 'setItem'> & { entries: Map<string, string> } {
  const map = new Map(Object.entries(entries));
  return {
    entries: map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, String(value)),
  };
}

const emptyStorage = () => memoryStorage();

/** What a page opened with no query string and nothing remembered shows, in a browser that asks for no language. */
const DEFAULT_VIEW = readViewState('', emptyStorage(), TODAY);

const view = (changes: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...changes });

describe('today', () => {
  it("is the reader's local date, YYYY-MM-DD, as the browser formats it, not the date in UTC", () => {
    // In a process of its own: Jest's sandbox does not pass a time zone set in it on to the clock.
    // Almaty is five hours ahead of UTC: at 2 a.m. there, UTC is still on the day before.
    const script = `const { localToday } = require('./client/src/viewState.ts');
      const dates = [new Date(2026, 0, 5, 2, 0), new Date(2026, 11, 31, 23, 59), new Date(1999, 8, 9, 12, 0)];
      console.log(JSON.stringify(dates.map((date) => [localToday(date), date.toLocaleDateString('en-CA')])));`;
    const output = execFileSync(process.execPath, ['--import', 'tsx', '-e', script], {
      cwd: path.join(__dirname, '..', '..'),
      env: { ...process.env, TZ: 'Asia/Almaty' },
      encoding: 'utf8',
    });
    expect(JSON.parse(output)).toEqual([
      ['2026-01-05', '2026-01-05'],
      ['2026-12-31', '2026-12-31'],
      ['1999-09-09', '1999-09-09'],
    ]);
  });
});

describe('the defaults', () => {
  it('are today, an English interface, labels in its language, the force-directed layout, nothing selected or hidden', () => {
    expect(DEFAULT_VIEW).toEqual({
      asOf: TODAY,
      uiLang: 'en',
      labelLang: 'en',
      labelLangChosen: false,
      layout: 'fcose',
      selected: null,
      hiddenTypes: [],
      hiddenBranches: [],
      hiddenLevels: [],
      historical: true,
      version: null,
      expanded: [],
    });
  });

  it("are left out of the link, but for the interface's language", () => {
    expect([...new URLSearchParams(viewStateQuery(DEFAULT_VIEW, TODAY)).keys()]).toEqual(['ui']);
  });

  it('are left out one by one: a link names only what differs', () => {
    const changes: Partial<ViewState>[] = [
      { asOf: '2019-03-20' },
      { layout: 'dagre' },
      { selected: { group: 'node', id: 'senate' } },
      { hiddenTypes: ['appoints'] },
      { hiddenBranches: ['judicial'] },
      { hiddenLevels: ['district'] },
      { historical: false },
      { version: '0123456789abcdef' },
      { expanded: ['senate'] },
    ];
    for (const change of changes) {
      const keys = [...new URLSearchParams(viewStateQuery(view(change), TODAY)).keys()].filter((key) => key !== 'ui' && key !== 'labels');
      expect({ change, keys: keys.length }).toEqual({ change, keys: 1 });
    }
  });

  it("leave today's date out of the link, so that it opens on the day it is opened", () => {
    const query = viewStateQuery(view({ asOf: TODAY }), TODAY);
    expect(readViewState(query, emptyStorage(), '2030-01-01').asOf).toBe('2030-01-01');
    const dated = viewStateQuery(view({ asOf: '2019-03-20' }), TODAY);
    expect(readViewState(dated, emptyStorage(), '2030-01-01').asOf).toBe('2019-03-20');
  });
});

describe('a link reopens the view it was made from', () => {
  const states: [string, ViewState][] = [
    ['the default view', DEFAULT_VIEW],
    [
      'a past date in Russian with Latin-script labels',
      view({ asOf: '1995-08-30', uiLang: 'ru', labelLang: 'kk-latn', labelLangChosen: true }),
    ],
    [
      'the Kazakh interface with English labels, hierarchical layout',
      view({ uiLang: 'kk', labelLang: 'en', labelLangChosen: true, layout: 'dagre' }),
    ],
    ['the Russian interface, its labels following it', view({ uiLang: 'ru', labelLang: 'ru' })],
    ['the Russian interface with Russian labels chosen', view({ uiLang: 'ru', labelLang: 'ru', labelLangChosen: true })],
    ['a selected entity', view({ layout: 'concentric', selected: { group: 'node', id: 'prosecutor-general' } })],
    ['a selected relation', view({ selected: { group: 'edge', id: 'senate-consents-to-prosecutor-general' } })],
    [
      'filters and history hidden',
      view({
        hiddenTypes: ['appoints', 'dismisses'],
        hiddenBranches: ['judicial', 'executive'],
        hiddenLevels: ['regional', 'district'],
        historical: false,
      }),
    ],
    ['a pinned version', view({ version: 'fedcba9876543210' })],
    ['entities opened on a large graph', view({ expanded: ['akimat-almaty', 'maslikhat-almaty', 'district-7'] })],
    [
      'everything at once, with ids that need escaping',
      {
        asOf: '2023-01-01',
        uiLang: 'ru',
        labelLang: 'ru',
        labelLangChosen: true,
        layout: 'concentric',
        selected: { group: 'node', id: 'Сенат & Мәжіліс?=1#x' },
        hiddenTypes: ['consents-to'],
        hiddenBranches: ['legislative'],
        hiddenLevels: ['national'],
        historical: false,
        version: '00000000000000ff',
        expanded: ['a b', 'ц+д'],
      },
    ],
  ];

  it.each(states)('%s', (_name, state) => {
    const query = viewStateQuery(state, TODAY);
    expect(readViewState(query, emptyStorage(), TODAY)).toEqual(state);
    // As the address bar gives it, with the question mark.
    expect(readViewState(`?${query}`, emptyStorage(), TODAY)).toEqual(state);
  });

  it('whatever this browser remembers or speaks: the link wins', () => {
    const state = view({ uiLang: 'kk', labelLang: 'ru', labelLangChosen: true });
    const remembered = memoryStorage({ 'kz-legal-graph.interfaceLanguage': 'en', 'kz-legal-graph.labelLanguage': 'en' });
    expect(readViewState(viewStateQuery(state, TODAY), remembered, TODAY, ['en-US'])).toEqual(state);
    const following = view({ uiLang: 'kk', labelLang: 'kk' });
    expect(readViewState(viewStateQuery(following, TODAY), emptyStorage(), TODAY, ['ru-RU'])).toEqual(following);
  });
});

describe('the languages of a browser', () => {
  it.each([
    [['ru-RU'], 'ru'],
    [['kk-KZ', 'ru-RU', 'en'], 'kk'],
    [['KK'], 'kk'],
    [['de-DE'], 'en'],
    [['de-DE', 'ru'], 'ru'],
    [['en-GB', 'ru'], 'en'],
    [[], 'en'],
  ])('%j: the interface speaks the first it knows, else English (%s)', (languages, expected) => {
    expect(preferredLang(languages)).toBe(expected);
  });

  it("open the interface in the browser's language and the labels in the interface's", () => {
    expect(readViewState('', emptyStorage(), TODAY, ['ru-RU'])).toEqual(view({ uiLang: 'ru', labelLang: 'ru' }));
    expect(readViewState('', emptyStorage(), TODAY, ['kk-KZ'])).toEqual(view({ uiLang: 'kk', labelLang: 'kk' }));
    expect(readViewState('', emptyStorage(), TODAY, ['de-DE'])).toEqual(DEFAULT_VIEW);
  });

  it('are not overruled by what earlier versions wrote on every visit, chosen or not', () => {
    const writtenOnEveryVisit = memoryStorage({ 'kz-legal-graph.uiLang': 'en', 'kz-legal-graph.labelLang': 'kk' });
    expect(readViewState('', writtenOnEveryVisit, TODAY, ['ru-RU'])).toEqual(view({ uiLang: 'ru', labelLang: 'ru' }));
  });

  it('give way to the languages a link names, and to labels chosen in this browser before', () => {
    expect(readViewState('ui=en', emptyStorage(), TODAY, ['ru-RU'])).toEqual(view({ uiLang: 'en', labelLang: 'en' }));
    expect(readViewState('labels=kk-latn', emptyStorage(), TODAY, ['ru-RU'])).toEqual(
      view({ uiLang: 'ru', labelLang: 'kk-latn', labelLangChosen: true }),
    );
    const remembered = memoryStorage({ 'kz-legal-graph.labelLanguage': 'en' });
    expect(readViewState('', remembered, TODAY, ['kk'])).toEqual(view({ uiLang: 'kk', labelLang: 'en', labelLangChosen: true }));
  });
});

describe('a link with bad values', () => {
  it.each([
    ['date', 'date=yesterday', 'asOf'],
    ['date', 'date=2024-5-1', 'asOf'],
    ['ui', 'ui=de', 'uiLang'],
    ['labels', 'labels=kk-cyrl', 'labelLang'],
    ['layout', 'layout=grid', 'layout'],
    ['version', 'version=latest', 'version'],
    ['version', 'version=0123456789ABCDEF', 'version'],
    ['version', 'version=0123456789abcdef0', 'version'],
    ['hide', 'hide=,,', 'hiddenTypes'],
    ['expand', 'expand=', 'expanded'],
    ['focus', 'focus=', 'selected'],
  ] as const)('falls back to the default %s for %s', (_param, query, field) => {
    expect(readViewState(query, emptyStorage(), TODAY)[field]).toEqual(DEFAULT_VIEW[field]);
  });

  it('keeps the good values beside a bad one', () => {
    const state = readViewState('date=someday&ui=ru&layout=nope&focus=senate', emptyStorage(), TODAY);
    expect(state).toEqual(view({ uiLang: 'ru', labelLang: 'ru', selected: { group: 'node', id: 'senate' } }));
  });

  it('falls back to the languages this browser remembers before the defaults', () => {
    const remembered = memoryStorage({ 'kz-legal-graph.interfaceLanguage': 'ru', 'kz-legal-graph.labelLanguage': 'kk-latn' });
    const state = readViewState('ui=xx&labels=yy', remembered, TODAY);
    expect(state.uiLang).toBe('ru');
    expect(state.labelLang).toBe('kk-latn');
    const badlyRemembered = memoryStorage({ 'kz-legal-graph.interfaceLanguage': 'fr', 'kz-legal-graph.labelLanguage': 'de' });
    expect(readViewState('', badlyRemembered, TODAY)).toEqual(DEFAULT_VIEW);
  });

  it('drops empty items of a list and selects the entity when both an entity and a relation are named', () => {
    expect(readViewState('hide=,appoints,,dismisses,', emptyStorage(), TODAY).hiddenTypes).toEqual(['appoints', 'dismisses']);
    expect(readViewState('focus=senate&edge=r1', emptyStorage(), TODAY).selected).toEqual({ group: 'node', id: 'senate' });
  });

  it('draws history unless it says historical=0', () => {
    expect(readViewState('historical=1', emptyStorage(), TODAY).historical).toBe(true);
    expect(readViewState('historical=no', emptyStorage(), TODAY).historical).toBe(true);
    expect(readViewState('historical=0', emptyStorage(), TODAY).historical).toBe(false);
  });
});

describe('saveViewState', () => {
  const replaceState = jest.fn();
  const globals = globalThis as unknown as { history?: unknown; location?: unknown };

  beforeEach(() => {
    replaceState.mockClear();
    globals.history = { replaceState };
    globals.location = { pathname: '/explorer/' };
  });

  afterAll(() => {
    delete globals.history;
    delete globals.location;
  });

  it('remembers the languages, which a page opened without a link then reads back', () => {
    const storage = memoryStorage();
    saveViewState(view({ uiLang: 'kk', labelLang: 'kk-latn', labelLangChosen: true, layout: 'dagre' }), TODAY, storage);
    expect(readViewState('', storage, TODAY, ['ru'])).toEqual(view({ uiLang: 'kk', labelLang: 'kk-latn', labelLangChosen: true }));
  });

  it('remembers no label language while the labels follow the interface', () => {
    const storage = memoryStorage();
    saveViewState(view({ uiLang: 'ru', labelLang: 'ru' }), TODAY, storage);
    expect(storage.entries.has('kz-legal-graph.labelLanguage')).toBe(false);
    expect(readViewState('', storage, TODAY)).toEqual(view({ uiLang: 'ru', labelLang: 'ru' }));
  });

  it('puts the view in the address bar without a new history entry, and that address reopens it', () => {
    const state = view({
      asOf: '2010-06-15',
      uiLang: 'ru',
      labelLang: 'ru',
      selected: { group: 'edge', id: 'r-42' },
      hiddenLevels: ['district'],
      expanded: ['x'],
    });
    saveViewState(state, TODAY, memoryStorage());
    expect(replaceState).toHaveBeenCalledTimes(1);
    const address = new URL(String(replaceState.mock.calls[0][2]), 'https://example.org');
    expect(address.pathname).toBe('/explorer/');
    expect(readViewState(address.search, emptyStorage(), TODAY)).toEqual(state);
  });
});

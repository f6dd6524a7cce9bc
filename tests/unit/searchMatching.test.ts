import { foldForSearch, type Lang } from '../../ontology/src';
import type { EntityRecord } from '../../server/src/graph/graph.records';
import {
  TIER,
  candidatesQuery,
  inflectedPattern,
  matchTerm,
  matchWord,
  scoreEntity,
  searchWords,
  termsOf,
} from '../../server/src/search/search.matching';

// How search matches what people type against names and aliases, without a database: the entities
// are built here, and ranked by `scoreEntity` as `findSearchHits` ranks the database's candidates.

type Names = Partial<Record<Lang, string>>;

function entity(id: string, names: Names, aliases: Partial<Record<Lang, string[]>> = {}): EntityRecord {
  return {
    id,
    kind: 'body',
    branchId: null,
    level: null,
    names: { kk: names.kk ?? '', ru: names.ru ?? '', en: names.en ?? '' },
    aliases: { kk: aliases.kk ?? [], ru: aliases.ru ?? [], en: aliases.en ?? [] },
    descriptions: { kk: null, ru: null, en: null },
    validFrom: '1995-08-30',
    validTo: null,
    notes: null,
    officialText: null,
    sources: [],
  };
}

/** The ids of the entities the query finds, best first (ties keep the given order). */
function ranking(entities: EntityRecord[], text: string, lang?: Lang): string[] {
  const words = searchWords(text);
  return entities
    .map((candidate) => ({ id: candidate.id, match: scoreEntity(candidate, words, lang) }))
    .filter((hit) => hit.match !== null)
    .sort((a, b) => b.match!.score - a.match!.score)
    .map((hit) => hit.id);
}

const senate = entity('senate', { kk: 'Сенат', ru: 'Сенат', en: 'Senate' });
const senateOfParliament = entity('senate-of-parliament', { kk: 'Парламент Сенаты', ru: 'Сенат Парламента', en: 'Senate of Parliament' });
const senateApparatus = entity('senate-apparatus', { kk: 'Сенат Аппараты', ru: 'Аппарат Сената', en: 'Office of the Senate' });
const supremeCourt = entity('supreme-court', { kk: 'Жоғарғы Сот', ru: 'Верховный Суд', en: 'Supreme Court' });
const supremeCourtApparatus = entity('supreme-court-apparatus', {
  kk: 'Жоғарғы Сот аппараты',
  ru: 'Аппарат Верховного Суда',
  en: 'Office of the Supreme Court',
});
const prosecutorsOffice = entity(
  'prosecutor-general-office',
  { kk: 'Бас прокуратура', ru: 'Генеральная прокуратура', en: "Prosecutor General's Office" },
  { ru: ['Генпрокуратура'], en: ['GPO'] },
);
const securityCouncil = entity('security-council', { kk: 'Қауіпсіздік Кеңесі', ru: 'Совет Безопасности', en: 'Security Council' });
const cityCouncil = entity('city-council', { ru: 'Горсовет', en: 'City council' });

describe('searchWords', () => {
  it('folds case and cuts at punctuation, so a query and a name split the same way', () => {
    expect(searchWords('«Сенат»')).toEqual(searchWords('сенат'));
    expect(searchWords('Вице-президент')).toEqual(['vise', 'prezident']);
    expect(searchWords("Prosecutor's")).toEqual(searchWords('prosecutor s'));
    expect(searchWords('  Жоғарғы   СОТ ')).toEqual(['zhogargy', 'sot']);
  });

  it('keeps digits and drops text with no letter or digit', () => {
    expect(searchWords('Статья 81-1')).toEqual(['statia', '81', '1']);
    expect(searchWords(' — «» ... ')).toEqual([]);
  });

  it('reads a Latin i typed inside a Kazakh word as the Kazakh і', () => {
    expect(searchWords('Мәжiлiс')).toEqual(searchWords('Мәжіліс'));
  });

  it('writes Kazakh the same in Cyrillic, in the Latin alphabet of 2021 and in the informal Latin spellings', () => {
    for (const typed of ['Бас прокурор', 'Bas prokuror', 'BAS PROKUROR']) expect(searchWords(typed)).toEqual(['bas', 'prokuror']);
    for (const typed of ['Мәжіліс', 'Mäjılıs', 'Mäjilis', 'Májilis', 'Majilis', 'Mazhilis'])
      expect(searchWords(typed)).toEqual(['mazhilis']);
    for (const typed of ['Жоғарғы Сот', 'Joğarğy Sot', 'Zhogargy Sot', 'Zhogharghy Sot'])
      expect(searchWords(typed)).toEqual(['zhogargy', 'sot']);
    for (const typed of ['Қазақстан', 'Qazaqstan', 'Kazakstan']) expect(searchWords(typed)).toEqual(['kazakstan']);
    for (const typed of ['Конституциялық Кеңес', 'Konstitusiialyq Keñes', 'Konstitutsiyalyk Kenes', 'Konstitusiyalyq Keńes'])
      expect(searchWords(typed)).toEqual(['konstitusiialyk', 'kenes']);
  });

  it('writes Russian Cyrillic in the same Latin letters', () => {
    expect(searchWords('Сенат')).toEqual(searchWords('Senat'));
    expect(searchWords('Генеральная прокуратура')).toEqual(searchWords('Generalnaya prokuratura'));
    expect(searchWords('Верховный Суд')).toEqual(searchWords('Verhovnyi Sud'));
  });
});

/** Search compares words folded (searchWords): the tests below write them as people do. */
const fold = (text: string) => foldForSearch(text);
const matchFolded = (queryWord: string, nameWord: string, inPhrase: boolean) => matchWord(fold(queryWord), fold(nameWord), inPhrase);

describe('matchWord', () => {
  it('tells an exact word, the start of a word, an inflected form and a part inside a word apart', () => {
    expect(matchFolded('сенат', 'сенат', false)?.kind).toBe('exact');
    expect(matchFolded('сен', 'сенат', false)?.kind).toBe('prefix');
    expect(matchFolded('сената', 'сенат', false)?.kind).toBe('inflected');
    expect(matchFolded('совет', 'горсовет', false)?.kind).toBe('infix');
    expect(matchFolded('парламент', 'сенат', false)).toBeNull();
  });

  it('takes Russian and Kazakh case endings, replacing up to two final vowels of the name', () => {
    expect(matchFolded('сенаттың', 'сенат', false)?.kind).toBe('inflected');
    expect(matchFolded('прокуратуры', 'прокуратура', false)?.kind).toBe('inflected');
    expect(matchFolded('верховного', 'верховный', false)?.kind).toBe('inflected');
    // Three replaced letters are too many: "верховн" is not a stem of "верховныйя" (nor, folded, "verhovn" of "verhovnyiia").
    expect(matchFolded('верховного', 'верховныйя', false)).toBeNull();
  });

  it('inflects a three-letter word only inside a phrase', () => {
    expect(matchFolded('сотының', 'сот', true)?.kind).toBe('inflected');
    expect(matchFolded('сотының', 'сот', false)).toBeNull();
  });

  it('looks for a query word inside a name word only from three letters', () => {
    expect(matchFolded('ов', 'горсовет', false)).toBeNull();
    expect(matchFolded('сов', 'горсовет', false)?.kind).toBe('infix');
  });

  it('rates a longer start of a word above a shorter one, and an exact word above all', () => {
    const exact = matchFolded('сенат', 'сенат', false)!.quality;
    const longStart = matchFolded('сена', 'сенат', false)!.quality;
    const shortStart = matchFolded('се', 'сенат', false)!.quality;
    expect(exact).toBeGreaterThan(longStart);
    expect(longStart).toBeGreaterThan(shortStart);
  });
});

describe('matchTerm', () => {
  it('ranks the whole name above its start above a word inside it', () => {
    const query = searchWords('Сенат');
    expect(matchTerm(query, 'Сенат')?.tier).toBe(TIER.EXACT);
    expect(matchTerm(query, 'Сенат Парламента')?.tier).toBe(TIER.PREFIX);
    expect(matchTerm(query, 'Аппарат Сената')?.tier).toBe(TIER.SUBSTRING);
    expect(matchTerm(query, 'Мәжіліс')).toBeNull();
  });

  it('counts a whole name typed in an inflected form as the whole name', () => {
    expect(matchTerm(searchWords('Жоғарғы Сотының'), 'Жоғарғы Сот')?.tier).toBe(TIER.EXACT);
    expect(matchTerm(searchWords('Верховного Суда'), 'Верховный Суд')?.tier).toBe(TIER.EXACT);
    expect(matchTerm(searchWords('Сотының'), 'Сот')).toBeNull();
  });

  it('finds words typed out of order, below the same words in order', () => {
    const inOrder = matchTerm(searchWords('Совет Безопасности'), 'Совет Безопасности')!;
    const outOfOrder = matchTerm(searchWords('Безопасности Совет'), 'Совет Безопасности')!;
    expect(outOfOrder.tier).toBe(TIER.SUBSTRING);
    expect(outOfOrder.coverage).toBeLessThan(inOrder.coverage);
  });

  it('needs every query word, each on a name word of its own', () => {
    expect(matchTerm(searchWords('Совет Министров'), 'Совет Безопасности')).toBeNull();
    expect(matchTerm(searchWords('совет совет'), 'Совет Безопасности')).toBeNull();
  });

  it('covers more of the name as more of it is typed', () => {
    const coverages = ['Г', 'Ген', 'Генеральная', 'Генеральная прок', 'Генеральная прокуратура'].map(
      (typed) => matchTerm(searchWords(typed), 'Генеральная прокуратура')!.coverage,
    );
    for (let i = 1; i < coverages.length; i++) expect(coverages[i]).toBeGreaterThan(coverages[i - 1]);
    expect(coverages[coverages.length - 1]).toBe(1);
  });
});

describe('termsOf', () => {
  it('lists the names in Kazakh, Russian and English, then the aliases, each with its language', () => {
    expect(termsOf(prosecutorsOffice)).toEqual([
      { text: prosecutorsOffice.names.kk, lang: 'kk', isName: true },
      { text: prosecutorsOffice.names.ru, lang: 'ru', isName: true },
      { text: prosecutorsOffice.names.en, lang: 'en', isName: true },
      { text: prosecutorsOffice.aliases.ru[0], lang: 'ru', isName: false },
      { text: prosecutorsOffice.aliases.en[0], lang: 'en', isName: false },
    ]);
  });
});

describe('scoreEntity: which entity a query finds first', () => {
  const all = [
    senateApparatus,
    senateOfParliament,
    senate,
    supremeCourtApparatus,
    supremeCourt,
    prosecutorsOffice,
    securityCouncil,
    cityCouncil,
  ];

  it('puts the exact name first, then names that start with the query, then names that hold it', () => {
    // One language each: in Kazakh the apparatus's name starts with the Senate's ("Сенат Аппараты").
    const inRussian = [
      entity('inside', { ru: 'Аппарат Сената' }),
      entity('start', { ru: 'Сенат Парламента' }),
      entity('exact', { ru: 'Сенат' }),
    ];
    const inEnglish = [
      entity('inside', { en: 'Office of the Senate' }),
      entity('start', { en: 'Senate of Parliament' }),
      entity('exact', { en: 'Senate' }),
    ];
    expect(ranking(inRussian, 'Сенат')).toEqual(['exact', 'start', 'inside']);
    expect(ranking(inEnglish, 'Senate')).toEqual(['exact', 'start', 'inside']);
    expect(ranking(all, 'Сенат')[0]).toBe('senate');
  });

  it('finds the Senate first from its Kazakh genitive "Сенаттың"', () => {
    const found = ranking(all, 'Сенаттың');
    expect(found[0]).toBe('senate');
    expect(found).toEqual(expect.arrayContaining(['senate-of-parliament', 'senate-apparatus']));
    expect(scoreEntity(senate, searchWords('Сенаттың'))?.matched).toBe('Сенат');
  });

  it('finds the Supreme Court first from its inflected names, above the office whose name holds them exactly', () => {
    expect(ranking(all, 'Верховного Суда')[0]).toBe('supreme-court');
    expect(ranking(all, 'Жоғарғы Сотының')[0]).toBe('supreme-court');
    expect(ranking(all, 'Верховного Суда')).toContain('supreme-court-apparatus');
  });

  it('ranks a name typed exactly above the same name reached through an inflected form', () => {
    const exact = scoreEntity(senate, searchWords('Сенат'))!.score;
    const inflected = scoreEntity(senate, searchWords('Сенаттың'))!.score;
    expect(exact).toBeGreaterThan(inflected);
  });

  it('ranks a name that starts with the query above one that only holds it inside a word', () => {
    expect(ranking(all, 'Совет')).toEqual(['security-council', 'city-council']);
  });

  it('finds an entity by a partly typed name, and by an alias', () => {
    expect(ranking(all, 'Генераль')).toEqual(['prosecutor-general-office']);
    expect(ranking(all, 'генпрок')).toEqual(['prosecutor-general-office']);
    expect(scoreEntity(prosecutorsOffice, searchWords('GPO'))?.matched).toBe('GPO');
    expect(ranking(all, 'Мәжіліс')).toEqual([]);
  });

  it('prefers a name to an alias that reads the same', () => {
    const named = entity('named', { ru: 'Совет' });
    const aliased = entity('aliased', { ru: 'Консультативный орган' }, { ru: ['Совет'] });
    expect(ranking([aliased, named], 'Совет')).toEqual(['named', 'aliased']);
  });

  it('prefers names in the language asked for', () => {
    const kazakh = entity('kazakh', { kk: 'Әкімдік', ru: 'Акимат' });
    const russian = entity('russian', { kk: 'Әкімшілік', ru: 'Әкімдік' });
    expect(ranking([kazakh, russian], 'Әкімдік', 'kk')).toEqual(['kazakh', 'russian']);
    expect(ranking([kazakh, russian], 'Әкімдік', 'ru')).toEqual(['russian', 'kazakh']);
    // Without a language, neither is favoured.
    expect(scoreEntity(kazakh, searchWords('Әкімдік'))!.score).toBe(scoreEntity(russian, searchWords('Әкімдік'))!.score);
  });

  it('does not let the preferred language lift a weaker match over a better one', () => {
    // The exact Russian name beats a Kazakh name that merely starts with the query, even asked in Kazakh.
    const exactRu = entity('exact-ru', { ru: 'Сенат', kk: 'Жоғары палата' });
    const startKk = entity('start-kk', { kk: 'Сенат комитеті', ru: 'Комитет' });
    expect(ranking([startKk, exactRu], 'Сенат', 'kk')).toEqual(['exact-ru', 'start-kk']);
  });

  it('returns null for an entity the query does not match', () => {
    expect(scoreEntity(securityCouncil, searchWords('Сенат'))).toBeNull();
  });
});

describe('scoreEntity: Kazakh typed in Latin letters', () => {
  const prosecutorGeneral = entity(
    'prosecutor-general',
    { kk: 'Бас прокурор', ru: 'Генеральный прокурор', en: 'Prosecutor General' },
    { kk: ['Республиканың Бас прокуроры'], ru: ['Генпрокурор'] },
  );
  const deputyProsecutorGeneral = entity('deputy-prosecutor-general', {
    kk: 'Бас прокурордың орынбасары',
    ru: 'Заместитель Генерального прокурора',
    en: 'Deputy Prosecutor General',
  });
  const mazhilis = entity('mazhilis', { kk: 'Мәжіліс', ru: 'Мажилис', en: 'Mazhilis' }, { kk: ['Парламент Мәжілісі'] });
  const all = [deputyProsecutorGeneral, prosecutorsOffice, prosecutorGeneral, senateApparatus, senateOfParliament, senate, mazhilis];

  it('finds the Prosecutor General first for "Bas prokuror", by its Kazakh name, as for "Бас прокурор"', () => {
    const found = ranking(all, 'Bas prokuror');
    expect(found[0]).toBe('prosecutor-general');
    expect(found).toEqual(ranking(all, 'Бас прокурор'));
    expect(scoreEntity(prosecutorGeneral, searchWords('Bas prokuror'))).toEqual(
      scoreEntity(prosecutorGeneral, searchWords('Бас прокурор')),
    );
    expect(scoreEntity(prosecutorGeneral, searchWords('Bas prokuror'))?.matched).toBe('Бас прокурор');
  });

  it.each(['Mäjilis', 'Májilis', 'Mazhilis', 'Majilis', 'Mäjılıs', 'mazhilisi'])('finds the Mazhilis first for "%s"', (typed) => {
    expect(ranking(all, typed)[0]).toBe('mazhilis');
  });

  it('finds Russian names typed in Latin letters, and Kazakh inflected ones', () => {
    expect(ranking(all, 'Senat')[0]).toBe('senate');
    expect(ranking(all, 'Senattyñ')[0]).toBe('senate');
    expect(ranking(all, 'Generalnyy prokuror')[0]).toBe('prosecutor-general');
    expect(ranking(all, 'genprokuror')).toEqual(['prosecutor-general']);
  });

  it('finds a name while its Latin spelling is still being typed', () => {
    for (const typed of ['Ba', 'Bas pro', 'Bas prokur']) expect(ranking(all, typed)).toContain('prosecutor-general');
    for (const typed of ['Maz', 'Mazh', 'Mäj', 'Maji']) expect(ranking(all, typed)[0]).toBe('mazhilis');
  });
});

/** The `searchText` the seed stores for an entity: its names and aliases, folded, joined by " | ". */
function searchTextOf(record: EntityRecord): string {
  return foldForSearch(
    termsOf(record)
      .map((term) => term.text)
      .join(' | '),
  );
}

/** Neo4j's `=~` in JavaScript: the pattern must match the whole text; `(?s)` is the `s` flag. */
function matchesWhole(pattern: string, text: string): boolean {
  expect(pattern.startsWith('(?s)')).toBe(true);
  return new RegExp(`^(?:${pattern.slice('(?s)'.length)})$`, 'su').test(text);
}

describe('inflectedPattern', () => {
  it('matches a text holding a name word the query word may be an inflected form of', () => {
    expect(matchesWhole(inflectedPattern(fold('сенаттың'))!, fold('парламент сенаты | сенат | senate'))).toBe(true);
    expect(matchesWhole(inflectedPattern(fold('прокуратуры'))!, fold('бас прокуратура | генеральная прокуратура'))).toBe(true);
    expect(matchesWhole(inflectedPattern(fold('верховного'))!, fold('жоғарғы сот | верховный суд'))).toBe(true);
  });

  it('does not match a text whose words only start with a start of the query word', () => {
    expect(matchesWhole(inflectedPattern(fold('сенаттың'))!, fold('сенатор | senator'))).toBe(false);
    expect(matchesWhole(inflectedPattern(fold('сенаттың'))!, fold('мәжіліс | mazhilis'))).toBe(false);
  });

  it('is null for a word too short to inflect', () => {
    expect(inflectedPattern(fold('сот'))).toBeNull();
    expect(inflectedPattern(fold('со'))).toBeNull();
    expect(inflectedPattern(fold('соты'))).not.toBeNull();
  });

  it('treats characters of a regular expression in the query as plain text', () => {
    expect(matchesWhole(inflectedPattern(fold('a.b+c'))!, fold('axbbc'))).toBe(false);
    expect(matchesWhole(inflectedPattern(fold('a.b+c'))!, fold('a.b+ | x'))).toBe(true);
  });
});

describe('candidatesQuery', () => {
  it('asks for the folded phrase, every query word with its stem and pattern, the date and the limit', () => {
    const text = 'Жоғарғы СОТЫНЫҢ';
    const words = searchWords(text);
    const query = candidatesQuery(text, words, '2024-05-01', 100);
    expect(query.phrase).toBe(foldForSearch(text));
    expect(query.today).toBe('2024-05-01');
    expect(query.limit).toBe(100);
    expect(query.words.map((word) => word.text)).toEqual(words);
    for (const word of query.words) {
      expect(word.text.startsWith(word.stem)).toBe(true);
      expect(word.inflected).toBe(inflectedPattern(word.text));
    }
  });

  // The database keeps an entity when each word occurs in its searchText as typed, or holds the
  // stem and matches the inflected pattern (graph.repository.ts): this is that test in JavaScript.
  const asksFor = (record: EntityRecord, text: string) =>
    candidatesQuery(text, searchWords(text), '2024-05-01', 100).words.every((word) => {
      const searchText = searchTextOf(record);
      return (
        searchText.includes(word.text) ||
        (word.inflected !== null && searchText.includes(word.stem) && matchesWhole(word.inflected, searchText))
      );
    });

  it.each([
    'Сенат',
    'Сенаттың',
    'сенат парламента',
    'Парламентінің Сенаты',
    'Жоғарғы Сотының',
    'Верховного Суда',
    'Генеральной прокуратуры',
    'прокурат',
    'Совет',
    'Безопасности Совет',
    'Senate of',
    'GPO',
    'Senat',
    'Senattyñ',
    'Bas prokuratura',
    'Generalnoy prokuratury',
    'Joğarğy Sotynyñ',
  ])('fetches every entity that "%s" scores', (text) => {
    const all = [
      senate,
      senateOfParliament,
      senateApparatus,
      supremeCourt,
      supremeCourtApparatus,
      prosecutorsOffice,
      securityCouncil,
      cityCouncil,
    ];
    const scored = all.filter((record) => scoreEntity(record, searchWords(text)) !== null);
    expect(scored.length).toBeGreaterThan(0);
    for (const record of scored) expect({ id: record.id, fetched: asksFor(record, text) }).toEqual({ id: record.id, fetched: true });
  });

  it('does not fetch an entity that holds none of the query', () => {
    expect(asksFor(securityCouncil, 'Сенаттың')).toBe(false);
  });
});

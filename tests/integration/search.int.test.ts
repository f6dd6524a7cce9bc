import { foldForSearch, loadOntology } from '../../ontology/src';
import { loadConfig } from '../../server/src/config';
import { postGraphQL, startTestApp, type RunningApp } from '../support/testApp';

const TODAY = '2026-11-21';
const ontology = loadOntology();
const { maxPageSize } = loadConfig({}).limits;
const DOCUMENT_002 = ontology.documents.find((document) => document.id.startsWith('002_'))!.id;

const SEARCH = `query ($text: String!, $lang: Lang, $first: Int) {
  search(text: $text, lang: $lang, first: $first) { node { id validFrom validTo } score matched }
}`;

interface Hit {
  node: { id: string; validFrom: string; validTo: string | null };
  score: number;
  matched: string;
}

interface ErrorAnswer {
  message: string;
  extensions: { code: string; argument?: string; id?: string; suggestions?: string[] };
}

interface MentionAnswer {
  document: { id: string };
  entity: { id: string };
  start: number;
  end: number;
  text: string;
  passage: string;
}

/** The names and aliases of an entity, as the ontology gives them. */
function termsOf(id: string): string[] {
  const entity = ontology.entities.find((candidate) => candidate.id === id)!;
  const aliases = entity.aliases ?? {};
  return [...Object.values(entity.names), ...(aliases.kk ?? []), ...(aliases.ru ?? []), ...(aliases.en ?? [])];
}

const validOnToday = (node: Hit['node']) => node.validFrom <= TODAY && (node.validTo === null || node.validTo >= TODAY);

describe('search, suggestions and mentions', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startTestApp({ clock: { today: () => TODAY } });
  });
  afterAll(() => app.close());

  const search = async (text: string, options: { lang?: string; first?: number } = {}) => {
    const { data, errors } = await postGraphQL<{ search: Hit[] }>(app.url, SEARCH, { text, ...options });
    expect(errors).toBeUndefined();
    return data!.search;
  };

  const searchError = async (variables: Record<string, unknown>) => {
    const { data, errors } = await postGraphQL<{ search: Hit[] }>(app.url, SEARCH, variables);
    expect(data).toBeNull();
    return errors![0] as ErrorAnswer;
  };

  describe('search', () => {
    it('finds the Senate from the Kazakh genitive "Сенаттың", naming the name that matched', async () => {
      const [first] = await search('Сенаттың');
      expect(first.node.id).toBe('senate');
      expect(first.matched).toBe('Сенат');
      // The whole name, in another case form, counts as an exact match.
      expect(first.score).toBeGreaterThanOrEqual(3);
    });

    it('finds the Prosecutor General from the Russian genitive "Генерального прокурора"', async () => {
      const [first] = await search('Генерального прокурора');
      expect(first.node.id).toBe('prosecutor-general');
      expect(first.matched).toBe('Генеральный прокурор');
    });

    it('finds the Prosecutor General from "Prosecutor Gen" typed in an autocomplete', async () => {
      const [first] = await search('Prosecutor Gen', { lang: 'EN' });
      expect(first.node.id).toBe('prosecutor-general');
      expect(first.matched).toBe('Prosecutor General');
      expect(Math.floor(first.score)).toBe(2);
    });

    it('finds the Prosecutor General first from Kazakh typed in Latin letters, "Bas prokuror", as from "Бас прокурор"', async () => {
      const inLatin = await search('Bas prokuror');
      expect(inLatin[0]).toMatchObject({ node: { id: 'prosecutor-general' }, matched: 'Бас прокурор' });
      expect(Math.floor(inLatin[0].score)).toBe(3);
      expect(inLatin).toEqual(await search('Бас прокурор'));
    });

    it.each(['Mäjilis', 'Májilis', 'Mazhilis', 'Majilis', 'Мәжіліс'])('finds the Mazhilis first from "%s"', async (text) => {
      expect((await search(text))[0].node.id).toBe('mazhilis');
    });

    it('finds Russian typed in Latin letters: "Senat", "Generalnyy prokuror"', async () => {
      expect((await search('Senat'))[0].node.id).toBe('senate');
      expect((await search('Generalnyy prokuror'))[0].node.id).toBe('prosecutor-general');
    });

    it('finds every entity a name or alias of which holds "прокурор", and only those', async () => {
      const expected = ontology.entities
        .filter((entity) => termsOf(entity.id).some((term) => foldForSearch(term).includes(foldForSearch('прокурор'))))
        .map((entity) => entity.id);
      expect(expected.length).toBeGreaterThan(10);
      const hits = await search('прокурор', { first: maxPageSize });
      expect(hits.map((hit) => hit.node.id).sort()).toEqual(expected.sort());
      for (const hit of hits) expect(termsOf(hit.node.id)).toContain(hit.matched);
    });

    it('ranks the exact name above names it starts, above names it is inside', async () => {
      const hits = await search('Prosecutor General', { first: 50 });
      const rank = (id: string) => hits.findIndex((hit) => hit.node.id === id);
      const tier = (id: string) => Math.floor(hits[rank(id)].score);
      expect(hits[0]).toMatchObject({ node: { id: 'prosecutor-general' }, matched: 'Prosecutor General' });
      expect(tier('prosecutor-general')).toBe(3);
      expect(hits[rank('general-prosecutors-office')].matched).toBe("Prosecutor General's Office");
      expect(tier('general-prosecutors-office')).toBe(2);
      expect(hits[rank('deputy-prosecutor-general')].matched).toBe('Deputy Prosecutor General');
      expect(tier('deputy-prosecutor-general')).toBe(1);
      expect(rank('prosecutor-general')).toBeLessThan(rank('general-prosecutors-office'));
      expect(rank('general-prosecutors-office')).toBeLessThan(rank('deputy-prosecutor-general'));
      const scores = hits.map((hit) => hit.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    });

    it('prefers names in the language asked', async () => {
      const inRussian = await search('Конституц', { lang: 'RU' });
      const inKazakh = await search('Конституц', { lang: 'KK' });
      const court = (hits: Hit[]) => hits.find((hit) => hit.node.id === 'constitutional-court')!;
      expect(court(inRussian).matched).toBe('Конституционный Суд');
      expect(court(inKazakh).matched).toBe('Конституциялық Сот');
      const council = (hits: Hit[]) => hits.find((hit) => hit.node.id === 'constitutional-council')!;
      expect(council(inRussian).matched).toBe('Конституционный Совет');
      expect(council(inKazakh).matched).toBe('Конституциялық Кеңес');
    });

    it('finds entities of every date, and puts those valid today first when scores tie', async () => {
      // The Senate ended on 30 June 2026, yet is still found.
      expect((await search('Senate'))[0].node.id).toBe('senate');
      let mixedTies = 0;
      for (const text of ['қазақ', 'прокуратура', 'Prosecutor', 'сот', 'Constitution']) {
        const hits = await search(text, { first: maxPageSize });
        for (let i = 1; i < hits.length; i++) {
          if (hits[i].score !== hits[i - 1].score || validOnToday(hits[i].node) === validOnToday(hits[i - 1].node)) continue;
          mixedTies++;
          expect(validOnToday(hits[i - 1].node)).toBe(true);
        }
      }
      expect(mixedTies).toBeGreaterThan(0);
    });

    it('returns 10 hits by default, and as many as `first` asks up to the limit', async () => {
      expect(await search('прокурор')).toHaveLength(10);
      expect(await search('прокурор', { first: 1 })).toHaveLength(1);
      expect((await search('прокурор', { first: maxPageSize })).length).toBeLessThanOrEqual(maxPageSize);
    });

    it.each([0, -1, maxPageSize + 1])('refuses first: %i as BAD_USER_INPUT naming the allowed range', async (first) => {
      const error = await searchError({ text: 'Сенат', first });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
      expect(error.message).toContain(`between 1 and ${maxPageSize}`);
    });

    it.each(['', '   ', '\t\n', '«»-'])('refuses text %j as BAD_USER_INPUT', async (text) => {
      const error = await searchError({ text });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'text' });
    });

    it('answers an empty list when nothing matches', async () => {
      expect(await search('zzqxv')).toEqual([]);
    });
  });

  describe('NOT_FOUND suggestions', () => {
    const whoAppoints = async (id: string) => {
      const { errors } = await postGraphQL(app.url, 'query ($id: ID!) { whoAppoints(id: $id) { appointer { id } } }', { id });
      return errors![0] as ErrorAnswer;
    };

    it('names the unknown id and suggests the one a letter away', async () => {
      const error = await whoAppoints('prosecutor-generall');
      expect(error.message).toBe('No institution with id "prosecutor-generall". Did you mean "prosecutor-general"?');
      expect(error.extensions).toMatchObject({ code: 'NOT_FOUND', id: 'prosecutor-generall', suggestions: ['prosecutor-general'] });
    });

    it('suggests through search when the words of the id name an entity in another order', async () => {
      const error = await whoAppoints('general-prosecutor');
      expect(error.extensions.code).toBe('NOT_FOUND');
      expect(error.extensions.suggestions![0]).toBe('prosecutor-general');
      expect(error.message).toContain('Did you mean "prosecutor-general"');
    });

    it('suggests on appointees too', async () => {
      const { errors } = await postGraphQL(app.url, 'query ($id: ID!) { appointees(id: $id) { appointee { id } } }', { id: 'presidnt' });
      const error = errors![0] as ErrorAnswer;
      expect(error.extensions).toMatchObject({ code: 'NOT_FOUND', id: 'presidnt' });
      expect(error.extensions.suggestions).toContain('president');
    });

    it('keeps the general hint when nothing is close', async () => {
      const error = await whoAppoints('zzqxv-wwkj');
      expect(error.message).toContain('No institution with id "zzqxv-wwkj". Ids are kebab-case English');
      expect(error.extensions.suggestions).toEqual([]);
    });
  });

  describe('mentions', () => {
    const MENTION_FIELDS = 'document { id } entity { id } start end text passage';

    it('finds the Senate twice in document 002, at offsets that slice the document text', async () => {
      const { data, errors } = await postGraphQL<{ document: { text: string; mentions: MentionAnswer[] } }>(
        app.url,
        `query ($id: ID!) { document(id: $id) { text mentions { ${MENTION_FIELDS} } } }`,
        { id: DOCUMENT_002 },
      );
      expect(errors).toBeUndefined();
      const { text, mentions } = data!.document;
      const senate = mentions.filter((mention) => mention.entity.id === 'senate');
      expect(senate.map((mention) => mention.text)).toEqual(['Парламент сенатының', 'Сенаттың']);
      for (const mention of senate) {
        expect(mention.document.id).toBe(DOCUMENT_002);
        expect(text.slice(mention.start, mention.end)).toBe(mention.text);
        expect(mention.passage).toContain(mention.text);
        expect(text).toContain(mention.passage);
        expect(mention.passage.length).toBeLessThanOrEqual(300);
      }
      // The sentence of the Prosecutor General's appointment, not the whole paragraph.
      expect(senate[0].passage).toBe(
        'Республиканың Бас прокурорын - Парламент сенатының келісімімен Республика Президенті бес жыл мерзімге қызметке тағайындайды',
      );
      const starts = mentions.map((mention) => mention.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
      for (const mention of mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
    });

    it('lists where the documents name an institution, the same places the document lists', async () => {
      const { data, errors } = await postGraphQL<{
        institution: { mentions: MentionAnswer[] };
        document: { mentions: MentionAnswer[] };
      }>(
        app.url,
        `query ($document: ID!) {
          institution(id: "senate") { mentions { ${MENTION_FIELDS} } }
          document(id: $document) { mentions { ${MENTION_FIELDS} } }
        }`,
        { document: DOCUMENT_002 },
      );
      expect(errors).toBeUndefined();
      const fromInstitution = data!.institution.mentions.filter((mention) => mention.document.id === DOCUMENT_002);
      const fromDocument = data!.document.mentions.filter((mention) => mention.entity.id === 'senate');
      expect(fromInstitution).toEqual(fromDocument);
      expect(data!.institution.mentions.every((mention) => mention.entity.id === 'senate')).toBe(true);
    });

    it('answers the mentions of many institutions in one request', async () => {
      const { data, errors } = await postGraphQL<{ graph: { nodes: { id: string; mentions?: MentionAnswer[] }[] } }>(
        app.url,
        `{ graph(filter: { asOf: "2010-01-01" }) { nodes { id ... on Institution { mentions { start end text entity { id } } } } } }`,
      );
      expect(errors).toBeUndefined();
      const prosecutorGeneral = data!.graph.nodes.find((node) => node.id === 'prosecutor-general')!;
      expect(prosecutorGeneral.mentions!.length).toBeGreaterThan(0);
      for (const node of data!.graph.nodes) for (const mention of node.mentions ?? []) expect(mention.entity.id).toBe(node.id);
    });
  });
});

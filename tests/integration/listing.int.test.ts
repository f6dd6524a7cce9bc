import { loadOntology } from '../../ontology/src';
import { postGraphQL, startTestApp, type RunningApp } from '../support/testApp';

const ontology = loadOntology();
const holdsOn = (item: { validFrom: string; validTo?: string }, date: string) =>
  item.validFrom <= date && (!item.validTo || date <= item.validTo);

interface Page<T> {
  nodes: T[];
  edges: { node: T; cursor: string }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

describe('browsing institutions and relations page by page', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startTestApp({ clock: { today: () => '2026-11-21' } });
  });
  afterAll(() => app.close());

  const INSTITUTIONS = `query ($filter: InstitutionFilter, $first: Int, $after: String) {
    institutions(filter: $filter, first: $first, after: $after) {
      nodes { id } edges { node { id } cursor } pageInfo { hasNextPage endCursor } totalCount
    }
  }`;

  it('pages through the courts of 2010 without losing or repeating one', async () => {
    const expected = ontology.entities
      .filter((entity) => entity.kind === 'court' && holdsOn(entity, '2010-01-01'))
      .map((entity) => entity.id)
      .sort();
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const response: { data?: { institutions: Page<{ id: string }> } } = await postGraphQL(app.url, INSTITUTIONS, {
        filter: { kinds: ['COURT'], asOf: '2010-01-01' },
        first: 3,
        after,
      });
      const page: Page<{ id: string }> = response.data!.institutions;
      expect(page.totalCount).toBe(expected.length);
      expect(page.edges.map((edge) => edge.node.id)).toEqual(page.nodes.map((node) => node.id));
      seen.push(...page.nodes.map((node) => node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages++;
    } while (after && pages < 20);
    expect(seen).toEqual(expected);
    expect(pages).toBe(Math.ceil(expected.length / 3));
  });

  it('filters by branch and by text in any language, inflected forms included', async () => {
    const { data } = await postGraphQL<{ institutions: Page<{ id: string }> }>(app.url, INSTITUTIONS, {
      filter: { branches: ['prosecutorial'], text: 'Бас прокурор', asOf: '2010-01-01' },
      first: 50,
    });
    expect(data!.institutions.nodes.map((node) => node.id)).toContain('prosecutor-general');
    for (const node of data!.institutions.nodes) {
      expect(ontology.entities.find((entity) => entity.id === node.id)!.branch).toBe('prosecutorial');
    }
  });

  it('lists the relations of every period with allPeriods, and of one date otherwise', async () => {
    const query = `query ($filter: RelationFilter) { relations(filter: $filter, first: 50) { totalCount nodes { id validFrom validTo } } }`;
    const all = await postGraphQL<{ relations: Page<{ id: string }> }>(app.url, query, {
      filter: { to: 'prime-minister', types: ['APPOINTS'], allPeriods: true },
    });
    const expectedAll = ontology.relations.filter((relation) => relation.to === 'prime-minister' && relation.type === 'appoints');
    expect(all.data!.relations.totalCount).toBe(expectedAll.length);
    expect(expectedAll.length).toBeGreaterThanOrEqual(3);
    const today = await postGraphQL<{ relations: Page<{ id: string }> }>(app.url, query, {
      filter: { to: 'prime-minister', types: ['APPOINTS'] },
    });
    expect(today.data!.relations.nodes.map((node) => node.id)).toEqual(
      expectedAll.filter((relation) => holdsOn(relation, '2026-11-21')).map((relation) => relation.id),
    );
  });

  it('refuses a page size out of range and a cursor it did not give, saying what is allowed', async () => {
    const tooBig = await postGraphQL(app.url, INSTITUTIONS, { first: 100000 });
    expect(tooBig.errors![0]).toMatchObject({
      message: 'first must be between 1 and 200; got 100000.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const badCursor = await postGraphQL(app.url, INSTITUTIONS, { after: 'not-a-cursor' });
    expect(badCursor.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(badCursor.errors![0].message).toContain('after must be a cursor');
  });

  it('answers a text of one 10,000-letter word, or of 3,000 words, with an empty page rather than a failure', async () => {
    for (const text of ['x'.repeat(10_000), Array(3_000).fill('ab').join(' ')]) {
      const { data, errors } = await postGraphQL<{ institutions: Page<{ id: string }> }>(app.url, INSTITUTIONS, { filter: { text } });
      expect(errors).toBeUndefined();
      expect(data!.institutions.totalCount).toBe(0);
    }
    // The longest words are still found by what they start with.
    const { data } = await postGraphQL<{ institutions: Page<{ id: string }> }>(app.url, INSTITUTIONS, {
      filter: { text: 'конституциялық' },
    });
    expect(data!.institutions.nodes.map((node) => node.id)).toContain('constitutional-court');
  });

  it('takes a list of types given as null for every type, and an empty list for none, even in one request', async () => {
    const RELATIONS = `query ($asOf: Date) {
      everyType: institution(id: "senate") { relations(types: null, asOf: $asOf) { id } }
      noType: institution(id: "senate") { relations(types: [], asOf: $asOf) { id } }
      omitted: institution(id: "senate") { relations(asOf: $asOf) { id } }
      graph(filter: { types: null, asOf: $asOf }) { elements }
    }`;
    type Answer = Record<'everyType' | 'noType' | 'omitted', { relations: { id: string }[] }> & {
      graph: { elements: { edges: unknown[] } };
    };
    const { data, errors } = await postGraphQL<Answer>(app.url, RELATIONS, { asOf: '2020-01-01' });
    expect(errors).toBeUndefined();
    expect(data!.omitted.relations.length).toBeGreaterThan(5);
    expect(data!.everyType.relations).toEqual(data!.omitted.relations);
    expect(data!.noType.relations).toEqual([]);
    expect(data!.graph.elements.edges.length).toBeGreaterThan(data!.omitted.relations.length);
  });
});

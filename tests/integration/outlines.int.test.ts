import { parse, TypeInfo, visit, visitWithTypeInfo } from 'graphql';
import { buildApiSchema } from '../../server/src/graphql/schema';
import { ANSWERED_BY_OUTLINES } from '../../server/src/graphql/selection';
import { postGraphQL, startTestApp, type RunningApp } from '../support/testApp';

/**
 * `path`, `neighborhood` and `search` read only the outlines of the entities and relations they
 * find (no sources, descriptions, notes or conditions) when nothing in the whole operation asks for
 * more. Every field said to be answered by outlines (ANSWERED_BY_OUTLINES) is asked below, and
 * each answer is compared with the answer read from whole records.
 */
const FIELDS = 'id kind name names { kk ru en } aliases { kk ru en } validFrom validTo __typename';
const NODE = `${FIELDS} ... on Institution { ${FIELDS} level } ... on Branch { ${FIELDS} }`;
const RELATION = `id type label validFrom validTo derivedFrom term { years singleTerm text }
  from { ${NODE} } to { ${NODE} } consentOf { ${NODE} } nominatedBy { ${NODE} } recommendedBy { ${NODE} }`;

const QUESTIONS: Record<string, { query: string; variables: Record<string, unknown> }> = {
  path: {
    query: `query ($asOf: Date) { path(from: "senate", to: "district-prosecutor", asOf: $asOf) {
      length explanation steps { forward relation { ${RELATION} } } } }`,
    variables: { asOf: '2020-01-01' },
  },
  neighborhood: {
    query: `query ($asOf: Date) { neighborhood(id: "prosecutor-general", depth: 2, asOf: $asOf) {
      asOf truncated elements positions { id x y } nodes { ${NODE} } relations { ${RELATION} } } }`,
    variables: { asOf: '2020-01-01' },
  },
  search: {
    query: `query ($text: String!) { search(text: $text, first: 20) { score matched node { ${NODE} } } }`,
    variables: { text: 'Bas prokuror' },
  },
  'search in another script': {
    query: `query ($text: String!) { search(text: $text) { score matched node { ${NODE} } } }`,
    variables: { text: 'сенат' },
  },
};

/** A field nobody answers from outlines, as a second root field: the whole operation is read whole. */
const WHOLE = 'wholeRecords: institution(id: "senate") { id }';
const readWhole = (query: string) => query.replace(/\}\s*$/, ` ${WHOLE} }`);

/** Whether a query read entities as outlines: only an outline names an entity's aliases property. */
const readsOutlines = (cypher: string) => cypher.includes('.aliasesKk');

describe('outlines: what path, neighborhood and search read when nothing more is asked', () => {
  let app: RunningApp;
  const cyphers: string[] = [];
  beforeAll(async () => {
    // Without the response cache, every question below is read again.
    app = await startTestApp({ responseCache: { enabled: false }, onDatabaseQuery: (cypher) => cyphers.push(cypher) });
  });
  afterAll(() => app.close());

  const ask = async (query: string, variables: Record<string, unknown>) => {
    cyphers.length = 0;
    const answer = await postGraphQL<Record<string, unknown>>(app.url, query, variables);
    expect(answer.errors).toBeUndefined();
    return { data: answer.data!, cyphers: [...cyphers] };
  };

  it.each(Object.entries(QUESTIONS))('%s answers the same from outlines as from whole records', async (_name, { query, variables }) => {
    const outlined = await ask(query, variables);
    const whole = await ask(readWhole(query), variables);
    expect(outlined.cyphers.some(readsOutlines)).toBe(true);
    expect(whole.cyphers.some(readsOutlines)).toBe(false);
    const { wholeRecords, ...wholeData } = whole.data;
    expect(wholeRecords).toEqual({ id: 'senate' });
    expect(outlined.data).toEqual(wholeData);
    // Something was found: an empty answer would be the same both ways.
    expect(JSON.stringify(outlined.data)).toMatch(/"names":\{"kk":/);
  });

  it('asks every field said to be answered by outlines', async () => {
    const schema = await buildApiSchema();
    const asked = new Set<string>();
    for (const { query } of Object.values(QUESTIONS)) {
      const typeInfo = new TypeInfo(schema);
      visit(
        parse(query),
        visitWithTypeInfo(typeInfo, {
          Field(field) {
            if (field.name.value !== '__typename') asked.add(`${typeInfo.getParentType()!.name}.${field.name.value}`);
          },
        }),
      );
    }
    const listed = Object.entries(ANSWERED_BY_OUTLINES).flatMap(([type, fields]) => fields.map((field) => `${type}.${field}`));
    expect([...asked].sort()).toEqual(listed.sort());
  });

  it.each([
    [
      'a description, in a named fragment',
      'query { path(from: "senate", to: "prosecutor-general") { ...Steps } } fragment Steps on GraphPath { steps { relation { from { description } } } }',
    ],
    ['sources, in an inline fragment', 'query { neighborhood(id: "senate") { nodes { ... on Institution { sources { kind } } } } }'],
    [
      "a relation's conditions under an alias",
      'query { path(from: "senate", to: "prosecutor-general") { steps { relation { when: conditions } } } }',
    ],
    [
      'legal bases',
      'query { search(text: "senate") { node { id } } path(from: "senate", to: "prosecutor-general") { steps { relation { legalBasis { article } } } } }',
    ],
  ])('reads whole records when the operation asks for %s', async (_name, query) => {
    const { cyphers: read } = await ask(query, {});
    expect(read.length).toBeGreaterThan(0);
    expect(read.some(readsOutlines)).toBe(false);
  });
});

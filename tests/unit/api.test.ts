import 'reflect-metadata';
import { ApolloServer } from '@apollo/server';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { loadOntology } from '../../ontology/src';
import { ontologyMeanings } from '../../server/src/graphql/kinds';
import { loadConfig } from '../../server/src/config';
import { loadQueryExamples } from '../../server/src/graphql/examples';
import type { Lang } from '../../server/src/graphql/lang';
import { Api, RequestScope } from '../../server/src/compose';
import { buildApiSchema, RESOLVERS, type RequestContext } from '../../server/src/graphql/schema';
import { GraphResolver } from '../../server/src/graph/graph.resolver';
import { SubgraphResolver } from '../../server/src/graph/subgraph.resolver';
import { InstitutionResolver } from '../../server/src/institutions/institution.resolver';
import { InMemoryGraphRepository, inMemoryRepositories } from '../support/inMemoryGraph';
import { holdsPromised } from '../support/promisedAnswer';

/**
 * The fast tier of the API: the real schema, resolvers and services, asked with Apollo's
 * `executeOperation` (no HTTP) over the graph in memory (no Neo4j). The same questions reach the
 * real Neo4j over HTTP in tests/integration.
 */
const TODAY = '2026-11-21';
const graph = new InMemoryGraphRepository(loadOntology());
const limits = loadConfig({}).limits;
const api = new Api({ repositories: inMemoryRepositories(graph), clock: { today: () => TODAY }, limits, meanings: ontologyMeanings });
let apollo: ApolloServer<RequestContext>;

beforeAll(async () => {
  apollo = new ApolloServer<RequestContext>({ schema: await buildApiSchema() });
  await apollo.start();
});
afterAll(() => apollo.stop());

interface Answer {
  data?: Record<string, unknown> | null;
  errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
}

async function ask(query: string, variables: Record<string, unknown> = {}, lang: Lang = 'en'): Promise<Answer> {
  const response = await apollo.executeOperation({ query, variables }, { contextValue: api.requestContext(lang) });
  if (response.body.kind !== 'single') throw new Error('expected a single answer');
  return response.body.singleResult as Answer;
}

/** Paths, neighbourhoods and listings are traversals and pages that Neo4j answers (tests/integration). */
const TRAVERSALS = new Set(['path', 'neighborhood', 'institutions', 'relations']);
const rootFields = (query: string) =>
  parse(query)
    .definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)
    .flatMap((operation) =>
      operation.selectionSet.selections.flatMap((selection) => (selection.kind === Kind.FIELD ? [selection.name.value] : [])),
    );
const examples = loadQueryExamples().filter((example) => !rootFields(example.query).some((field) => TRAVERSALS.has(field)));

describe('the API over the graph in memory', () => {
  it('answers the worked examples that need no traversal (most of them) without Neo4j', () => {
    expect(examples.length).toBeGreaterThanOrEqual(10);
  });

  it.each(examples.map((example) => [example.title, example] as const))('docs/queries.md: %s', async (_title, example) => {
    const answer = await ask(example.query, example.variables);
    expect(answer.errors).toBeUndefined();
    if (!holdsPromised(answer.data, example.expected)) expect(answer.data).toEqual(example.expected);
  });

  it('names things in the language of the request unless a field asks for another', async () => {
    const query = '{ institution(id: "senate") { name ru: name(lang: RU) } }';
    expect((await ask(query, {}, 'kk')).data).toEqual({ institution: { name: 'Сенат', ru: 'Сенат' } });
    expect((await ask(query, {}, 'en')).data).toEqual({ institution: { name: 'Senate', ru: 'Сенат' } });
  });

  it('answers an unknown id with NOT_FOUND and the closest ids', async () => {
    const answer = await ask('{ whoAppoints(id: "prosecutor-generl") { appointer { id } } }');
    expect(answer.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(answer.errors?.[0].message).toContain('prosecutor-general');
  });

  it('answers a date that is not one with an error naming it, whether written in the query or sent as a variable', async () => {
    const inQuery = await ask('{ whoAppoints(id: "prosecutor-general", asOf: "2010-02-30") { appointer { id } } }');
    expect(inQuery.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(inQuery.errors?.[0].message).toContain('2010-02-30');
    const asVariable = await ask('query ($asOf: Date) { whoAppoints(id: "prosecutor-general", asOf: $asOf) { appointer { id } } }', {
      asOf: '2010-02-30',
    });
    expect(asVariable.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(asVariable.errors?.[0].message).toContain('2010-02-30');
    expect(asVariable.data).toBeUndefined();
  });

  it('finds an institution by an inflected Kazakh form, best match first', async () => {
    const answer = await ask('{ search(text: "Сенаттың", first: 3) { node { id } } }');
    expect((answer.data?.search as { node: { id: string } }[])[0].node.id).toBe('senate');
  });

  it("gives a legal basis's words with their language, and says plainly when none are recorded", async () => {
    const sources = async (id: string) => {
      const answer = await ask(`{ relation(id: "${id}") { sources { kind article wording wordingLang url act { id validFrom } } } }`);
      const { relation } = answer.data as { relation: { sources: { kind: string }[] } };
      return relation.sources.filter((source) => source.kind === 'LEGAL_BASIS');
    };
    expect(await sources('president-appoints-prosecutor-general-2026')).toContainEqual({
      kind: 'LEGAL_BASIS',
      article: '84(3)',
      wording: expect.stringContaining('Генеральный Прокурор назначается Президентом'),
      wordingLang: 'RU',
      url: 'https://adilet.zan.kz/rus/docs/K2600000000',
      act: { id: 'constitution-2026', validFrom: '2026-07-01' },
    });
    // The 1936 USSR Constitution is cited by article alone: no words, so no language, and no official text on record.
    expect(await sources('ussr-prosecutor-appoints-kazakh-ssr-prosecutor-1936')).toContainEqual(
      expect.objectContaining({ article: '115', wording: null, wordingLang: null, url: null }),
    );
  });

  it("gives a legal act's official text, and none for other kinds", async () => {
    const answer = await ask('{ act: node(id: "constitution-2026") { officialText } senate: node(id: "senate") { officialText } }');
    expect(answer.data).toEqual({ act: { officialText: 'https://adilet.zan.kz/rus/docs/K2600000000' }, senate: { officialText: null } });
  });

  it('answers for today when no date is asked', async () => {
    const today = await ask('{ graph { asOf } }');
    expect(today.data).toEqual({ graph: { asOf: TODAY } });
  });
});

describe('the appointment chain over the graph in memory', () => {
  const CHAIN = '{ appointmentChain(id: "constitutional-council", asOf: "2010-01-01") { truncated links { level appointer { id } } } }';
  const askWith = async (bounds: Partial<typeof limits>) => {
    const bounded = new Api({
      repositories: inMemoryRepositories(graph),
      clock: { today: () => TODAY },
      limits: { ...limits, ...bounds },
      meanings: ontologyMeanings,
    });
    const response = await apollo.executeOperation({ query: CHAIN }, { contextValue: bounded.requestContext('en') });
    if (response.body.kind !== 'single') throw new Error('expected a single answer');
    return (response.body.singleResult.data as { appointmentChain: { truncated: boolean; links: unknown[] } }).appointmentChain;
  };

  it("stops at the server's bounds, the nearest levels first, and says that the chain goes on", async () => {
    expect(await askWith({})).toMatchObject({ truncated: false, links: expect.objectContaining({ length: 4 }) });
    expect(await askWith({ maxAppointmentChainLevels: 1 })).toMatchObject({
      truncated: true,
      links: [{ level: 1 }, { level: 1 }, { level: 1 }],
    });
    expect(await askWith({ maxAppointmentChainLinks: 3 })).toMatchObject({
      truncated: true,
      links: expect.objectContaining({ length: 3 }),
    });
  });
});

describe('the composition root', () => {
  it('gives every resolver of the schema, the same one for a whole operation', () => {
    const scope = new RequestScope(api, api.repositories);
    for (const resolverClass of RESOLVERS) {
      expect(scope.get(resolverClass)).toBeInstanceOf(resolverClass);
      expect(scope.get(resolverClass)).toBe(scope.get(resolverClass));
    }
  });

  it('builds afresh for each operation what reads, and shares what reads nothing', () => {
    const [first, second] = [new RequestScope(api, api.repositories), new RequestScope(api, api.repositories)];
    expect(first.get(SubgraphResolver)).toBe(second.get(SubgraphResolver));
    expect(first.get(GraphResolver)).not.toBe(second.get(GraphResolver));
    expect(first.get(InstitutionResolver)).not.toBe(second.get(InstitutionResolver));
  });
});

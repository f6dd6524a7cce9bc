/**
 * The API against what a user would otherwise pick, in one run, on one Neo4j holding one graph:
 * the same five questions, the same load, one contender at a time.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { fieldName, RELATION_KIND_IDS } from './contenders/neo4jGraphql';
import { startServer, type ServerProcess } from '../support/serverProcess';
import { markdownTable, machineLine } from './report';
import { SCENARIOS, type Scenario } from './scenarios';

export type ContenderId = 'limit' | 'floor' | 'cypher-http' | 'neo4j-graphql' | 'ours-uncached' | 'ours' | 'ours-post';

interface Request {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
  headers?: Record<string, string>;
}

interface Contender {
  id: ContenderId;
  label: string;
  /** How this contender is asked the scenario's question; null when it cannot express it. */
  request(scenario: Scenario): Request | null;
}

const graphqlGet = (scenario: Scenario): Request => ({
  method: 'GET',
  path: `/graphql?query=${encodeURIComponent(scenario.query)}&variables=${encodeURIComponent(JSON.stringify(scenario.variables))}`,
});
const graphqlPost = (pathname: string, query: string, variables: Record<string, unknown>): Request => ({
  method: 'POST',
  path: pathname,
  body: JSON.stringify({ query, variables }),
  headers: { 'content-type': 'application/json' },
});

/** Valid on `$asOf`, as @neo4j/graphql's filters write it. */
const VALID_ON = '{ validFrom: { lte: $asOf }, OR: [{ validTo: { eq: null } }, { validTo: { gte: $asOf } }] }';
const NODE = 'id kind nameEn nameRu nameKk validFrom validTo';

/**
 * The closest @neo4j/graphql can come to each question with what it generates from the type
 * definitions. It has no "any relationship" field and no shortest path: a neighbourhood would list
 * every kind both ways at two levels (a query of about 1 MB, which did not answer within minutes),
 * and a path needs Cypher written by hand in a @cypher field, which is contender (b) again.
 */
function neo4jGraphqlQuery(scenario: Scenario): { query: string; variables: Record<string, unknown> } | null {
  const connectionOn = (field: string, properties: string) =>
    `${field}Connection(where: { edge: ${VALID_ON} }) { edges { properties { ${properties} } node { ${NODE} } } }`;
  switch (scenario.name) {
    case 'whoAppoints':
      return {
        query: `query($id: ID!, $asOf: Date!) { entities(where: { id: { eq: $id } }) { ${NODE}
          ${connectionOn('appointsInverse', 'id type validFrom validTo termYears consentOf nominatedBy sourcesJson')}
          ${connectionOn('consentsToInverse', 'id derivedFrom')}
          ${connectionOn('nominatesInverse', 'id derivedFrom')}
          ${connectionOn('dismissesInverse', 'id validFrom validTo sourcesJson')} } }`,
        variables: scenario.variables,
      };
    case 'search': {
      const words = String(scenario.variables.text).split(/\s+/);
      return {
        query: `query { entities(where: { AND: [${words.map((word) => `{ searchText: { contains: ${JSON.stringify(word)} } }`).join(', ')}] }, limit: 10) { ${NODE} } }`,
        variables: {},
      };
    }
    case 'graph': {
      const outgoing = RELATION_KIND_IDS.map(
        (kind) =>
          `${fieldName(kind)}Connection(where: { edge: ${VALID_ON}, node: ${VALID_ON} }) { edges { properties { id type derivedFrom } node { id } } }`,
      );
      return {
        query: `query($asOf: Date!) { entities(where: ${VALID_ON}, sort: [{ id: ASC }]) { id kind branch level nameEn ${outgoing.join(' ')} } }`,
        variables: scenario.variables,
      };
    }
    default:
      return null;
  }
}

export const CONTENDERS: readonly Contender[] = [
  {
    id: 'limit',
    label: '(a) precomputed JSON over node:http (the limit)',
    request: (scenario) => ({ method: 'GET', path: `/${scenario.name}` }),
  },
  {
    id: 'floor',
    label: '(a2) our kept answers over node:http, beside a Neo4j driver (the floor)',
    request: graphqlGet,
  },
  {
    id: 'cypher-http',
    label: '(b) the same Cypher over node:http + neo4j-driver',
    request: (scenario) => ({
      method: 'GET',
      path: `/${scenario.name}?${new URLSearchParams(scenario.variables as Record<string, string>)}`,
    }),
  },
  {
    id: 'neo4j-graphql',
    label: '(c) @neo4j/graphql 7 on Apollo Server',
    request: (scenario) => {
      const question = neo4jGraphqlQuery(scenario);
      return question && graphqlPost('/', question.query, question.variables);
    },
  },
  { id: 'ours-uncached', label: '(d) ours, response cache off (GET)', request: graphqlGet },
  { id: 'ours', label: '(d) ours (GET)', request: graphqlGet },
  { id: 'ours-post', label: '(d) ours (POST)', request: (scenario) => graphqlPost('/graphql', scenario.query, scenario.variables) },
];

export interface ApiBenchOptions {
  /** A seeded Neo4j every contender reads. */
  neo4jUri: string;
  /** Seconds measured per scenario and contender, over all rounds. */
  secondsPerRun: number;
  /** How many turns the contenders of a scenario take, each of `secondsPerRun / rounds` seconds. */
  rounds: number;
  warmupSeconds: number;
  connections: number;
  scenarios?: readonly Scenario[];
  log: (line: string) => void;
}

export interface ApiResult {
  scenario: Scenario['name'];
  contender: ContenderId;
  /** Null when the contender cannot express the scenario. */
  requestsPerSecond: number | null;
  p50Ms: number | null;
  p99Ms: number | null;
  /** Connection errors, timeouts and answers other than 2xx. */
  errors: number;
  answerBytes: number | null;
}

export interface ApiBench {
  results: ApiResult[];
  /** Resident memory of each contender's process after its runs. */
  memory: Map<ContenderId, number>;
}

async function ask(base: string, request: Request): Promise<{ status: number; text: string; headers: Headers }> {
  const response = await fetch(`${base}${request.path}`, { method: request.method, body: request.body, headers: request.headers });
  return { status: response.status, text: await response.text(), headers: response.headers };
}

/** Headers Node writes for every answer of its own accord. */
const CONNECTION_HEADERS = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding']);

function load(base: string, request: Request, seconds: number, connections: number): Promise<autocannon.Result> {
  return autocannon({
    url: `${base}${request.path}`,
    method: request.method,
    body: request.body,
    headers: request.headers,
    connections,
    duration: seconds,
    timeout: 60,
  });
}

/** Starts every contender on `neo4jUri`, checks each answers each question, then loads them one at a time. */
export async function runApiBench(options: ApiBenchOptions): Promise<ApiBench> {
  const scenarios = options.scenarios ?? SCENARIOS;
  // One client asks tens of thousands of questions a second: the per-client rate limit is off.
  const ours = (cache: boolean) => ({
    NEO4J_URI: options.neo4jUri,
    SEED_ON_START: 'false',
    RESPONSE_CACHE: String(cache),
    RATE_LIMIT_REQUESTS: '0',
  });
  const servers = new Map<ContenderId, ServerProcess>();
  const results: ApiResult[] = [];
  const memory = new Map<ContenderId, number>();
  try {
    options.log('Starting the contenders…');
    const [oursCached, oursUncached, cypherHttp, neo4jGraphql] = await Promise.all([
      startServer('ours', 'server/src/main.ts', ours(true), '/health/ready'),
      startServer('ours, cache off', 'server/src/main.ts', ours(false), '/health/ready'),
      startServer(
        'Cypher over node:http',
        'tests/bench/contenders/cypherHttp.ts',
        { NEO4J_URI: options.neo4jUri },
        '/graph?asOf=2020-01-01',
      ),
      startServer('@neo4j/graphql', 'tests/bench/contenders/neo4jGraphql.ts', { NEO4J_URI: options.neo4jUri }, '/'),
    ]);
    servers
      .set('ours', oursCached)
      .set('ours-post', oursCached)
      .set('ours-uncached', oursUncached)
      .set('cypher-http', cypherHttp)
      .set('neo4j-graphql', neo4jGraphql);
    // The limit sends our own answers, byte for byte; the floor also with the headers ours sends.
    const answers: Record<string, string> = {};
    const keptAnswers: Record<string, { headers: string[]; body: string }> = {};
    for (const scenario of scenarios) {
      const kept = await ask(oursCached.url, graphqlGet(scenario));
      answers[`/${scenario.name}`] = kept.text;
      const headers: string[] = [];
      kept.headers.forEach((value, name) => {
        if (!CONNECTION_HEADERS.has(name)) headers.push(name, value);
      });
      keptAnswers[graphqlGet(scenario).path] = { headers, body: kept.text };
    }
    const answersDir = mkdtempSync(path.join(os.tmpdir(), 'kz-legal-graph-bench-'));
    const answersFile = path.join(answersDir, 'answers.json');
    const keptAnswersFile = path.join(answersDir, 'kept-answers.json');
    writeFileSync(answersFile, JSON.stringify(answers));
    writeFileSync(keptAnswersFile, JSON.stringify(keptAnswers));
    const [limit, floor] = await Promise.all([
      startServer('precomputed JSON', 'tests/bench/contenders/precomputed.ts', { ANSWERS_FILE: answersFile }, `/${scenarios[0].name}`),
      startServer(
        'kept answers beside a driver',
        'tests/bench/contenders/keptAnswerFloor.ts',
        { ANSWERS_FILE: keptAnswersFile, NEO4J_URI: options.neo4jUri },
        graphqlGet(scenarios[0]).path,
      ),
    ]);
    servers.set('limit', limit).set('floor', floor);

    for (const scenario of scenarios) {
      const expressed: { contender: Contender; base: string; request: Request; answerBytes: number; runs: autocannon.Result[] }[] = [];
      for (const contender of CONTENDERS) {
        const request = contender.request(scenario);
        if (!request) continue;
        const base = servers.get(contender.id)!.url;
        const answer = await ask(base, request);
        if (answer.status !== 200 || !answer.text.includes(`"${scenario.mustMention}"`) || answer.text.includes('"errors"')) {
          throw new Error(`${contender.label} did not answer ${scenario.name} (${answer.status}): ${answer.text.slice(0, 300)}`);
        }
        if (options.warmupSeconds > 0) await load(base, request, options.warmupSeconds, options.connections);
        expressed.push({ contender, base, request, answerBytes: Buffer.byteLength(answer.text), runs: [] });
      }
      // The contenders take turns, round after round: a drift of the machine (another process, a
      // JIT, a cache warming) falls on all of them alike rather than on whoever ran then. Each round
      // starts one contender later, so that none always runs right after the same one (what a
      // heavy run leaves behind, the next one pays).
      for (let round = 0; round < options.rounds; round++) {
        for (let turn = 0; turn < expressed.length; turn++) {
          const one = expressed[(round + turn) % expressed.length];
          one.runs.push(await load(one.base, one.request, options.secondsPerRun / options.rounds, options.connections));
        }
      }
      for (const contender of CONTENDERS) {
        const measured = expressed.find((one) => one.contender === contender);
        const result = measured
          ? resultOf(scenario, measured.contender, measured.runs, measured.answerBytes)
          : unexpressed(scenario, contender);
        results.push(result);
        options.log(
          `${scenario.name.padEnd(13)} ${contender.label.padEnd(52)} ${Math.round(result.requestsPerSecond ?? 0)
            .toString()
            .padStart(7)} req/s  p50 ${result.p50Ms} ms  p99 ${result.p99Ms} ms  errors ${result.errors}`,
        );
      }
    }
    for (const [id, server] of servers) memory.set(id, server.rssBytes());
  } finally {
    await Promise.all([...new Set(servers.values())].map((server) => server.stop()));
  }
  return { results, memory };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** One contender's rounds on one scenario: requests/s over them all, the median of their p50s and p99s. */
function resultOf(scenario: Scenario, contender: Contender, runs: autocannon.Result[], answerBytes: number): ApiResult {
  const total = runs.reduce((sum, run) => sum + run.requests.total, 0);
  const seconds = runs.reduce((sum, run) => sum + run.duration, 0);
  // A round in which no request finished has no latency to tell, only that it exceeds the round.
  const answered = runs.filter((run) => run.requests.total > 0);
  return {
    scenario: scenario.name,
    contender: contender.id,
    requestsPerSecond: total / seconds,
    p50Ms: answered.length ? median(answered.map((run) => run.latency.p50)) : null,
    p99Ms: answered.length ? median(answered.map((run) => run.latency.p99)) : null,
    errors: runs.reduce((sum, run) => sum + run.errors + run.timeouts + run.non2xx, 0),
    answerBytes,
  };
}

/** The row of a contender that cannot express the scenario. */
const unexpressed = (scenario: Scenario, contender: Contender): ApiResult => ({
  scenario: scenario.name,
  contender: contender.id,
  requestsPerSecond: null,
  p50Ms: null,
  p99Ms: null,
  errors: 0,
  answerBytes: null,
});

/** a ÷ b; Infinity when only b is 0 (a contender that answered nothing within the run). */
const ratio = (a: number | null | undefined, b: number | null | undefined) =>
  a == null || b == null ? null : b === 0 ? (a > 0 ? Infinity : null) : a / b;
const times = (value: number | null) =>
  value === null ? 'n/a' : value === Infinity ? '∞ (the other answered nothing within the run)' : `${value.toFixed(2)}×`;
const number = (value: number | null, digits = 0) => (value === null ? 'n/a' : value.toFixed(digits));

/**
 * The API's goals, each with its measured ratio per scenario: against (b) and (c) with answers kept
 * (issue #7), computed afresh against (b), and kept against the limit (issue #18).
 */
export function apiGoals(results: ApiResult[]): { goal: string; scenario: string; value: number | null; met: boolean | null }[] {
  const of = (scenario: string, contender: ContenderId) =>
    results.find((result) => result.scenario === scenario && result.contender === contender);
  const check = (value: number | null, ok: (value: number) => boolean) => (value === null ? null : ok(value));
  // A p99 under a millisecond rounds to 0 or 1 in autocannon's histogram: equal counts as met.
  const p99Goal = (scenario: string, goal: string, ours: ApiResult | undefined) => {
    const theirs = of(scenario, 'cypher-http')?.p99Ms;
    return { goal, scenario, value: ratio(ours?.p99Ms, theirs), met: ours?.p99Ms != null && theirs != null ? ours.p99Ms <= theirs : null };
  };
  return [...new Set(results.map((result) => result.scenario))].flatMap((scenario) => {
    const ours = of(scenario, 'ours');
    const uncached = of(scenario, 'ours-uncached');
    const throughputVsCypher = ratio(ours?.requestsPerSecond, of(scenario, 'cypher-http')?.requestsPerSecond);
    const vsLibrary = ratio(ours?.requestsPerSecond, of(scenario, 'neo4j-graphql')?.requestsPerSecond);
    const vsLimit = ratio(ours?.requestsPerSecond, of(scenario, 'limit')?.requestsPerSecond);
    const uncachedVsCypher = ratio(uncached?.requestsPerSecond, of(scenario, 'cypher-http')?.requestsPerSecond);
    return [
      { goal: 'throughput ≥ 1.0× (b)', scenario, value: throughputVsCypher, met: check(throughputVsCypher, (value) => value >= 1) },
      p99Goal(scenario, 'p99 ≤ (b)’s', ours),
      { goal: 'throughput ≥ 3× (c)', scenario, value: vsLibrary, met: check(vsLibrary, (value) => value >= 3) },
      { goal: 'throughput ≥ 0.8× (a)', scenario, value: vsLimit, met: check(vsLimit, (value) => value >= 0.8) },
      {
        goal: 'cache off: throughput ≥ 1.0× (b)',
        scenario,
        value: uncachedVsCypher,
        met: check(uncachedVsCypher, (value) => value >= 1),
      },
      p99Goal(scenario, 'cache off: p99 ≤ (b)’s', uncached),
    ];
  });
}

/** The markdown of a run: the table, the ratios, the goals, memory. */
export function apiSection(
  bench: ApiBench,
  options: Pick<ApiBenchOptions, 'secondsPerRun' | 'rounds' | 'warmupSeconds' | 'connections'>,
  command: string,
): string {
  const { results, memory } = bench;
  const label = (id: ContenderId) => CONTENDERS.find((contender) => contender.id === id)!.label;
  const of = (scenario: string, contender: ContenderId) =>
    results.find((result) => result.scenario === scenario && result.contender === contender);
  const scenarios = [...new Set(results.map((result) => result.scenario))];
  const table = markdownTable(
    ['scenario', 'contender', 'requests/s', 'p50 ms', 'p99 ms', 'errors', 'answer bytes'],
    results.map((result) => {
      const unanswered = result.requestsPerSecond === 0 ? `> ${options.secondsPerRun * 1000} (none answered within the run)` : null;
      return [
        result.scenario,
        label(result.contender),
        number(result.requestsPerSecond, result.requestsPerSecond !== null && result.requestsPerSecond < 10 ? 1 : 0),
        unanswered ?? number(result.p50Ms),
        unanswered ?? number(result.p99Ms),
        String(result.errors),
        number(result.answerBytes),
      ];
    }),
  );
  const ratios = markdownTable(
    [
      'scenario',
      'ours ÷ (b) req/s',
      'ours p99 ÷ (b) p99',
      'ours ÷ (c) req/s',
      'ours ÷ (a) req/s',
      '(a2) ÷ (a) req/s',
      'ours uncached ÷ (b) req/s',
      'ours uncached p99 ÷ (b) p99',
      'ours POST ÷ ours GET',
    ],
    scenarios.map((scenario) => [
      scenario,
      times(ratio(of(scenario, 'ours')?.requestsPerSecond, of(scenario, 'cypher-http')?.requestsPerSecond)),
      times(ratio(of(scenario, 'ours')?.p99Ms, of(scenario, 'cypher-http')?.p99Ms)),
      times(ratio(of(scenario, 'ours')?.requestsPerSecond, of(scenario, 'neo4j-graphql')?.requestsPerSecond)),
      times(ratio(of(scenario, 'ours')?.requestsPerSecond, of(scenario, 'limit')?.requestsPerSecond)),
      times(ratio(of(scenario, 'floor')?.requestsPerSecond, of(scenario, 'limit')?.requestsPerSecond)),
      times(ratio(of(scenario, 'ours-uncached')?.requestsPerSecond, of(scenario, 'cypher-http')?.requestsPerSecond)),
      times(ratio(of(scenario, 'ours-uncached')?.p99Ms, of(scenario, 'cypher-http')?.p99Ms)),
      times(ratio(of(scenario, 'ours-post')?.requestsPerSecond, of(scenario, 'ours')?.requestsPerSecond)),
    ]),
  );
  const goals = apiGoals(results);
  const goalLines = goals
    .filter((goal) => goal.met !== null)
    .map((goal) => `- ${goal.met ? 'met' : '**not met**'}: ${goal.scenario}, ${goal.goal}: ${times(goal.value)}`);
  const memoryLine = [...memory.entries()]
    .filter(([id]) => id !== 'ours-post')
    .map(([id, bytes]) => `${label(id)} ${Math.round(bytes / 2 ** 20)} MiB`)
    .join('; ');
  return `## The API against the alternatives

Command: \`${command}\`. Machine: ${machineLine()}.
Load: autocannon, ${options.connections} connections, over loopback, one contender at a time: ${options.warmupSeconds} s of warm-up, then ${options.secondsPerRun} s measured per scenario and contender, in ${options.rounds} rounds of ${+(options.secondsPerRun / options.rounds).toFixed(2)} s in which the contenders take turns, each round starting one later (a drift of the machine falls on all alike, and none always runs right after the same one); requests/s over all rounds, p50 and p99 the median of the rounds'; every contender reads the same embedded Neo4j 5.26 seeded with the real knowledge base. The scenarios are in \`tests/bench/scenarios.ts\` (all as of 2020-01-01). "Ours" is the server as \`npm start\` runs it (answers kept by graph version; GET unless said); "cache off" is the same server with \`RESPONSE_CACHE=false\`. (a2) finds our kept answer by the whole question, as our cache does, and sends it with our headers, from a bare handler in a process that also holds a Neo4j driver's connections: the floor for any server with a database (\`tests/bench/contenders/keptAnswerFloor.ts\`). n/a: the contender cannot express the question (see \`tests/bench/api.ts\`).

${table}

Ratios (same run):

${ratios}

Goals:

${goalLines.join('\n')}

Resident memory after the runs: ${memoryLine}.
`;
}

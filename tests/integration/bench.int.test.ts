import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { apiGoals, apiSection, CONTENDERS, runApiBench } from '../bench/api';
import { writeSection } from '../bench/report';
import { runScaleBench, scaleGoals, scaleSection } from '../bench/scale';
import { SCENARIOS } from '../bench/scenarios';
import { loadOntology } from '../../ontology/src';
import { testNeo4jUri } from '../support/testApp';

/**
 * A seconds-long run of `npm run bench`'s harness, so that it cannot rot: every contender starts,
 * answers the questions it can express, and the report holds a row for each. Nothing here is
 * about speed.
 */
describe('the benchmark harness', () => {
  it('runs every contender on the questions each can express and writes the report', async () => {
    const scenarios = SCENARIOS.filter((scenario) => ['whoAppoints', 'path'].includes(scenario.name));
    const options = { secondsPerRun: 1, rounds: 2, warmupSeconds: 0, connections: 2 };
    const bench = await runApiBench({ ...options, neo4jUri: testNeo4jUri(), scenarios, log: () => undefined });

    expect(bench.results).toHaveLength(scenarios.length * CONTENDERS.length);
    for (const result of bench.results) {
      const expressible = !(result.contender === 'neo4j-graphql' && result.scenario === 'path');
      expect([result.scenario, result.contender, result.requestsPerSecond !== null]).toEqual([
        result.scenario,
        result.contender,
        expressible,
      ]);
      if (expressible) {
        expect(result.requestsPerSecond).toBeGreaterThan(0);
        expect(result.errors).toBe(0);
      }
    }
    expect(bench.memory.get('ours')).toBeGreaterThan(10 * 2 ** 20);
    expect(
      apiGoals(bench.results)
        .filter((goal) => goal.scenario === 'whoAppoints')
        .map((goal) => goal.goal),
    ).toHaveLength(6);

    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'kz-legal-graph-bench-test-')), 'benchmarks.md');
    writeSection('api', apiSection(bench, options, 'test'), file);
    writeSection('api', apiSection(bench, options, 'test again'), file);
    const written = readFileSync(file, 'utf8');
    expect(written.match(/<!-- section:api -->/g)).toHaveLength(1);
    expect(written).toContain('test again');
    for (const contender of CONTENDERS) expect(written).toContain(`| whoAppoints | ${contender.label} |`);
  }, 240_000);

  it('seeds synthetic graphs of each size into a fresh Neo4j and measures every scenario on them', async () => {
    const options = { sizes: [250, 400], secondsPerScenario: 0, minRequests: 2 };
    const results = await runScaleBench(loadOntology(), { ...options, log: () => undefined });

    expect(results.map((result) => result.size)).toEqual([250, 400]);
    for (const result of results) {
      expect(result.entities).toBeGreaterThanOrEqual(result.size - 4);
      expect(result.seedElementsPerSecond).toBeGreaterThan(0);
      expect(result.seedCpuSeconds.neo4j).toBeGreaterThan(0);
      expect(result.latencies.map((latency) => [latency.scenario, latency.requests >= 2])).toEqual(
        SCENARIOS.map((scenario) => [scenario.name, true]),
      );
      expect(result.serverRssBytes).toBeGreaterThan(10 * 2 ** 20);
    }
    // The whole graph grows with the graph; the bounded scenarios have a goal each, and seeding one.
    expect(results[1].latencies.find((latency) => latency.scenario === 'graph')!.answerBytes).toBeGreaterThan(
      results[0].latencies.find((latency) => latency.scenario === 'graph')!.answerBytes,
    );
    expect(scaleGoals(results)).toHaveLength(5);

    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'kz-legal-graph-bench-test-')), 'benchmarks.md');
    writeSection('scale', scaleSection(results, options, 'test'), file);
    expect(readFileSync(file, 'utf8')).toContain('| whoAppoints |');
  }, 300_000);
});

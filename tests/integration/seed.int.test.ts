import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { readGraphVersion, seedGraph } from '../../graph-seed/src/seedGraph';
import { loadOntology } from '../../ontology/src';
import { snapshot } from '../support/graphSnapshot';
import { copyOntology, editFile, writeFile } from '../support/ontologyCopy';
import { driverRestoringTheGraph, TEST_DATABASE, testNeo4jUri } from '../support/testApp';

const run = promisify(execFile);
const REPO_ROOT = path.resolve(__dirname, '../..');

async function seedCli(ontologyDir?: string) {
  const args = ['tsx', 'graph-seed/src/cli.ts', ...(ontologyDir ? ['--ontology-dir', ontologyDir] : [])];
  try {
    const { stdout, stderr } = await run('npx', ['--no', ...args], { cwd: REPO_ROOT, env: { ...process.env, NEO4J_URI: testNeo4jUri() } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}

describe('seeding', () => {
  const driver = driverRestoringTheGraph();

  it('changes nothing when run twice with the same ontology', async () => {
    const ontology = loadOntology();
    await seedGraph(driver(), TEST_DATABASE, ontology);
    const before = await snapshot(driver());
    const result = await seedGraph(driver(), TEST_DATABASE, ontology);
    expect(result.previousVersion).toBe(ontology.version);
    expect(await snapshot(driver())).toEqual(before);
    expect(before.length).toBeGreaterThan(ontology.entities.length);
  });

  it('removes from the graph what was removed from the ontology, and updates what changed', async () => {
    const original = loadOntology();
    await seedGraph(driver(), TEST_DATABASE, original);
    const before = await snapshot(driver());

    const root = copyOntology();
    editFile(
      root,
      'data/prosecution.yaml',
      '  - id: specialized-prosecutors-office-part-of-prosecutors-office\n',
      '  - id: specialised-prosecutors-office-part-of-prosecutors-office\n',
    );
    editFile(root, 'data/state-organs.yaml', 'en: Supreme Judicial Council', 'en: Highest Judicial Council');
    writeFile(
      root,
      'data/extra.yaml',
      'entities:\n  - id: test-only-body\n    kind: body\n    names: { kk: Сынақ, ru: Тест, en: Test }\n    validFrom: "2000-01-01"\n',
    );
    const changed = loadOntology(root);
    await seedGraph(driver(), TEST_DATABASE, changed);

    const ids = await driver().executeQuery('MATCH (a)-[r]->(b) RETURN collect(r.id) AS ids', {}, { database: TEST_DATABASE });
    expect(ids.records[0].get('ids')).toContain('specialised-prosecutors-office-part-of-prosecutors-office');
    expect(ids.records[0].get('ids')).not.toContain('specialized-prosecutors-office-part-of-prosecutors-office');
    const council = await driver().executeQuery(
      'MATCH (n:Entity {id: "supreme-judicial-council"}) RETURN n.nameEn AS name',
      {},
      { database: TEST_DATABASE },
    );
    expect(council.records[0].get('name')).toBe('Highest Judicial Council');
    expect(await readGraphVersion(driver(), TEST_DATABASE)).toBe(changed.version);

    await seedGraph(driver(), TEST_DATABASE, original);
    // The changed version stays published (views pinned to it keep working); all else is as before.
    const after = await snapshot(driver());
    expect(after.filter((line) => !line.includes(changed.version))).toEqual(before);
    expect(after.filter((line) => line.includes(changed.version) && line.includes('GraphRelease'))).toHaveLength(1);
  });

  it('leaves the graph and its version as they were when a write fails inside the transaction', async () => {
    const original = loadOntology();
    await seedGraph(driver(), TEST_DATABASE, original);
    const before = await snapshot(driver());
    // Past validation (built in code), so that Neo4j itself rejects it, after other writes were sent.
    const [first, ...rest] = original.entities;
    const broken = { ...original, version: 'broken', entities: [...rest, { ...first, validFrom: 'not a date' }] };
    await expect(seedGraph(driver(), TEST_DATABASE, broken)).rejects.toThrow();
    expect(await snapshot(driver())).toEqual(before);
    expect(await readGraphVersion(driver(), TEST_DATABASE)).toBe(original.version);
  });

  it('npm run seed refuses a broken ontology, names the file and entry, and leaves the graph as it was', async () => {
    const before = await snapshot(driver());
    const root = copyOntology();
    editFile(
      root,
      'data/prosecution.yaml',
      'from: regional-prosecutor\n    to: regional-prosecutors-office',
      'from: regional-prosecutor\n    to: regional-prosecutors-offices',
    );
    const result = await seedCli(root);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('nothing was written');
    expect(result.stderr).toMatch(
      /ontology\/data\/prosecution\.yaml:\d+: regional-prosecutor-heads-regional-prosecutors-office: to: unknown entity "regional-prosecutors-offices"/,
    );
    expect(await snapshot(driver())).toEqual(before);
  });

  it('npm run seed loads the project ontology and reports what it did', async () => {
    const result = await seedCli();
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /Seeded bolt:\/\/127\.0\.0\.1:\d+: \d+ entities, \d+ relations, 5 documents, \d+ mentions; graph version [0-9a-f]{16} \(unchanged\)/,
    );
  });
});

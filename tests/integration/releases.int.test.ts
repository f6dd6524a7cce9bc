import { gunzipSync } from 'node:zlib';
import { seedGraph } from '../../graph-seed/src/seedGraph';
import { loadOntology } from '../../ontology/src';
import { copyOntology, editFile } from '../support/ontologyCopy';
import { postGraphQL, startTestApp, TEST_DATABASE, type RunningApp } from '../support/testApp';

interface Elements {
  nodes: { data: { id: string; label: string } }[];
  edges: { data: { id: string } }[];
}

const GRAPH = `query ($asOf: Date, $version: String, $lang: Lang) {
  graph(filter: { asOf: $asOf, version: $version, lang: $lang }) { version asOf elements nodes { id } relations { id } }
}`;

/** Views pinned to a graph version keep showing that version's data after the graph changes. */
describe('published graph versions', () => {
  let app: RunningApp;
  const original = loadOntology();
  beforeAll(async () => {
    app = await startTestApp({ clock: { today: () => '2026-11-21' } });
    await seedGraph(app.driver, TEST_DATABASE, original);
  });
  afterAll(async () => {
    await seedGraph(app.driver, TEST_DATABASE, original);
    await app.close();
  });

  it('answers from the current version exactly as the live graph does, on any date and in any language', async () => {
    for (const [asOf, lang] of [
      ['1950-01-01', 'RU'],
      ['2010-01-01', 'EN'],
      ['2026-11-21', 'KK'],
    ]) {
      const live = await postGraphQL<{ graph: { version: string; elements: Elements } }>(app.url, GRAPH, { asOf, lang });
      const pinned = await postGraphQL<{ graph: { version: string; elements: Elements } }>(app.url, GRAPH, {
        asOf,
        lang,
        version: original.version,
      });
      expect(live.errors).toBeUndefined();
      expect(live.data!.graph.version).toBe(original.version);
      expect(pinned.data).toEqual(live.data);
      expect(live.data!.graph.elements.nodes.length).toBeGreaterThan(5);
    }
  });

  it('keeps showing a pinned version after a seed changes the graph, and lists every version', async () => {
    const root = copyOntology();
    editFile(root, 'data/state-organs.yaml', 'en: Supreme Judicial Council', 'en: Highest Judicial Council');
    const changed = loadOntology(root);
    await seedGraph(app.driver, TEST_DATABASE, changed);

    const councilName = async (version?: string) => {
      const answer = await postGraphQL<{ graph: { version: string; elements: Elements } }>(app.url, GRAPH, {
        asOf: '2020-01-01',
        lang: 'EN',
        version,
      });
      expect(answer.errors).toBeUndefined();
      return answer.data!.graph.elements.nodes.find((node) => node.data.id === 'supreme-judicial-council')?.data.label;
    };
    expect(await councilName()).toBe('Highest Judicial Council');
    expect(await councilName(original.version)).toBe('Supreme Judicial Council');

    const versions = await postGraphQL<{ graphVersions: { version: string; current: boolean }[] }>(
      app.url,
      '{ graphVersions { version publishedAt current } }',
    );
    expect(versions.data!.graphVersions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ version: changed.version, current: true }),
        expect.objectContaining({ version: original.version, current: false }),
      ]),
    );
  });

  it('answers from versions published before releases were gzipped (two JSON strings)', async () => {
    const stored = await app.driver.executeQuery(
      'MATCH (r:GraphRelease {version: $version}) RETURN r.releaseGzip AS gzip',
      { version: original.version },
      { database: TEST_DATABASE },
    );
    const gzip = stored.records[0].get('gzip') as Int8Array;
    const { entities, relations } = JSON.parse(gunzipSync(Buffer.from(gzip.buffer, gzip.byteOffset, gzip.length)).toString('utf8'));
    await app.driver.executeQuery(
      'CREATE (:GraphRelease {version: "before-gzip", publishedAt: datetime(), entitiesJson: $entities, relationsJson: $relations})',
      { entities: JSON.stringify(entities), relations: JSON.stringify(relations) },
      { database: TEST_DATABASE },
    );
    try {
      const variables = { asOf: '2010-01-01', lang: 'RU' };
      const legacy = await postGraphQL<{ graph: { elements: Elements } }>(app.url, GRAPH, { ...variables, version: 'before-gzip' });
      const gzipped = await postGraphQL<{ graph: { elements: Elements } }>(app.url, GRAPH, { ...variables, version: original.version });
      expect(legacy.errors).toBeUndefined();
      expect(legacy.data!.graph.elements).toEqual(gzipped.data!.graph.elements);
    } finally {
      await app.driver.executeQuery('MATCH (r:GraphRelease {version: "before-gzip"}) DELETE r', {}, { database: TEST_DATABASE });
    }
  });

  it('says which versions exist when asked for one that does not', async () => {
    const answer = await postGraphQL(app.url, GRAPH, { version: 'no-such-version' });
    expect(answer.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.errors?.[0].message).toContain('No graph version "no-such-version"');
    expect(answer.errors?.[0].message).toContain(original.version);
  });
});

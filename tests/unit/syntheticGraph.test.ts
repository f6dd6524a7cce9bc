import path from 'node:path';
import { stringify } from 'yaml';
import { loadOntology, type Ontology } from '../../ontology/src';
import { syntheticOntology } from '../bench/syntheticGraph';
import { copyOntology, writeFile } from '../support/ontologyCopy';

/** The synthetic graphs the benchmarks measure: as real as the real one, and the same every time. */
describe('synthetic graphs for the benchmarks', () => {
  let base: Ontology;
  beforeAll(() => {
    base = loadOntology();
  });

  it('passes the same validation as the real knowledge base (kinds, domains and ranges, dates, sources)', () => {
    const synthetic = syntheticOntology(base, { entities: 1_000 });
    const added = new Set(base.entities.map((entity) => entity.id));
    const root = copyOntology();
    // As a data file of its own, written the way people write the real ones: consents and
    // nominations stay inside the appointments, and the loader derives their edges again.
    const data = {
      entities: synthetic.entities.filter((entity) => !added.has(entity.id)).map(({ sources: _none, ...entity }) => entity),
      relations: synthetic.relations
        .slice(base.relations.length)
        .filter((relation) => !relation.derivedFrom)
        .map(({ sources, derivedFrom: _derived, ...relation }) => ({
          ...relation,
          sources: sources.map((source) => (source.kind === 'legal-basis' ? { act: source.act, article: source.article } : source)),
        })),
    };
    writeFile(root, path.join('data', 'synthetic.yaml'), stringify(data));
    const reloaded = loadOntology(root);
    expect(reloaded.entities.length).toBe(synthetic.entities.length);
    expect(new Set(reloaded.relations.map((relation) => relation.id))).toEqual(new Set(synthetic.relations.map((relation) => relation.id)));
  });

  it('reaches the size asked for, and the same options give the same graph', () => {
    for (const size of [1_000, 10_000]) {
      const graph = syntheticOntology(base, { entities: size });
      expect(graph.entities.length).toBeGreaterThanOrEqual(size);
      expect(graph.entities.length).toBeLessThanOrEqual(size + 4);
      expect(new Set(graph.entities.map((entity) => entity.id)).size).toBe(graph.entities.length);
      expect(graph.relations.length).toBeGreaterThan(2 * (graph.entities.length - base.entities.length));
    }
    expect(syntheticOntology(base, { entities: 2_000 }).version).toBe(syntheticOntology(base, { entities: 2_000 }).version);
    expect(syntheticOntology(base, { entities: 2_000, seed: 'other' }).version).not.toBe(
      syntheticOntology(base, { entities: 2_000 }).version,
    );
  });

  it('keeps the first region the same at every size, so scenarios can name its places', () => {
    const firstRegion = (graph: Ontology) => graph.entities.filter((entity) => entity.id.startsWith('r001-')).map((entity) => entity.id);
    const small = firstRegion(syntheticOntology(base, { entities: 1_000 }));
    expect(small).toContain('r001-d01-prosecutor');
    expect(firstRegion(syntheticOntology(base, { entities: 10_000 }))).toEqual(small);
  });
});

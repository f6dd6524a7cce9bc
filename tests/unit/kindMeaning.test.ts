import 'reflect-metadata';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { kindMeanings, loadOntology, ONTOLOGY_DIR, type Ontology } from '../../ontology/src';
import { AnalysisService } from '../../server/src/analysis/analysis.service';
import { loadConfig } from '../../server/src/config';
import { createLoaders } from '../../server/src/graph/graph.loaders';
import { InstitutionService } from '../../server/src/institutions/institution.service';
import { InMemoryGraphRepository, inMemoryRepositories } from '../support/inMemoryGraph';

/**
 * What the kinds mean lives in kinds.yaml alone: these tests take a flag out of a copy of it and
 * watch the answers change, which they could not if the code still named the kinds itself.
 */
const TODAY = '2026-12-04';
const limits = loadConfig({}).limits;
const workDirs: string[] = [];
afterAll(() => workDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** The ontology, loaded from a copy whose kinds.yaml lacks `flag` on relation kind `kindId`. */
function ontologyWithout(kindId: string, flag: string): Ontology {
  const root = path.join(mkdtempSync(path.join(tmpdir(), 'kinds-')), 'ontology');
  workDirs.push(path.dirname(root));
  cpSync(ONTOLOGY_DIR, root, { recursive: true });
  const kindsFile = path.join(root, 'schema', 'kinds.yaml');
  const lines = readFileSync(kindsFile, 'utf8').split('\n');
  const start = lines.indexOf(`  ${kindId}:`);
  const end = lines.findIndex((line, index) => index > start && /^ {2}\S/.test(line));
  const flagLine = lines.findIndex((line, index) => index > start && index < end && line.startsWith(`    ${flag}:`));
  if (start === -1 || flagLine === -1) throw new Error(`kinds.yaml: no "${flag}" on "${kindId}"`);
  lines.splice(flagLine, 1);
  writeFileSync(kindsFile, lines.join('\n'));
  return loadOntology(root);
}

function analysisOf(ontology: Ontology): AnalysisService {
  const graph = new InMemoryGraphRepository(ontology);
  const { analysis } = inMemoryRepositories(graph);
  const clock = { today: () => TODAY };
  const institutions = new InstitutionService(graph, createLoaders(graph), clock);
  return new AnalysisService(analysis, graph, institutions, clock, limits, kindMeanings(ontology.kinds));
}

const real = loadOntology();

describe("the kinds' meaning, from kinds.yaml", () => {
  it('whoCanRemove lists a dissolution only while "dissolves" is a removal', async () => {
    const dissolutionsOf = async (ontology: Ontology) =>
      (await analysisOf(ontology).whoCanRemove('kurultai'))
        .filter((removal) => removal.kind === 'DISSOLUTION')
        .map((removal) => removal.by.id);
    expect(await dissolutionsOf(real)).toEqual(['president']);
    expect(await dissolutionsOf(ontologyWithout('dissolves', 'removal'))).toEqual([]);
  });

  it('uncheckedBodies finds more unchecked once appointing no longer counts as a check', async () => {
    const unchecked = async (ontology: Ontology) => (await analysisOf(ontology).uncheckedBodies()).map((node) => node.id);
    const withAppointments = await unchecked(real);
    const withoutAppointments = await unchecked(ontologyWithout('appoints', 'check'));
    // The President appoints the Deputy Chair of the Constitutional Court (2026 art. 72(4)); nothing else from outside its branch checks the post.
    expect(withoutAppointments.filter((id) => !withAppointments.includes(id))).toEqual(['deputy-chair-of-constitutional-court']);
    expect(withoutAppointments).toEqual(expect.arrayContaining(withAppointments));
  });

  it('the validator lets a succession outlive its ends only while "succeeded-by" says so', () => {
    expect(() => ontologyWithout('succeeded-by', 'outlives')).toThrow(/fall outside those of/);
  });

  it('the loader draws consents as edges only while "appoints" derives them', () => {
    const consentEdges = (ontology: Ontology) =>
      ontology.relations.filter((relation) => relation.derivedFrom && relation.type === 'consents-to').length;
    expect(consentEdges(real)).toBeGreaterThan(0);
    expect(consentEdges(ontologyWithout('appoints', 'derives'))).toBe(0);
  });
});

describe('no code names a relation kind', () => {
  const sourceFiles = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'dist' ? [] : sourceFiles(full);
      return /\.tsx?$/.test(entry.name) ? [full] : [];
    });
  const withoutComments = (code: string) => code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const root = path.resolve(__dirname, '..', '..');

  it.each(['server/src', 'client/src'])(
    '%s holds no relation kind id as a string literal: what a kind means is in kinds.yaml',
    (folder) => {
      const named = sourceFiles(path.join(root, folder)).flatMap((file) => {
        const code = withoutComments(readFileSync(file, 'utf8'));
        return real.kinds.relationKinds
          .filter((kind) => new RegExp(`(['"\`])${kind.id}\\1`).test(code))
          .map((kind) => `${path.relative(root, file)}: ${kind.id}`);
      });
      expect(named).toEqual([]);
    },
  );
});

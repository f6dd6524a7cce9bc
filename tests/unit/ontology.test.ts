import { readFileSync } from 'node:fs';
import path from 'node:path';
import { formatIssue, loadOntology, normaliseText, OntologyValidationError, type ValidationIssue } from '../../ontology/src';
import { copyOntology, editFile, writeFile } from '../support/ontologyCopy';

function issuesOf(root: string): ValidationIssue[] {
  try {
    loadOntology(root);
  } catch (error) {
    if (error instanceof OntologyValidationError) return error.issues;
    throw error;
  }
  throw new Error('expected the ontology to be invalid');
}

describe('the shipped ontology', () => {
  const ontology = loadOntology();

  it('is valid, and every relation has at least one source', () => {
    expect(ontology.relations.length).toBeGreaterThan(0);
    for (const relation of ontology.relations) expect(relation.sources.length).toBeGreaterThan(0);
  });

  it('quotes every seed passage verbatim, at the offsets it records', () => {
    const passages = [...ontology.entities, ...ontology.relations]
      .flatMap((item) => item.sources)
      .filter((source) => source.kind === 'passage');
    expect(passages.length).toBeGreaterThan(0);
    for (const passage of passages) {
      if (passage.kind !== 'passage') continue;
      const text = readFileSync(path.resolve(__dirname, '../../ontology/documents', `${passage.document}.txt`), 'utf8');
      expect(normaliseText(text.slice(passage.start, passage.end))).toBe(normaliseText(passage.quote));
    }
  });

  it('puts every office, body and court in a branch, or says why not, and describes every entity in English', () => {
    const unplaced = ontology.entities.filter(
      (entity) => ['office', 'body', 'court'].includes(entity.kind) && !entity.branch && !entity.notes?.includes('branch'),
    );
    expect(unplaced.map((entity) => entity.id)).toEqual([]);
    expect(ontology.entities.filter((entity) => !entity.description?.en).map((entity) => entity.id)).toEqual([]);
  });

  it('lets no relation outlive every act it rests on: a rule whose text ended ends too', () => {
    const acts = new Map(ontology.entities.filter((entity) => entity.kind === 'legal-act').map((act) => [act.id, act]));
    const outliving = ontology.relations.filter((relation) => {
      // A succession records what took a body's place: it stays true after the act that made it.
      if (relation.derivedFrom || relation.type === 'succeeded-by') return false;
      const ends = relation.sources.flatMap((source) => (source.kind === 'legal-basis' ? [acts.get(source.act)!.validTo ?? null] : []));
      if (ends.length === 0 || ends.includes(null)) return false;
      const lastEnd = ends.sort().at(-1)!;
      // Still in force today on acts that all ended; or, resting on acts alone, longer than they lasted.
      // (A relation that also quotes a document may rest on it for a past period the acts do not cover.)
      const onActsAlone = relation.sources.every((source) => source.kind === 'legal-basis');
      return relation.validTo === undefined || (onActsAlone && relation.validTo > lastEnd);
    });
    expect(outliving.map((relation) => relation.id)).toEqual([]);
  });

  it('leaves no entity outside every relation', () => {
    const linked = new Set(
      ontology.relations.flatMap((relation) => [
        relation.from,
        relation.to,
        ...(relation.consentOf ?? []),
        ...(relation.nominatedBy ?? []),
      ]),
    );
    const sourcedActs = new Set(
      ontology.relations.flatMap((relation) => relation.sources.flatMap((source) => (source.kind === 'legal-basis' ? [source.act] : []))),
    );
    const orphans = ontology.entities.filter((entity) => entity.kind !== 'branch' && !linked.has(entity.id) && !sourcedActs.has(entity.id));
    expect(orphans.map((entity) => entity.id)).toEqual([]);
  });

  it('draws at least ten relations from each of the five documents', () => {
    const citing = (documentId: string) =>
      ontology.relations.filter(
        (relation) =>
          !relation.derivedFrom && relation.sources.some((source) => source.kind === 'passage' && source.document === documentId),
      );
    for (const document of ontology.documents) expect([document.id, citing(document.id).length >= 10]).toEqual([document.id, true]);
  });

  it('holds the canonical ids of the prosecution slice', () => {
    const ids = new Set(ontology.entities.map((entity) => entity.id));
    for (const id of [
      'president',
      'senate',
      'prosecutors-office',
      'prosecutor-general',
      'general-prosecutors-office',
      'regional-prosecutor',
      'district-prosecutor',
      'constitution-1995',
      'law-on-prosecutors-office-1995',
      'prosecutorial',
    ]) {
      expect(ids).toContain(id);
    }
  });

  it('names every entity and kind in Kazakh, Russian and English', () => {
    for (const named of [...ontology.entities, ...ontology.kinds.entityKinds, ...ontology.kinds.relationKinds]) {
      expect(named.names.kk && named.names.ru && named.names.en).toBeTruthy();
    }
  });

  it('has a version that changes when the data does and only then', () => {
    expect(loadOntology().version).toBe(ontology.version);
    const root = copyOntology();
    editFile(root, 'data/prosecution.yaml', 'Prosecutor General }', 'Procurator General }');
    expect(loadOntology(root).version).not.toBe(ontology.version);
  });
});

describe('validation of a broken ontology', () => {
  it('names the file, line and entry of a quote that is not in its document', () => {
    const root = copyOntology();
    editFile(root, 'data/prosecution.yaml', 'Ал қызметтен Республика Президенті босатады', 'Ал қызметтен Парламент босатады');
    const issues = issuesOf(root);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'ontology/data/prosecution.yaml', entry: 'president-dismisses-prosecutor-general-1995' });
    expect(issues[0].line).toBeGreaterThan(1);
    expect(formatIssue(issues[0])).toMatch(
      /^ontology\/data\/prosecution\.yaml:\d+: president-dismisses-prosecutor-general-1995: sources\[0\]: the quote is not verbatim/,
    );
  });

  it('lists every error at once, across files', () => {
    const root = copyOntology();
    editFile(root, 'data/prosecution.yaml', 'to: supreme-judicial-council', 'to: supreme-judical-council');
    editFile(root, 'data/state-organs.yaml', 'kind: office', 'kind: officer');
    const messages = issuesOf(root).map(formatIssue);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /prosecution\.yaml:\d+: prosecutor-general-member-of-supreme-judicial-council: to: unknown entity "supreme-judical-council"/,
        ),
        expect.stringMatching(/state-organs\.yaml:\d+: president: kind: unknown entity kind "officer"/),
      ]),
    );
  });

  it('refuses a relation without a source', () => {
    const root = copyOntology();
    writeFile(
      root,
      'data/extra.yaml',
      'relations:\n  - id: senate-elects-president\n    type: elects\n    from: senate\n    to: president\n    validFrom: "1996-01-01"\n    sources: []\n',
    );
    const [issue] = issuesOf(root);
    expect(issue).toMatchObject({ file: 'ontology/data/extra.yaml', entry: 'senate-elects-president', line: 7 });
    expect(issue.message).toContain('every relation needs at least one source');
  });

  it('refuses a legal basis that names more than one provision, or none', () => {
    const root = copyOntology();
    const relation = (id: string, article: string) =>
      `  - id: ${id}\n    type: elects\n    from: people\n    to: president\n    validFrom: "1996-01-01"\n    validTo: "1996-12-31"\n    sources:\n      - act: constitution-1995\n        article: "${article}"\n`;
    writeFile(
      root,
      'data/extra.yaml',
      `relations:\n${relation('two-provisions', '41, 42')}${relation('a-section', 'Section III')}${relation('one-provision', '41(1)')}`,
    );
    const issues = issuesOf(root).filter((issue) => issue.file === 'ontology/data/extra.yaml');
    expect(issues.map((issue) => [issue.entry, issue.message])).toEqual([
      ['two-provisions', expect.stringContaining('must name one provision')],
      ['a-section', expect.stringContaining('must name one provision')],
    ]);
  });

  it('refuses a relation between kinds its type does not allow', () => {
    const root = copyOntology();
    writeFile(
      root,
      'data/extra.yaml',
      'relations:\n  - id: act-heads-senate\n    type: heads\n    from: constitution-1995\n    to: senate\n    validFrom: "1996-01-01"\n    validTo: "2000-01-01"\n    sources:\n      - act: constitution-1995\n        article: "1"\n',
    );
    expect(issuesOf(root).map((issue) => issue.message)).toContain(
      'from: a "heads" relation cannot start at "constitution-1995" of kind "legal-act" (allowed: office, historical-body)',
    );
  });

  it('refuses dates that are not dates, and periods that end before they begin', () => {
    const root = copyOntology();
    writeFile(
      root,
      'data/extra.yaml',
      'entities:\n' +
        '  - id: test-bad-date\n    kind: body\n    names: { kk: а, ru: б, en: c }\n    validFrom: "1990-02-30"\n' +
        '  - id: test-backwards\n    kind: body\n    names: { kk: а, ru: б, en: c }\n    validFrom: "1995-09-05"\n    validTo: "1990-01-01"\n',
    );
    const messages = issuesOf(root).map(formatIssue);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/extra\.yaml:5: test-bad-date: validFrom: is not a real calendar date/),
        expect.stringMatching(/extra\.yaml:\d+: test-backwards: validTo 1990-01-01 is before validFrom 1995-09-05/),
      ]),
    );
  });

  it('reports YAML syntax errors with the file and line', () => {
    const root = copyOntology();
    writeFile(root, 'data/extra.yaml', 'entities:\n  - id: x\n    names: { kk: a, ru: b\n');
    const [issue] = issuesOf(root);
    expect(issue.file).toBe('ontology/data/extra.yaml');
    expect(issue.message).toMatch(/^YAML syntax/);
  });

  it('refuses duplicate ids', () => {
    const root = copyOntology();
    writeFile(
      root,
      'data/extra.yaml',
      'entities:\n  - id: senate\n    kind: body\n    names: { kk: Сенат, ru: Сенат, en: Senate }\n    validFrom: "1995-09-05"\n',
    );
    expect(issuesOf(root).map(formatIssue)).toEqual([
      expect.stringMatching(
        /state-organs\.yaml:\d+: senate: duplicate entity id "senate" \(first defined at ontology\/data\/extra\.yaml:2\)/,
      ),
    ]);
  });
});

describe('dates written with a year or a month only', () => {
  it('mean the first day of the period when a fact begins and the last day when it ends', () => {
    const root = copyOntology();
    writeFile(
      root,
      'data/extra.yaml',
      'entities:\n  - id: test-body\n    kind: body\n    names: { kk: а, ru: б, en: c }\n    validFrom: "1922"\n    validTo: "2024-02"\n    sources:\n      - act: constitution-1995\n        article: "1"\n',
    );
    const entity = loadOntology(root).entities.find((candidate) => candidate.id === 'test-body')!;
    expect([entity.validFrom, entity.validTo]).toEqual(['1922-01-01', '2024-02-29']);
  });
});

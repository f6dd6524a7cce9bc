import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Date as Neo4jDate, int, Node as Neo4jNode, Relationship } from 'neo4j-driver';
import {
  decodeRelease,
  documentFromProperties,
  documentProperties,
  DOCUMENT,
  encodeRelease,
  ENTITY,
  ENTITY_SEARCH_INDEX,
  entityFromProperties,
  entityProperties,
  queryGraphVersion,
  queryRelease,
  queryReleases,
  relationFromProperties,
  relationProperties,
  schemaStatements,
  STAMP_GRAPH_VERSION,
  STORE_NAMES,
  type EntityRecord,
  type ReadRows,
  type RelationRecord,
} from '../../graph-seed/src/graphStore';
import { entityLabel, foldForSearch, loadOntology, relationshipType, type Entity, type Relation } from '../../ontology/src';
import { toDocumentRecord, toEntityRecord, toRelationRecord } from '../../server/src/graph/graph.records';

// What each record should hold, written from the ontology's model by hand rather than through the
// codec, so that a property the seed drops or the server misreads shows as a difference.
function expectedEntity(entity: Entity): EntityRecord {
  return {
    id: entity.id,
    kind: entity.kind,
    branchId: entity.branch ?? null,
    level: entity.level ?? null,
    names: { kk: entity.names.kk, ru: entity.names.ru, en: entity.names.en },
    aliases: { kk: entity.aliases?.kk ?? [], ru: entity.aliases?.ru ?? [], en: entity.aliases?.en ?? [] },
    descriptions: { kk: entity.description?.kk ?? null, ru: entity.description?.ru ?? null, en: entity.description?.en ?? null },
    validFrom: entity.validFrom,
    validTo: entity.validTo ?? null,
    notes: entity.notes ?? null,
    officialText: entity.officialText ?? null,
    sources: entity.sources,
  };
}

function expectedRelation(relation: Relation): RelationRecord {
  return {
    id: relation.id,
    type: relation.type,
    fromId: relation.from,
    toId: relation.to,
    consentOfIds: relation.consentOf ?? [],
    nominatedByIds: relation.nominatedBy ?? [],
    recommendedByIds: relation.recommendedBy ?? [],
    termYears: relation.term?.years ?? null,
    termSingle: relation.term?.singleTerm === true,
    majorityTexts: { kk: relation.majority?.kk ?? null, ru: relation.majority?.ru ?? null, en: relation.majority?.en ?? null },
    conditionTexts: { kk: relation.conditions?.kk ?? null, ru: relation.conditions?.ru ?? null, en: relation.conditions?.en ?? null },
    validFrom: relation.validFrom,
    validTo: relation.validTo ?? null,
    notes: relation.notes ?? null,
    derivedFrom: relation.derivedFrom ?? null,
    sources: relation.sources,
  };
}

/** `YYYY-MM-DD` as the neo4j Date the driver returns for a property the seed set with `date()`. */
function neo4jDate(text: string): Neo4jDate<number> {
  const [year, month, day] = text.split('-').map(Number);
  return new Neo4jDate(year, month, day);
}

/**
 * Properties as the driver hands them back after the seed wrote them: dates as neo4j Dates, no
 * null property (Neo4j keeps none), and the seed's own `seedHash` beside them.
 */
function asNeo4jReturns(properties: Record<string, unknown>): Record<string, unknown> {
  const stored = Object.entries(properties)
    .filter(([, value]) => value !== null)
    .map(([name, value]) => [name, name === 'validFrom' || name === 'validTo' ? neo4jDate(value as string) : value]);
  return { ...Object.fromEntries(stored), seedHash: 123_456 };
}

/** An entity and a relation that fill every field the model has, whatever the shipped data uses. */
const fullEntity: Entity = {
  id: 'full-entity',
  kind: 'state-body',
  branch: 'judicial',
  level: 'regional',
  names: { kk: 'Толық', ru: 'Полный', en: 'Full' },
  aliases: { kk: ['Т'], ru: ['П', 'Пол'], en: ['F'] },
  description: { kk: 'сипаттама', ru: 'описание', en: 'description' },
  validFrom: '1995-08-30',
  validTo: '2022-09-17',
  officialText: 'https://adilet.zan.kz/rus/docs/K950001000_',
  notes: 'a note',
  sources: [
    { kind: 'passage', document: 'constitution-1995', quote: 'quoted', start: 10, end: 16 },
    {
      kind: 'legal-basis',
      act: 'constitution-1995',
      article: '84(3)',
      wording: 'слова',
      url: 'https://adilet.zan.kz/rus/docs/K950001000_',
    },
    { kind: 'reference', title: 'A page', url: 'https://example.org/page', sentence: 'A sentence.' },
  ],
};
const fullRelation: Relation = {
  id: 'full-relation',
  type: 'appoints',
  from: 'president',
  to: 'full-entity',
  consentOf: ['senate'],
  nominatedBy: ['prime-minister', 'senate'],
  recommendedBy: ['supreme-judicial-council'],
  term: { years: 5, singleTerm: true },
  majority: { kk: 'көпшілік', ru: 'большинство', en: 'a majority' },
  conditions: { kk: 'шарт', ru: 'условие', en: 'a condition' },
  validFrom: '2023-01-01',
  validTo: '2030-12-31',
  notes: 'a note',
  derivedFrom: 'another-relation',
  sources: [{ kind: 'legal-basis', act: 'constitution-1995', article: '82(1)' }],
};

describe('the stored graph (graphStore)', () => {
  const ontology = loadOntology();
  const entities = [...ontology.entities, fullEntity];
  const relations = [...ontology.relations, fullRelation];

  it('is given the whole shipped ontology', () => {
    expect(ontology.entities.length).toBeGreaterThan(100);
    expect(ontology.relations.length).toBeGreaterThan(100);
    expect(ontology.documents.length).toBeGreaterThan(0);
  });

  it('reads back every entity as the ontology has it, from properties as written and as Neo4j returns them', () => {
    for (const entity of entities) {
      const properties = entityProperties(entity);
      expect(entityFromProperties(properties)).toEqual(expectedEntity(entity));
      const node = new Neo4jNode(int(1), [ENTITY, entityLabel(entity.kind)], asNeo4jReturns(properties), 'node-1');
      expect(toEntityRecord(node)).toEqual(expectedEntity(entity));
    }
  });

  it('reads back every relation as the ontology has it, from properties as written and as Neo4j returns them', () => {
    for (const relation of relations) {
      const properties = relationProperties(relation);
      expect(relationFromProperties(properties, relation.type, relation.from, relation.to)).toEqual(expectedRelation(relation));
      // A relationship's type is the kind's Neo4j form, which the server turns back into the kind id.
      const relationship = new Relationship(
        int(1),
        int(2),
        int(3),
        relationshipType(relation.type),
        asNeo4jReturns(properties),
        'relationship-1',
        'node-2',
        'node-3',
      );
      expect(toRelationRecord(relationship, relation.from, relation.to)).toEqual(expectedRelation(relation));
    }
  });

  it('reads back every document as the ontology has it', () => {
    for (const document of ontology.documents) {
      const expected = { id: document.id, language: document.language, titles: document.titles, text: document.text };
      expect(documentFromProperties(documentProperties(document))).toEqual(expected);
      expect(toDocumentRecord(new Neo4jNode(int(1), [DOCUMENT], documentProperties(document), 'node-1'))).toEqual(expected);
    }
  });

  it('keeps in the search text every name and alias, folded', () => {
    const { searchText } = entityProperties(fullEntity);
    const words = [...Object.values(fullEntity.names), ...Object.values(fullEntity.aliases!).flat()];
    expect(searchText.split(' | ')).toEqual(words.map((word) => foldForSearch(word)));
  });

  describe('releases', () => {
    const encoded = encodeRelease(entities, relations);

    it('decode to the records the ontology gives, from the bytes as the driver returns them', () => {
      // The driver returns a byte array in a buffer of its own: a copy, not a view of the seed's.
      const release = decodeRelease({ releaseGzip: Int8Array.from(encoded), entitiesJson: null, relationsJson: null });
      expect(release.entities).toEqual(entities.map(expectedEntity));
      expect(release.relations).toEqual(relations.map(expectedRelation));
    });

    it('leave out the search text, which only the live graph needs', () => {
      const content = JSON.parse(gunzipSync(encoded).toString('utf8'));
      expect(content.entities[0]).not.toHaveProperty('searchText');
      expect(content.entities[0]).toHaveProperty('nameKk');
    });

    it('published before gzip (two JSON strings) decode to the same records', () => {
      const { entities: storedEntities, relations: storedRelations } = JSON.parse(gunzipSync(encoded).toString('utf8'));
      const legacy = decodeRelease({
        releaseGzip: null,
        entitiesJson: JSON.stringify(storedEntities),
        relationsJson: JSON.stringify(storedRelations),
      });
      expect(legacy).toEqual(decodeRelease({ releaseGzip: encoded, entitiesJson: null, relationsJson: null }));
    });

    it('are read by version, and listed', async () => {
      const read =
        (rows: Record<string, unknown>[]): ReadRows =>
        async () =>
          rows;
      const stored = { publishedAt: '2026-01-01T00:00:00Z', releaseGzip: encoded, entitiesJson: null, relationsJson: null };
      const release = await queryRelease(read([stored]), 'v1');
      expect(release).toMatchObject({ version: 'v1', publishedAt: '2026-01-01T00:00:00Z' });
      expect(release!.entities).toHaveLength(entities.length);
      expect(await queryRelease(read([]), 'v2')).toBeNull();
      expect(await queryReleases(read([{ version: 'v1', publishedAt: '2026-01-01T00:00:00Z' }]))).toEqual([
        { version: 'v1', publishedAt: '2026-01-01T00:00:00Z' },
      ]);
    });
  });

  describe('the graph version', () => {
    it('is read from the node the seed stamps, and is null for a graph never seeded', async () => {
      let asked = '';
      const read =
        (rows: Record<string, unknown>[]): ReadRows =>
        async (cypher) => {
          asked = cypher;
          return rows;
        };
      expect(await queryGraphVersion(read([{ version: 'abc' }]))).toBe('abc');
      expect(await queryGraphVersion(read([]))).toBeNull();
      const node = /\(m:\w+ \{id: "\w+"\}\)/.exec(asked)![0];
      expect(STAMP_GRAPH_VERSION).toContain(node);
    });
  });

  it('indexes relation ids for every relation kind, and names the search index', () => {
    const statements = schemaStatements(ontology.kinds);
    for (const kind of ontology.kinds.relationKinds) {
      expect(
        [...statements.values()].some(
          (statement) => statement.includes(`[r:${relationshipType(kind.id)}]`) && statement.includes('(r.id)'),
        ),
      ).toBe(true);
    }
    expect(statements.get(ENTITY_SEARCH_INDEX)).toContain('FULLTEXT');
  });

  it('declares every label and relationship type that the seed and the server spell out in Cypher', () => {
    const root = path.resolve(__dirname, '../..');
    const sources = ['graph-seed/src', 'server/src'].flatMap((folder) =>
      readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' })
        .filter((file) => file.endsWith('.ts'))
        .map((file) => readFileSync(path.join(root, folder, file), 'utf8')),
    );
    // `(n:Entity {`, `(:Document)`, `[m:MENTIONS]`: a name after a colon in a node or relationship pattern.
    const spelled = new Set(
      sources.flatMap((text) =>
        [...text.matchAll(/\(\w*:([A-Z]\w*)[\s{)]|\[\w*:([A-Z][A-Z_]*)[\s{\]]/g)].map((match) => match[1] ?? match[2]),
      ),
    );
    expect([...spelled]).toContain(ENTITY);
    expect([...spelled].filter((name) => !STORE_NAMES.includes(name))).toEqual([]);
  });
});

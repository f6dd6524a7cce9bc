import type { Lang, Source } from '../../../ontology/src';
import { ontologyKinds, relationKindsById } from '../graphql/kinds';
import type { EntityRecord, RelationRecord } from '../graph/graph.records';
import type { GraphSnapshot } from './export.service';

/** Where the graph's own things live: entities and relations by id, documents by id. */
export const ID_BASE = 'https://kz-legal-graph.example/id/';
export const DOCUMENT_BASE = 'https://kz-legal-graph.example/document/';
/** The project's own terms, for what schema.org, ORG and Wikidata have no word for. */
export const VOCABULARY = 'https://kz-legal-graph.example/ontology#';

/**
 * Inline, so that a consumer expands it without fetching anything. Names and descriptions are
 * language maps (each value becomes a kk/ru/en-tagged string); dates are xsd:date.
 */
export const JSONLD_CONTEXT = {
  '@version': 1.1,
  schema: 'https://schema.org/',
  org: 'http://www.w3.org/ns/org#',
  wdt: 'http://www.wikidata.org/prop/direct/',
  dcterms: 'http://purl.org/dc/terms/',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  kzlg: VOCABULARY,
  id: '@id',
  type: '@type',
  name: { '@id': 'schema:name', '@container': '@language' },
  alternateName: { '@id': 'schema:alternateName', '@container': '@language' },
  description: { '@id': 'schema:description', '@container': '@language' },
  branch: { '@id': 'kzlg:branch', '@type': '@id' },
  level: 'kzlg:level',
  // Wikidata: inception (P571) and dissolved, abolished or demolished date (P576).
  inception: { '@id': 'wdt:P571', '@type': 'xsd:date' },
  dissolved: { '@id': 'wdt:P576', '@type': 'xsd:date' },
  // Wikidata statements that hold on the export's date, on the entities themselves.
  appointedBy: { '@id': 'wdt:P748', '@type': '@id', '@container': '@set' },
  partOf: { '@id': 'wdt:P361', '@type': '@id', '@container': '@set' },
  memberOf: { '@id': 'wdt:P463', '@type': '@id', '@container': '@set' },
  parentOrganization: { '@id': 'wdt:P749', '@type': '@id', '@container': '@set' },
  replaces: { '@id': 'wdt:P1365', '@type': '@id', '@container': '@set' },
  replacedBy: { '@id': 'wdt:P1366', '@type': '@id', '@container': '@set' },
  reportsTo: { '@id': 'org:reportsTo', '@type': '@id', '@container': '@set' },
  // A relation as a node of its own, so that its dates, conditions and sources have a subject.
  relationType: { '@id': 'kzlg:relationType', '@type': '@vocab' },
  from: { '@id': 'kzlg:from', '@type': '@id' },
  to: { '@id': 'kzlg:to', '@type': '@id' },
  member: { '@id': 'org:member', '@type': '@id' },
  organization: { '@id': 'org:organization', '@type': '@id' },
  startDate: { '@id': 'schema:startDate', '@type': 'xsd:date' },
  endDate: { '@id': 'schema:endDate', '@type': 'xsd:date' },
  consentOf: { '@id': 'kzlg:consentOf', '@type': '@id', '@container': '@set' },
  nominatedBy: { '@id': 'kzlg:nominatedBy', '@type': '@id', '@container': '@set' },
  recommendedBy: { '@id': 'kzlg:recommendedBy', '@type': '@id', '@container': '@set' },
  termYears: { '@id': 'kzlg:termYears', '@type': 'xsd:integer' },
  singleTerm: { '@id': 'kzlg:singleTerm', '@type': 'xsd:boolean' },
  majority: { '@id': 'kzlg:majority', '@container': '@language' },
  derivedFrom: { '@id': 'kzlg:derivedFrom', '@type': '@id' },
  conditions: { '@id': 'kzlg:conditions', '@container': '@language' },
  sources: { '@id': 'dcterms:source', '@container': '@set' },
  document: { '@id': 'kzlg:document', '@type': '@id' },
  quote: 'kzlg:quote',
  start: { '@id': 'kzlg:start', '@type': 'xsd:integer' },
  end: { '@id': 'kzlg:end', '@type': 'xsd:integer' },
  act: { '@id': 'kzlg:act', '@type': '@id' },
  article: 'kzlg:article',
  wording: 'kzlg:wording',
  officialText: { '@id': 'kzlg:officialText', '@type': '@id' },
  headline: 'schema:headline',
  url: { '@id': 'schema:url', '@type': '@id' },
  text: 'schema:text',
  temporalCoverage: 'schema:temporalCoverage',
  version: 'schema:version',
  inLanguage: 'schema:inLanguage',
} as const;

/** The Wikidata and ORG properties the relations state on the entities (kinds.yaml's `linkedData`). */
const STATEMENT_PROPERTIES = ['appointedBy', 'partOf', 'memberOf', 'parentOrganization', 'replaces', 'replacedBy', 'reportsTo'] as const;
type Statements = Partial<Record<(typeof STATEMENT_PROPERTIES)[number], string[]>>;

for (const kind of ontologyKinds.relationKinds) {
  for (const statement of kind.linkedData?.statements ?? []) {
    if (!(STATEMENT_PROPERTIES as readonly string[]).includes(statement.property)) {
      throw new Error(
        `kinds.yaml: relation kind "${kind.id}" states "${statement.property}", which the JSON-LD export does not know (known: ${STATEMENT_PROPERTIES.join(', ')})`,
      );
    }
  }
}

const entityKindsById = new Map(ontologyKinds.entityKinds.map((kind) => [kind.id, kind]));
const isOrganisation = (kindId: string | undefined) =>
  kindId !== undefined && entityKindsById.get(kindId)?.linkedData?.organisation === true;

/**
 * The snapshot as JSON-LD: every entity with its names in kk, ru and en, typed with W3C ORG
 * (org:Post, org:Organization), schema.org and a kzlg class per kind; every relation as a node
 * (member-of ones also as org:Membership) with its dates and sources; and, on the entities, the
 * Wikidata and ORG statements the relations amount to on that date (appointed by, part of,
 * member of, parent organization, replaces / replaced by, reports to).
 */
export function toJsonLd(snapshot: GraphSnapshot): Record<string, unknown> {
  const kinds = new Map(snapshot.entities.map((entity) => [entity.id, entity.kind]));
  const statements = new Map<string, Statements>();
  const state = (subject: string, property: keyof Statements, object: string) => {
    const forSubject = statements.get(subject) ?? {};
    (forSubject[property] ??= []).push(entityUri(object));
    statements.set(subject, forSubject);
  };
  for (const relation of snapshot.relations) {
    for (const statement of relationKindsById.get(relation.type)?.linkedData?.statements ?? []) {
      // Wikidata's parent organization relates organisations only; offices keep the relation node.
      if (statement.organisationsOnly && !(isOrganisation(kinds.get(relation.fromId)) && isOrganisation(kinds.get(relation.toId))))
        continue;
      const [subject, object] = statement.on === 'from' ? [relation.fromId, relation.toId] : [relation.toId, relation.fromId];
      state(subject, statement.property as keyof Statements, object);
    }
  }
  return {
    '@context': JSONLD_CONTEXT,
    '@graph': [
      {
        id: `${ID_BASE}graph/${snapshot.asOf}`,
        type: 'schema:Dataset',
        name: { en: `kz-legal-graph as of ${snapshot.asOf}` },
        temporalCoverage: snapshot.asOf,
        ...(snapshot.graphVersion ? { version: snapshot.graphVersion } : {}),
        inLanguage: ['kk', 'ru', 'en'],
      },
      ...snapshot.entities.map((entity) => entityNode(entity, statements.get(entity.id) ?? {})),
      ...snapshot.relations.map(relationNode),
    ],
  };
}

function entityNode(entity: EntityRecord, statements: Statements): Record<string, unknown> {
  return {
    id: entityUri(entity.id),
    type: [...(entityKindsById.get(entity.kind)?.linkedData?.types ?? []), `kzlg:${className(entity.kind)}`],
    name: entity.names,
    ...nonEmpty('alternateName', languageMap(entity.aliases)),
    ...nonEmpty('description', languageMap(entity.descriptions)),
    ...(entity.branchId ? { branch: entityUri(entity.branchId) } : {}),
    ...(entity.level ? { level: entity.level } : {}),
    inception: entity.validFrom,
    ...(entity.validTo ? { dissolved: entity.validTo } : {}),
    ...statements,
    ...(entity.sources.length ? { sources: entity.sources.map(sourceNode) } : {}),
  };
}

function relationNode(relation: RelationRecord): Record<string, unknown> {
  const kind = relationKindsById.get(relation.type);
  const membership = kind?.linkedData?.membership === true;
  return {
    id: entityUri(relation.id),
    type: ['kzlg:Relation', `kzlg:${className(relation.type)}`, ...(membership ? ['org:Membership'] : [])],
    relationType: `kzlg:${relation.type}`,
    ...(kind ? { name: kind.names } : {}),
    from: entityUri(relation.fromId),
    to: entityUri(relation.toId),
    ...(membership ? { member: entityUri(relation.fromId), organization: entityUri(relation.toId) } : {}),
    startDate: relation.validFrom,
    ...(relation.validTo ? { endDate: relation.validTo } : {}),
    ...(relation.consentOfIds.length ? { consentOf: relation.consentOfIds.map(entityUri) } : {}),
    ...(relation.nominatedByIds.length ? { nominatedBy: relation.nominatedByIds.map(entityUri) } : {}),
    ...(relation.recommendedByIds.length ? { recommendedBy: relation.recommendedByIds.map(entityUri) } : {}),
    ...(relation.termYears !== null ? { termYears: relation.termYears } : {}),
    ...(relation.termSingle ? { singleTerm: true } : {}),
    ...nonEmpty('majority', languageMap(relation.majorityTexts)),
    ...(relation.derivedFrom ? { derivedFrom: entityUri(relation.derivedFrom) } : {}),
    ...nonEmpty('conditions', languageMap(relation.conditionTexts)),
    sources: relation.sources.map(sourceNode),
  };
}

function sourceNode(source: Source): Record<string, unknown> {
  switch (source.kind) {
    case 'passage':
      return {
        type: 'kzlg:Passage',
        document: `${DOCUMENT_BASE}${encodeURIComponent(source.document)}`,
        quote: source.quote,
        start: source.start,
        end: source.end,
      };
    case 'legal-basis':
      return {
        type: 'kzlg:LegalBasis',
        act: entityUri(source.act),
        article: source.article,
        ...(source.wording ? { wording: source.wording } : {}),
        ...(source.url ? { officialText: source.url } : {}),
      };
    case 'reference':
      return { type: 'schema:WebPage', headline: source.title, url: source.url, text: source.sentence };
  }
}

/** The URI of an entity or relation. */
export function entityUri(id: string): string {
  return `${ID_BASE}${encodeURIComponent(id)}`;
}

/** `historical-body` → `HistoricalBody`. */
function className(kindId: string): string {
  return kindId.replace(/(^|-)([a-z0-9])/g, (_, _dash, letter: string) => letter.toUpperCase());
}

/** The languages that have a text (or a non-empty list). */
function languageMap<T>(texts: Record<Lang, T | null>): Partial<Record<Lang, T>> {
  return Object.fromEntries(
    Object.entries(texts).filter(([, value]) => value !== null && !(Array.isArray(value) && value.length === 0)),
  ) as Partial<Record<Lang, T>>;
}

function nonEmpty(property: string, map: object): Record<string, object> {
  return Object.keys(map).length ? { [property]: map } : {};
}

import { inLanguage } from '../graphql/lang';
import { relationKindsById } from '../graphql/kinds';
import type { EntityRecord, RelationRecord } from '../graph/graph.records';
import type { GraphSnapshot } from './export.service';
import { sourcesText } from './sourceText';

type AttributeType = 'string' | 'int';

interface GraphMLKey<T> {
  /** attr.name: the column name Gephi and Cytoscape show; `label` is the one they draw. */
  name: string;
  type: AttributeType;
  description: string;
  value(item: T, snapshot: GraphSnapshot): string | number | null;
}

const NODE_KEYS: GraphMLKey<EntityRecord>[] = [
  { name: 'label', type: 'string', description: 'The name in the language asked for.', value: (entity, { lang }) => entity.names[lang] },
  {
    name: 'kind',
    type: 'string',
    description: 'Entity kind (ontology id): office, body, court, branch, legal-act, ...',
    value: (entity) => entity.kind,
  },
  { name: 'branch', type: 'string', description: 'Id of the branch or power centre it belongs to.', value: (entity) => entity.branchId },
  { name: 'level', type: 'string', description: 'national, regional or district.', value: (entity) => entity.level },
  { name: 'nameKk', type: 'string', description: 'Name in Kazakh.', value: (entity) => entity.names.kk },
  { name: 'nameRu', type: 'string', description: 'Name in Russian.', value: (entity) => entity.names.ru },
  { name: 'nameEn', type: 'string', description: 'Name in English.', value: (entity) => entity.names.en },
  {
    name: 'description',
    type: 'string',
    description: 'Description in the language asked for (else another).',
    value: (entity, { lang }) => inLanguage(entity.descriptions, lang),
  },
  { name: 'validFrom', type: 'string', description: 'First day it existed (YYYY-MM-DD).', value: (entity) => entity.validFrom },
  {
    name: 'validTo',
    type: 'string',
    description: 'Last day it existed (YYYY-MM-DD); absent while it exists.',
    value: (entity) => entity.validTo,
  },
  {
    name: 'sources',
    type: 'string',
    description: 'Sources, one a line: "document [start–end]: quote", "act, art. N: wording <official text>" or "title <url>: sentence".',
    value: (entity) => sourcesText(entity.sources) || null,
  },
];

const EDGE_KEYS: GraphMLKey<RelationRecord>[] = [
  {
    name: 'label',
    type: 'string',
    description: "The relation's name in the language asked for.",
    value: (relation, { lang }) => relationKindsById.get(relation.type)?.names[lang] ?? relation.type,
  },
  {
    name: 'type',
    type: 'string',
    description: 'Relation kind (ontology id): appoints, consents-to, reports-to, ...',
    value: (relation) => relation.type,
  },
  { name: 'validFrom', type: 'string', description: 'First day it held (YYYY-MM-DD).', value: (relation) => relation.validFrom },
  {
    name: 'validTo',
    type: 'string',
    description: 'Last day it held (YYYY-MM-DD); absent while it holds.',
    value: (relation) => relation.validTo,
  },
  {
    name: 'consentOf',
    type: 'string',
    description: 'Appointments: ids of those whose consent it needs, separated by "; ".',
    value: (relation) => relation.consentOfIds.join('; ') || null,
  },
  {
    name: 'nominatedBy',
    type: 'string',
    description: 'Appointments: ids of those who nominate, separated by "; ".',
    value: (relation) => relation.nominatedByIds.join('; ') || null,
  },
  {
    name: 'recommendedBy',
    type: 'string',
    description: 'Appointments: ids of those on whose recommendation it is made, separated by "; ".',
    value: (relation) => relation.recommendedByIds.join('; ') || null,
  },
  {
    name: 'termYears',
    type: 'int',
    description: 'Appointments and elections: the term in years.',
    value: (relation) => relation.termYears,
  },
  {
    name: 'singleTerm',
    type: 'string',
    description: 'Appointments and elections: "true" when the same person may hold the post only once.',
    value: (relation) => (relation.termSingle ? 'true' : null),
  },
  {
    name: 'majority',
    type: 'string',
    description: 'The vote the decision or the consent needs, in the language asked for (else another).',
    value: (relation, { lang }) => inLanguage(relation.majorityTexts, lang),
  },
  {
    name: 'derivedFrom',
    type: 'string',
    description: 'Consent and nomination edges: the id of the appointment they belong to.',
    value: (relation) => relation.derivedFrom,
  },
  {
    name: 'sources',
    type: 'string',
    description: 'Sources, one a line: "document [start–end]: quote", "act, art. N: wording <official text>" or "title <url>: sentence".',
    value: (relation) => sourcesText(relation.sources) || null,
  },
];

const GRAPH_KEYS: GraphMLKey<null>[] = [
  { name: 'asOf', type: 'string', description: 'The date the graph is valid on.', value: (_, snapshot) => snapshot.asOf },
  { name: 'lang', type: 'string', description: 'The language of the labels.', value: (_, snapshot) => snapshot.lang },
  {
    name: 'graphVersion',
    type: 'string',
    description: 'The version of the ontology the graph was seeded from.',
    value: (_, snapshot) => snapshot.graphVersion,
  },
];

/**
 * The snapshot as GraphML 1.0 (http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd): a directed
 * graph whose nodes and edges carry their attributes as <data>, each declared by a <key>. Key ids
 * are prefixed by their domain because GraphML wants them unique while Gephi and Cytoscape read
 * `attr.name`, which node and edge keys may share (`label`).
 *
 * It draws what the Cytoscape elements draw: an edge needs both its nodes in the file, so a
 * relation whose other end no longer exists on the date is left out, as the explorer leaves it out.
 */
export function toGraphML(snapshot: GraphSnapshot): string {
  const nodeIds = new Set(snapshot.elements.nodes.map((node) => node.data.id));
  const edgeIds = new Set(snapshot.elements.edges.map((edge) => edge.data.id));
  const entities = snapshot.entities.filter((entity) => nodeIds.has(entity.id));
  const relations = snapshot.relations.filter((relation) => edgeIds.has(relation.id));
  const keyElements = [
    ...GRAPH_KEYS.map((key) => keyElement('graph', key)),
    ...NODE_KEYS.map((key) => keyElement('node', key)),
    ...EDGE_KEYS.map((key) => keyElement('edge', key)),
  ];
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    `  <desc>${escapeText(`kz-legal-graph: the legal institutions of the Republic of Kazakhstan and their relations as of ${snapshot.asOf}`)}</desc>`,
    ...keyElements,
    '  <graph id="kz-legal-graph" edgedefault="directed">',
    ...dataElements('graph', GRAPH_KEYS, null, snapshot, '    '),
    ...entities.flatMap((entity) => [
      `    <node id="${escapeAttribute(entity.id)}">`,
      ...dataElements('node', NODE_KEYS, entity, snapshot, '      '),
      '    </node>',
    ]),
    ...relations.flatMap((relation) => [
      `    <edge id="${escapeAttribute(relation.id)}" source="${escapeAttribute(relation.fromId)}" target="${escapeAttribute(relation.toId)}">`,
      ...dataElements('edge', EDGE_KEYS, relation, snapshot, '      '),
      '    </edge>',
    ]),
    '  </graph>',
    '</graphml>',
  ];
  return `${lines.join('\n')}\n`;
}

function keyElement<T>(domain: string, key: GraphMLKey<T>): string {
  return [
    `  <key id="${domain}.${key.name}" for="${domain}" attr.name="${key.name}" attr.type="${key.type}">`,
    `    <desc>${escapeText(key.description)}</desc>`,
    '  </key>',
  ].join('\n');
}

function dataElements<T>(domain: string, keys: GraphMLKey<T>[], item: T, snapshot: GraphSnapshot, indent: string): string[] {
  return keys.flatMap((key) => {
    const value = key.value(item, snapshot);
    // A missing <data> is GraphML's way to say "no value"; an empty string would be a value.
    return value === null || value === '' ? [] : [`${indent}<data key="${domain}.${key.name}">${escapeText(String(value))}</data>`];
  });
}

// Characters XML 1.0 cannot carry at all, even as references: C0 controls other than tab,
// line feed and carriage return, lone surrogates, U+FFFE and U+FFFF.
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- finding those characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text content: markup characters escaped; a carriage return kept as a reference so parsers keep it. */
export function escapeText(value: string): string {
  return value.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** An attribute value in double quotes; white space kept as references, which attribute normalisation would flatten. */
export function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}

import { stringify } from 'csv-stringify/sync';
import { ontologyKinds, relationKindsById } from '../graphql/kinds';
import { inLanguage } from '../graphql/lang';
import type { GraphSnapshot } from './export.service';
import { legalBasisText, sourceText } from './sourceText';

const entityKindsById = new Map(ontologyKinds.entityKinds.map((kind) => [kind.id, kind]));

// RFC 4180: CRLF between records, fields quoted when they hold a comma, quote or line break.
// The byte order mark is what makes Excel read the file as UTF-8 rather than a legacy code page.
const OPTIONS = { header: true, bom: true, record_delimiter: 'windows' } as const;

/** One row per entity: id, kind, branch, level, the three names, the dates. */
export function entitiesCsv(snapshot: GraphSnapshot): string {
  const rows = snapshot.entities.map((entity) => ({
    id: entity.id,
    kind: entity.kind,
    kindLabel: entityKindsById.get(entity.kind)?.names[snapshot.lang] ?? entity.kind,
    branch: entity.branchId,
    level: entity.level,
    nameKk: entity.names.kk,
    nameRu: entity.names.ru,
    nameEn: entity.names.en,
    validFrom: entity.validFrom,
    validTo: entity.validTo,
  }));
  return stringify(rows, { ...OPTIONS, columns: ENTITY_COLUMNS });
}

/**
 * One row per relation, with its sources flattened into three columns, one source a line:
 * quotes (`document [start–end]: quote`), legal bases (`act, art. N: wording <official text>`) and public references.
 */
export function relationsCsv(snapshot: GraphSnapshot): string {
  const label = (id: string) => snapshot.namesById.get(id)?.[snapshot.lang];
  const rows = snapshot.relations.map((relation) => ({
    id: relation.id,
    type: relation.type,
    typeLabel: relationKindsById.get(relation.type)?.names[snapshot.lang] ?? relation.type,
    from: relation.fromId,
    fromLabel: label(relation.fromId),
    to: relation.toId,
    toLabel: label(relation.toId),
    validFrom: relation.validFrom,
    validTo: relation.validTo,
    consentOf: relation.consentOfIds.join('; '),
    nominatedBy: relation.nominatedByIds.join('; '),
    recommendedBy: relation.recommendedByIds.join('; '),
    termYears: relation.termYears,
    singleTerm: relation.termSingle ? 'true' : '',
    majority: inLanguage(relation.majorityTexts, snapshot.lang),
    derivedFrom: relation.derivedFrom,
    quotes: lines(relation.sources.flatMap((source) => (source.kind === 'passage' ? [sourceText(source)] : []))),
    legalBasis: lines(relation.sources.flatMap((source) => (source.kind === 'legal-basis' ? [legalBasisText(source)] : []))),
    references: lines(relation.sources.flatMap((source) => (source.kind === 'reference' ? [sourceText(source)] : []))),
  }));
  return stringify(rows, { ...OPTIONS, columns: RELATION_COLUMNS });
}

const lines = (texts: string[]): string => texts.join('\n');

const ENTITY_COLUMNS = ['id', 'kind', 'kindLabel', 'branch', 'level', 'nameKk', 'nameRu', 'nameEn', 'validFrom', 'validTo'];

const RELATION_COLUMNS = [
  'id',
  'type',
  'typeLabel',
  'from',
  'fromLabel',
  'to',
  'toLabel',
  'validFrom',
  'validTo',
  'consentOf',
  'nominatedBy',
  'recommendedBy',
  'termYears',
  'singleTerm',
  'majority',
  'derivedFrom',
  'quotes',
  'legalBasis',
  'references',
];

import type { Node as Neo4jNode, Relationship } from 'neo4j-driver';
import { relationKindId, type Lang, type Level, type Source } from '../../../ontology/src';

type Texts = Record<Lang, string | null>;

/** An entity as the graph stores it, in plain values. */
export interface EntityRecord {
  id: string;
  kind: string;
  branchId: string | null;
  level: Level | null;
  names: Record<Lang, string>;
  aliases: Record<Lang, string[]>;
  descriptions: Texts;
  validFrom: string;
  validTo: string | null;
  notes: string | null;
  sources: Source[];
}

/** A relation as the graph stores it, in plain values. */
export interface RelationRecord {
  id: string;
  /** The ontology's kind id, e.g. `appoints`. */
  type: string;
  fromId: string;
  toId: string;
  consentOfIds: string[];
  nominatedByIds: string[];
  /** Whose recommendation an appointment rests on. */
  recommendedByIds: string[];
  termYears: number | null;
  /** True when the same person may hold the post only once. */
  termSingle: boolean;
  /** The vote the decision (or the consent to it) needs. */
  majorityTexts: Texts;
  conditionTexts: Texts;
  validFrom: string;
  validTo: string | null;
  notes: string | null;
  derivedFrom: string | null;
  sources: Source[];
}

export interface DocumentRecord {
  id: string;
  language: Lang;
  titles: Record<Lang, string>;
  text: string;
}

const dateText = (value: unknown): string | null => (value == null ? null : String(value));

export function toEntityRecord(node: Neo4jNode): EntityRecord {
  return entityFromProperties(node.properties);
}

/** An entity from its stored properties: a node's, or a published release's (see graph-seed). */
export function entityFromProperties(p: Record<string, any>): EntityRecord {
  return {
    id: p.id,
    kind: p.kind,
    branchId: p.branch ?? null,
    level: p.level ?? null,
    names: { kk: p.nameKk, ru: p.nameRu, en: p.nameEn },
    aliases: { kk: p.aliasesKk ?? [], ru: p.aliasesRu ?? [], en: p.aliasesEn ?? [] },
    descriptions: { kk: p.descriptionKk ?? null, ru: p.descriptionRu ?? null, en: p.descriptionEn ?? null },
    validFrom: dateText(p.validFrom)!,
    validTo: dateText(p.validTo),
    notes: p.notes ?? null,
    sources: JSON.parse(p.sourcesJson ?? '[]'),
  };
}

export function toRelationRecord(relationship: Relationship, fromId: string, toId: string): RelationRecord {
  return relationFromProperties(relationship.properties, relationKindId(relationship.type), fromId, toId);
}

/** A relation from its stored properties: a relationship's, or a published release's. */
export function relationFromProperties(p: Record<string, any>, type: string, fromId: string, toId: string): RelationRecord {
  return {
    id: p.id,
    type,
    fromId,
    toId,
    consentOfIds: p.consentOf ?? [],
    nominatedByIds: p.nominatedBy ?? [],
    recommendedByIds: p.recommendedBy ?? [],
    termYears: p.termYears ?? null,
    termSingle: p.termSingle === true,
    majorityTexts: { kk: p.majorityKk ?? null, ru: p.majorityRu ?? null, en: p.majorityEn ?? null },
    conditionTexts: { kk: p.conditionsKk ?? null, ru: p.conditionsRu ?? null, en: p.conditionsEn ?? null },
    validFrom: dateText(p.validFrom)!,
    validTo: dateText(p.validTo),
    notes: p.notes ?? null,
    derivedFrom: p.derivedFrom ?? null,
    sources: JSON.parse(p.sourcesJson ?? '[]'),
  };
}

export function toDocumentRecord(node: Neo4jNode): DocumentRecord {
  const p = node.properties;
  return { id: p.id, language: p.language, titles: { kk: p.titleKk, ru: p.titleRu, en: p.titleEn }, text: p.text };
}

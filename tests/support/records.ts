import type { RelationRecord } from '../../server/src/graph/graph.records';

/** A relation as the graph stores it, for unit tests: the fields given, the rest empty. */
export function relationRecord(fields: Pick<RelationRecord, 'id' | 'type' | 'fromId' | 'toId'> & Partial<RelationRecord>): RelationRecord {
  return {
    consentOfIds: [],
    nominatedByIds: [],
    recommendedByIds: [],
    termYears: null,
    termSingle: false,
    majorityTexts: { kk: null, ru: null, en: null },
    conditionTexts: { kk: null, ru: null, en: null },
    validFrom: '1995-01-01',
    validTo: null,
    notes: null,
    derivedFrom: null,
    sources: [],
    ...fields,
  };
}

import type { EntityRecord, RelationRecord } from './graph.records';
import { relationshipType } from '../../../ontology/src';
import { ontologyMeanings } from '../graphql/kinds';

/**
 * When an element of the graph holds on a date: from its first day to its last, both included,
 * and still when it has no last day. A relation holds when it does and so do its ends, except the
 * ends its kind outlives (kinds.yaml's `outlives`: a succession, the act that established a body).
 *
 * The rule runs in two places, in Neo4j (Cypher, `$asOf`) and over records in memory (published
 * releases, YYYY-MM-DD strings, which order as dates do); both are written here, side by side,
 * and tests/integration/validity.int.test.ts holds them to the same answers on the real graph.
 */

/** Cypher that is true when the element `x` holds on `$asOf`. */
export const validOn = (x: string) => `(${x}.validFrom <= date($asOf) AND (${x}.validTo IS NULL OR ${x}.validTo >= date($asOf)))`;

/** `validOn` in memory. */
export const isValidOn = (x: { validFrom: string; validTo: string | null }, asOf: string) =>
  x.validFrom <= asOf && (x.validTo === null || x.validTo >= asOf);

// The kinds whose ends need not hold, read once: every query of the API splices the Cypher list,
// and a pinned release tests every relation against the sets.
const cypherList = (kinds: string[]) => `[${kinds.map((kind) => `'${relationshipType(kind)}'`).join(', ')}]`;
const OUTLIVE_FROM_CYPHER = cypherList(ontologyMeanings.outlive.from);
const OUTLIVE_TO_CYPHER = cypherList(ontologyMeanings.outlive.to);
const OUTLIVE_FROM = new Set(ontologyMeanings.outlive.from);
const OUTLIVE_TO = new Set(ontologyMeanings.outlive.to);

/** Cypher that is true when the relation `r` from `a` to `b` holds on `$asOf`, and so do the ends its kind does not outlive. */
export const relationValidOn = (r: string, a: string, b: string) =>
  `${validOn(r)} AND (${validOn(a)} OR type(${r}) IN ${OUTLIVE_FROM_CYPHER}) AND (${validOn(b)} OR type(${r}) IN ${OUTLIVE_TO_CYPHER})`;

/** `relationValidOn` in memory. */
export function isRelationValidOn(
  relation: RelationRecord,
  from: EntityRecord | undefined,
  to: EntityRecord | undefined,
  asOf: string,
): boolean {
  return (
    isValidOn(relation, asOf) &&
    from !== undefined &&
    to !== undefined &&
    (isValidOn(from, asOf) || OUTLIVE_FROM.has(relation.type)) &&
    (isValidOn(to, asOf) || OUTLIVE_TO.has(relation.type))
  );
}

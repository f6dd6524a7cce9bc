/**
 * The questions the benchmarks ask, the same at every graph size and for every contender: what a
 * student, a teacher's slide and a researcher's script ask most. All as of 1 January 2020, when the
 * Senate (gone since 1 July 2026) still existed, so the path has two ends at every size.
 */

export const SCENARIO_DATE = '2020-01-01';

export interface Scenario {
  /** Short name, used in the tables. */
  name: 'whoAppoints' | 'neighborhood' | 'path' | 'search' | 'graph';
  /** What it asks, in words. */
  description: string;
  /** The GraphQL operation our API answers. */
  query: string;
  variables: Record<string, unknown>;
  /** An id every right answer holds, whoever gives it: a cheap check that a contender answered. */
  mustMention: string;
}

const RELATION_FIELDS = 'id type label validFrom validTo from { id } to { id }';
const SOURCE_FIELDS = 'kind documentId quote start end actId article title url sentence';
const NODE_FIELDS = 'id kind name validFrom validTo';

export const SCENARIOS: readonly Scenario[] = [
  {
    name: 'whoAppoints',
    description: 'who appoints the Prosecutor General, with every field',
    query: `query WhoAppoints($id: ID!, $asOf: Date) {
      whoAppoints(id: $id, asOf: $asOf) {
        appointer { ${NODE_FIELDS} } appointee { ${NODE_FIELDS} }
        consentOf { ${NODE_FIELDS} } nominatedBy { ${NODE_FIELDS} } dismissedBy { ${NODE_FIELDS} }
        term { years text } conditions validFrom validTo
        legalBasis { actId article act { id name } }
        sources { ${SOURCE_FIELDS} }
        relation { ${RELATION_FIELDS} }
      }
    }`,
    variables: { id: 'prosecutor-general', asOf: SCENARIO_DATE },
    mustMention: 'president',
  },
  {
    name: 'neighborhood',
    description: 'what surrounds the Prosecutor General, two relations deep',
    query: `query Neighborhood($id: ID!, $asOf: Date) {
      neighborhood(id: $id, depth: 2, asOf: $asOf) { asOf nodes { ${NODE_FIELDS} } relations { ${RELATION_FIELDS} } }
    }`,
    variables: { id: 'prosecutor-general', asOf: SCENARIO_DATE },
    // Not the Senate: in a large synthetic graph the Prosecutor General appoints thousands, and the
    // answer, capped at MAX_NEIGHBORHOOD_NODES, may leave the Senate out (truncated: true).
    mustMention: 'prosecutor-general',
  },
  {
    name: 'path',
    description: 'how the Senate is connected to a district prosecutor',
    query: `query Path($from: ID!, $to: ID!, $asOf: Date) {
      path(from: $from, to: $to, asOf: $asOf) { length steps { forward relation { ${RELATION_FIELDS} } } explanation }
    }`,
    variables: { from: 'senate', to: 'district-prosecutor', asOf: SCENARIO_DATE },
    mustMention: 'prosecutor-general',
  },
  {
    name: 'search',
    description: 'search as typed: "prosecutor gen"',
    query: `query Search($text: String!) { search(text: $text) { score matched node { ${NODE_FIELDS} } } }`,
    variables: { text: 'prosecutor gen' },
    mustMention: 'prosecutor-general',
  },
  {
    name: 'graph',
    description: 'the whole graph as Cytoscape.js elements',
    query: `query Graph($asOf: Date) { graph(filter: { asOf: $asOf }) { asOf version elements } }`,
    variables: { asOf: SCENARIO_DATE },
    mustMention: 'district-prosecutor',
  },
];

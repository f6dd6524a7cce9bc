/**
 * How ontology kinds are named inside Neo4j. Labels and relationship types cannot be query
 * parameters, so they are spliced into Cypher; they come only from here, built from the kebab-case
 * kind ids the ontology validated, never from user input.
 */

const KEBAB_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function checked(kindId: string): string[] {
  if (!KEBAB_ID.test(kindId)) throw new Error(`not a kind id: ${JSON.stringify(kindId)}`);
  return kindId.split('-');
}

/** `legal-act` → `LegalAct`: the node label of an entity kind. */
export function entityLabel(kindId: string): string {
  return checked(kindId)
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join('');
}

/** `reports-to` → `REPORTS_TO`: the relationship type of a relation kind (also its GraphQL enum value). */
export function relationshipType(kindId: string): string {
  return checked(kindId).join('_').toUpperCase();
}

/** `REPORTS_TO` → `reports-to`. */
export function relationKindId(relationshipTypeName: string): string {
  return relationshipTypeName.toLowerCase().replace(/_/g, '-');
}

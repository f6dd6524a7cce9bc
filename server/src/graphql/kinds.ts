import { registerEnumType } from 'type-graphql';
import { kindMeanings, loadOntologyKinds, relationshipType, type KindMeanings, type Kinds } from '../../../ontology/src';

/** The ontology's kinds: the GraphQL enums below are built from them, never written by hand. */
export const ontologyKinds: Kinds = loadOntologyKinds();

/** What the kinds mean to the API (which count as checks, removals, appointments...): see kinds.yaml. */
export const ontologyMeanings: KindMeanings = kindMeanings(ontologyKinds);

/** RelationType enum: `APPOINTS` → `appoints` (the ontology's kind id). */
export const RelationType: Record<string, string> = Object.fromEntries(
  ontologyKinds.relationKinds.map((kind) => [relationshipType(kind.id), kind.id]),
);

/** EntityKind enum: `LEGAL_ACT` → `legal-act`. */
export const EntityKind: Record<string, string> = Object.fromEntries(
  ontologyKinds.entityKinds.map((kind) => [relationshipType(kind.id), kind.id]),
);

registerEnumType(RelationType, {
  name: 'RelationType',
  description: "A kind of relation between institutions (see the ontology's schema/kinds.yaml).",
  valuesConfig: Object.fromEntries(ontologyKinds.relationKinds.map((kind) => [relationshipType(kind.id), { description: kind.names.en }])),
});

registerEnumType(EntityKind, {
  name: 'EntityKind',
  description: 'A kind of entity: office, state body, court, branch, legal act, ...',
  valuesConfig: Object.fromEntries(ontologyKinds.entityKinds.map((kind) => [relationshipType(kind.id), { description: kind.names.en }])),
});

export const relationKindsById = new Map(ontologyKinds.relationKinds.map((kind) => [kind.id, kind]));

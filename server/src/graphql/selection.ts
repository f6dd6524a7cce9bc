import {
  BREAK,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type GraphQLResolveInfo,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { Reading } from '../graph/graph.repository';

/**
 * Whether the operation asks, of what the field being resolved returns, for any of `fields`: in
 * the field's own selections, aliased or not, and in the fragments (named or inline) spread into
 * them. A field that @skip or @include may leave out counts as asked for: that costs only a read.
 */
export function asksForAny(info: GraphQLResolveInfo, fields: readonly string[]): boolean {
  const spread = new Set<string>();
  const asksWithin = (selectionSet: SelectionSetNode | undefined): boolean =>
    selectionSet?.selections.some((selection) => {
      if (selection.kind === Kind.FIELD) return fields.includes(selection.name.value);
      if (selection.kind === Kind.INLINE_FRAGMENT) return asksWithin(selection.selectionSet);
      if (spread.has(selection.name.value)) return false;
      spread.add(selection.name.value);
      return asksWithin(info.fragments[selection.name.value]?.selectionSet);
    }) ?? false;
  return info.fieldNodes.some((field) => asksWithin(field.selectionSet));
}

/**
 * The fields, by type, that read no more of an entity than its outline (ENTITY_OUTLINE_PROPERTIES in
 * graph.repository.ts: id, kind, branch, level, names, aliases, dates) and no more of a relation
 * than its outline (everything but its sources, notes, conditions and majority). Listed rather than
 * excluded, so that a field added later is read whole until it is added here, and
 * tests/integration/outlines.int.test.ts answers each of them both ways and compares.
 */
export const ANSWERED_BY_OUTLINES: Readonly<Record<string, readonly string[]>> = {
  Query: ['path', 'neighborhood', 'search'],
  GraphPath: ['length', 'steps', 'explanation'],
  PathStep: ['relation', 'forward'],
  SearchHit: ['node', 'score', 'matched'],
  Subgraph: ['asOf', 'nodes', 'relations', 'truncated', 'elements', 'positions'],
  NodePosition: ['id', 'x', 'y'],
  Node: ['id', 'kind', 'name', 'names', 'aliases', 'validFrom', 'validTo'],
  Institution: ['id', 'kind', 'name', 'names', 'aliases', 'validFrom', 'validTo', 'level'],
  Branch: ['id', 'kind', 'name', 'names', 'aliases', 'validFrom', 'validTo'],
  Names: ['kk', 'ru', 'en'],
  Aliases: ['kk', 'ru', 'en'],
  Relation: [
    'id',
    'type',
    'label',
    'validFrom',
    'validTo',
    'derivedFrom',
    'term',
    'from',
    'to',
    'consentOf',
    'nominatedBy',
    'recommendedBy',
  ],
  Term: ['years', 'singleTerm', 'text'],
};

const readingOf = new WeakMap<OperationDefinitionNode, Reading>();

/**
 * How the operation reads entities and relations: as outlines when every field it asks for, in
 * any of its root fields and fragments, is answered by them (ANSWERED_BY_OUTLINES), else whole.
 * Decided for the operation, not the field: the records one field reads prime the request's
 * loaders, and another field of the same operation may be answered from them. Apollo keeps parsed
 * operations, so each is walked once.
 */
export function readingFor(info: GraphQLResolveInfo): Reading {
  const known = readingOf.get(info.operation);
  if (known !== undefined) return known;
  const typeInfo = new TypeInfo(info.schema);
  let suffice = true;
  const visitor = visitWithTypeInfo(typeInfo, {
    Field(field) {
      const parent = typeInfo.getParentType();
      if (field.name.value === '__typename') return;
      if (!parent || !ANSWERED_BY_OUTLINES[parent.name]?.includes(field.name.value)) {
        suffice = false;
        return BREAK;
      }
    },
  });
  for (const definition of [info.operation, ...Object.values(info.fragments)]) {
    if (suffice) visit(definition, visitor);
  }
  const reading = suffice ? 'outline' : 'whole';
  readingOf.set(info.operation, reading);
  return reading;
}

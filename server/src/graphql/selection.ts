import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

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

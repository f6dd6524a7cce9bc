import { REMOVALS, type Kinds, type Removal } from './model';

/**
 * What the code asks of the kinds, read from the flags in kinds.yaml (its header says what each
 * means): the loader, the Cypher, the analyses and the explorer use these lists and never name a
 * kind by its id, so a flag changed in kinds.yaml changes what they answer.
 */
export interface KindMeanings {
  /** Relation kinds by which one entity checks another (`check`). */
  checks: string[];
  /** Relation kinds that end a tenure, each with how, in the order of REMOVALS (`removal`). */
  removals: Map<string, Removal>;
  /** Relation kinds that put someone in a post (`appointment`). */
  appointments: string[];
  /** Relation kinds that remove from a post by dismissal (`removal: dismissal`). */
  dismissals: string[];
  /** Relation kinds that may hold on a date when their `from` end, or their `to` end, does not (`outlives`). */
  outlive: { from: string[]; to: string[] };
  /** Entity kinds that checks between branches bear on (`checkable`). */
  checkable: string[];
  /** Entity kinds of the past, which the explorer can hide (`historical`). */
  historical: string[];
}

export function kindMeanings(kinds: Kinds): KindMeanings {
  const relationKindsWith = (flag: (kind: Kinds['relationKinds'][number]) => unknown) =>
    kinds.relationKinds.filter(flag).map((kind) => kind.id);
  const removalKinds = kinds.relationKinds
    .filter((kind) => kind.removal)
    .sort((a, b) => REMOVALS.indexOf(a.removal!) - REMOVALS.indexOf(b.removal!));
  return {
    checks: relationKindsWith((kind) => kind.check),
    removals: new Map(removalKinds.map((kind) => [kind.id, kind.removal!])),
    appointments: relationKindsWith((kind) => kind.appointment),
    dismissals: relationKindsWith((kind) => kind.removal === 'dismissal'),
    outlive: {
      from: relationKindsWith((kind) => kind.outlives?.includes('from')),
      to: relationKindsWith((kind) => kind.outlives?.includes('to')),
    },
    checkable: kinds.entityKinds.filter((kind) => kind.checkable).map((kind) => kind.id),
    historical: kinds.entityKinds.filter((kind) => kind.historical).map((kind) => kind.id),
  };
}

import 'reflect-metadata';
import type { RelationRecord } from '../../server/src/graph/graph.records';
import { pairChanges } from '../../server/src/analysis/analysis.service';
import { relationRecord } from '../support/records';

// `compare` between two dates: the relations valid only on the earlier date (gone) and only on
// the later one (arrived) are paired into changes where the same holder keeps the same power over
// the same target through a new relation.

const relation = (
  id: string,
  fromId: string,
  type: string,
  toId: string,
  validFrom: string,
  validTo: string | null = null,
): RelationRecord => relationRecord({ id, fromId, type, toId, validFrom, validTo });

const ids = (relations: RelationRecord[]) => relations.map((item) => item.id);
const pairIds = (pairs: [RelationRecord, RelationRecord][]) => pairs.map(([before, after]) => [before.id, after.id]);

describe('pairChanges', () => {
  it('pairs a relation replaced by one with the same holder, target and type as a change', () => {
    const before = relation('president-appoints-pm-1995', 'president', 'appoints', 'prime-minister', '1995-08-30', '2022-09-16');
    const after = relation('president-appoints-pm-2022', 'president', 'appoints', 'prime-minister', '2022-09-17');
    const { changed, added, removed } = pairChanges([before], [after]);
    expect(changed).toEqual([[before, after]]);
    expect(added).toEqual([]);
    expect(removed).toEqual([]);
  });

  it('pairs two replaced by two in order of start date, whatever order they come in', () => {
    const gone = [
      relation('b-late', 'senate', 'elects', 'judge', '2000-01-01', '2019-12-31'),
      relation('a-early', 'senate', 'elects', 'judge', '1996-01-01', '2019-12-31'),
    ];
    const arrived = [
      relation('c-late', 'senate', 'elects', 'judge', '2021-06-01'),
      relation('d-early', 'senate', 'elects', 'judge', '2020-01-01'),
    ];
    const { changed, added, removed } = pairChanges(gone, arrived);
    expect(pairIds(changed)).toEqual([
      ['a-early', 'd-early'],
      ['b-late', 'c-late'],
    ]);
    expect(added).toEqual([]);
    expect(removed).toEqual([]);
    // The same pairs from the lists in the other order.
    expect(pairIds(pairChanges([...gone].reverse(), [...arrived].reverse()).changed)).toEqual(pairIds(changed));
  });

  it('breaks a tie in start date by id', () => {
    const gone = [relation('gone-2', 'a', 'supervises', 'b', '2000-01-01'), relation('gone-1', 'a', 'supervises', 'b', '2000-01-01')];
    const arrived = [relation('new-2', 'a', 'supervises', 'b', '2010-01-01'), relation('new-1', 'a', 'supervises', 'b', '2010-01-01')];
    expect(pairIds(pairChanges(gone, arrived).changed)).toEqual([
      ['gone-1', 'new-1'],
      ['gone-2', 'new-2'],
    ]);
  });

  it('leaves the earliest-starting ones paired and the rest added or removed when the counts differ', () => {
    const gone = [
      relation('old-late', 'mazhilis', 'no-confidence-in', 'government', '2007-05-21'),
      relation('old-early', 'mazhilis', 'no-confidence-in', 'government', '1995-08-30'),
    ];
    const arrived = [relation('new', 'mazhilis', 'no-confidence-in', 'government', '2023-01-01')];
    const fewerArrived = pairChanges(gone, arrived);
    expect(pairIds(fewerArrived.changed)).toEqual([['old-early', 'new']]);
    expect(ids(fewerArrived.removed)).toEqual(['old-late']);
    expect(fewerArrived.added).toEqual([]);

    const moreArrived = pairChanges(arrived, gone);
    expect(pairIds(moreArrived.changed)).toEqual([['new', 'old-early']]);
    expect(ids(moreArrived.added)).toEqual(['old-late']);
    expect(moreArrived.removed).toEqual([]);
  });

  it('is not a change when the type, the holder or the target differs', () => {
    const before = relation('r1', 'president', 'appoints', 'prosecutor-general', '1995-08-30', '2022-12-31');
    for (const after of [
      relation('other-type', 'president', 'nominates', 'prosecutor-general', '2023-01-01'),
      relation('other-holder', 'senate', 'appoints', 'prosecutor-general', '2023-01-01'),
      relation('other-target', 'president', 'appoints', 'prime-minister', '2023-01-01'),
      // The same ends the other way round.
      relation('reversed', 'prosecutor-general', 'appoints', 'president', '2023-01-01'),
    ]) {
      const { changed, added, removed } = pairChanges([before], [after]);
      expect({ id: after.id, changed: pairIds(changed) }).toEqual({ id: after.id, changed: [] });
      expect(ids(added)).toEqual([after.id]);
      expect(ids(removed)).toEqual(['r1']);
    }
  });

  it('pairs each holder, target and type on its own and keeps the unpaired in the order given', () => {
    const gone = [
      relation('g-z', 'senate', 'consents-to', 'prosecutor-general', '1995-08-30'),
      relation('g-removed', 'constitutional-council', 'reviews-constitutionality-of', 'parliament', '1995-08-30'),
      relation('g-a', 'president', 'appoints', 'prime-minister', '1995-08-30'),
    ];
    const arrived = [
      relation('n-added-2', 'constitutional-court', 'reviews-constitutionality-of', 'parliament', '2023-01-01'),
      relation('n-a', 'president', 'appoints', 'prime-minister', '2023-01-01'),
      relation('n-added-1', 'kurultai', 'elects', 'speaker', '2023-01-01'),
      relation('n-z', 'senate', 'consents-to', 'prosecutor-general', '2023-01-01'),
    ];
    const { changed, added, removed } = pairChanges(gone, arrived);
    // Changes are listed by the id of the relation replaced.
    expect(pairIds(changed)).toEqual([
      ['g-a', 'n-a'],
      ['g-z', 'n-z'],
    ]);
    expect(ids(added)).toEqual(['n-added-2', 'n-added-1']);
    expect(ids(removed)).toEqual(['g-removed']);
  });

  it('answers nothing for nothing, and leaves its arguments as they were', () => {
    expect(pairChanges([], [])).toEqual({ changed: [], added: [], removed: [] });
    const gone = [relation('b', 'x', 'heads', 'y', '2001-01-01'), relation('a', 'x', 'heads', 'y', '2000-01-01')];
    const arrived = [relation('d', 'x', 'heads', 'y', '2011-01-01'), relation('c', 'x', 'heads', 'y', '2010-01-01')];
    pairChanges(gone, arrived);
    expect(ids(gone)).toEqual(['b', 'a']);
    expect(ids(arrived)).toEqual(['d', 'c']);
  });
});

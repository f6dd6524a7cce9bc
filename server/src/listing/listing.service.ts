import { foldForSearch } from '../../../ontology/src';
import type { Clock } from '../clock';
import type { Limits } from '../config';
import { pageWindow, toConnection } from '../graphql/connection.type';
import { Institution, toNode } from '../graphql/node.type';
import { toRelation } from '../graphql/relation.type';
import type { InstitutionFilter, RelationFilter } from './listing.type';
import type { ListingRepository } from './listing.repository';

/** Browsing the graph page by page: institutions and relations, filtered, as of a date. */
export class ListingService {
  constructor(
    private readonly repository: ListingRepository,
    private readonly clock: Clock,
    private readonly limits: Limits,
  ) {}

  async institutions(filter: InstitutionFilter | undefined, first?: number, after?: string) {
    const window = pageWindow(first, after, this.limits);
    const text = filter?.text?.trim() ? foldForSearch(filter.text) : undefined;
    const page = await this.repository.institutions(
      { kinds: filter?.kinds, branches: filter?.branches, text, asOf: filter?.asOf ?? this.clock.today() },
      window,
    );
    return toConnection(
      page.items.map((record) => toNode(record) as Institution),
      page.total,
      window,
    );
  }

  async relations(filter: RelationFilter | undefined, first?: number, after?: string) {
    const window = pageWindow(first, after, this.limits);
    const asOf = filter?.allPeriods ? null : (filter?.asOf ?? this.clock.today());
    const page = await this.repository.relations({ types: filter?.types, fromId: filter?.from, toId: filter?.to, asOf }, window);
    return toConnection(page.items.map(toRelation), page.total, window);
  }
}

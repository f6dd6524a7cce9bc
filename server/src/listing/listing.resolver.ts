import { Arg, Int, Query, Resolver } from 'type-graphql';
import { InstitutionConnection, InstitutionFilter, RelationConnection, RelationFilter } from './listing.type';
import type { ListingService } from './listing.service';

const FIRST = {
  nullable: true,
  description: 'How many items per page (default and maximum set by the server: 20 and 200 unless configured).',
};
const AFTER = { nullable: true, description: 'Continue after this cursor (an `endCursor` or edge `cursor` from the previous page).' };

@Resolver()
export class ListingResolver {
  constructor(private readonly listing: ListingService) {}

  @Query(() => InstitutionConnection, {
    description: 'Institutions page by page, filtered by kind, branch, text and date (today when omitted), ordered by id.',
  })
  institutions(
    @Arg('filter', () => InstitutionFilter, { nullable: true, description: 'Which institutions to list.' }) filter?: InstitutionFilter,
    @Arg('first', () => Int, FIRST) first?: number,
    @Arg('after', () => String, AFTER) after?: string,
  ): Promise<InstitutionConnection> {
    return this.listing.institutions(filter, first, after);
  }

  @Query(() => RelationConnection, {
    description:
      'Relations page by page, filtered by type, ends and date (today when omitted; every period with allPeriods), ordered by id.',
  })
  relations(
    @Arg('filter', () => RelationFilter, { nullable: true, description: 'Which relations to list.' }) filter?: RelationFilter,
    @Arg('first', () => Int, FIRST) first?: number,
    @Arg('after', () => String, AFTER) after?: string,
  ): Promise<RelationConnection> {
    return this.listing.relations(filter, first, after);
  }
}

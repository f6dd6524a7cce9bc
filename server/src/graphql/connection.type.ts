import { Field, ObjectType } from 'type-graphql';
import { BadUserInputError, requireCount } from '../errors';
import type { Limits } from '../config';

@ObjectType({ description: 'Where a page ends, and whether another follows.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether more items follow this page.' }) hasNextPage!: boolean;
  @Field(() => String, { nullable: true, description: 'The cursor of the last item; pass it as `after` for the next page.' })
  endCursor!: string | null;
}

/** A page request resolved into an offset and a size. */
export interface PageWindow {
  skip: number;
  limit: number;
}

const CURSOR_PREFIX = 'offset:';

export function encodeCursor(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`).toString('base64url');
}

/**
 * Checks `first` and `after` and turns them into an offset window. Cursors are opaque to clients;
 * the lists they page through are ordered by id, so an offset stays meaningful between requests.
 */
export function pageWindow(first: number | null | undefined, after: string | null | undefined, limits: Limits): PageWindow {
  const limit = requireCount('first', first ?? limits.defaultPageSize, limits.maxPageSize);
  if (after === undefined || after === null) return { skip: 0, limit };
  const decoded = Buffer.from(after, 'base64url').toString();
  const offset = Number(decoded.slice(CURSOR_PREFIX.length));
  if (!decoded.startsWith(CURSOR_PREFIX) || !Number.isInteger(offset) || offset < 0) {
    throw new BadUserInputError('after must be a cursor this API gave (an endCursor or an edge cursor).', 'after');
  }
  return { skip: offset + 1, limit };
}

/** The edges, page info and total of one page. */
export function toConnection<T>(items: T[], total: number, window: PageWindow) {
  const edges = items.map((node, index) => ({ node, cursor: encodeCursor(window.skip + index) }));
  return {
    nodes: items,
    edges,
    totalCount: total,
    pageInfo: Object.assign(new PageInfo(), {
      hasNextPage: window.skip + items.length < total,
      endCursor: edges.length > 0 ? edges[edges.length - 1].cursor : null,
    }),
  };
}

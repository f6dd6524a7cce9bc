import type { Lang } from '../../../ontology/src';
import type { Clock } from '../clock';
import type { Limits } from '../config';
import { BadUserInputError, requireCount } from '../errors';
import type { GraphRepository, Reading } from '../graph/graph.repository';
import { isValidOn } from '../graph/validity';
import { toNode } from '../graphql/node.type';
import { candidatesQuery, scoreEntity, searchWords } from './search.matching';
import { SearchHit } from './search.type';

/** Hits when `first` is not given (the task's default, below the list pages' 20: a lookup shows a few). */
export const DEFAULT_SEARCH_HITS = 10;
/** Longer texts are not names; the bound also keeps the database's patterns small. */
export const LONGEST_SEARCH_TEXT = 200;
/** The database orders candidates roughly; fetching more than asked lets the precise score reorder them. */
const CANDIDATES_PER_HIT = 10;
const FEWEST_CANDIDATES = 100;

export interface SearchOptions {
  /** Prefer names and aliases in this language. */
  lang?: Lang;
  first: number;
  /** Whole entities, or their outlines (the operation asks for nothing more); whole when not said. */
  reading?: Reading;
}

/**
 * The entities whose names or aliases match `text`, best first; among equal scores, those valid on
 * `today` first. Does not check its input: `SearchService.search` does for the API.
 */
export async function findSearchHits(
  repository: GraphRepository,
  today: string,
  text: string,
  options: SearchOptions,
): Promise<SearchHit[]> {
  const words = searchWords(text);
  if (words.length === 0) return [];
  const candidates = await repository.findSearchCandidates(
    candidatesQuery(text, words, today, Math.max(FEWEST_CANDIDATES, options.first * CANDIDATES_PER_HIT)),
    options.reading,
  );
  return candidates
    .flatMap((entity) => {
      const match = scoreEntity(entity, words, options.lang);
      return match ? [{ entity, ...match }] : [];
    })
    .sort(
      (a, b) =>
        b.score - a.score ||
        Number(isValidOn(b.entity, today)) - Number(isValidOn(a.entity, today)) ||
        a.entity.id.localeCompare(b.entity.id),
    )
    .slice(0, options.first)
    .map(({ entity, score, matched }) => Object.assign(new SearchHit(), { node: toNode(entity), score, matched }));
}

/** Looking entities up by what people type: names and aliases in three languages, inflected or partial. */
export class SearchService {
  constructor(
    private readonly repository: GraphRepository,
    private readonly clock: Clock,
    private readonly limits: Limits,
  ) {}

  /** Checks the arguments (BAD_USER_INPUT names the one at fault) and searches. */
  search(text: string, lang: Lang | undefined, first: number | undefined, reading?: Reading): Promise<SearchHit[]> {
    if (searchWords(text).length === 0) {
      throw new BadUserInputError('text must contain a letter or digit, e.g. "Сенат" or "Prosecutor Gen".', 'text');
    }
    if (text.length > LONGEST_SEARCH_TEXT) {
      throw new BadUserInputError(`text must be at most ${LONGEST_SEARCH_TEXT} characters; got ${text.length}.`, 'text');
    }
    const count = requireCount('first', first ?? Math.min(DEFAULT_SEARCH_HITS, this.limits.maxPageSize), this.limits.maxPageSize);
    return findSearchHits(this.repository, this.clock.today(), text, { lang, first: count, reading });
  }
}

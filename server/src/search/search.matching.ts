import { foldForSearch, type Lang } from '../../../ontology/src';
import type { EntityRecord } from '../graph/graph.records';
import type { SearchCandidatesQuery } from '../graph/graph.repository';

/**
 * How a typed query meets the names and aliases of an entity. Both sides are folded with the
 * project's one normaliser (`foldForSearch`, which writes every script in one Latin spelling) and
 * cut into words of letters and digits, so that "Prosecutor's", «Сенат» and "Вице-президент" split
 * the same way in a query and in a name, and "Bas prokuror" meets "Бас прокурор".
 */

/**
 * Letters that Russian and Kazakh inflection may replace at the end of a name word, as folded:
 * the vowels (а, я, ы, и, е, о, й, у, ю; ь folds to nothing). Сенат → Сената, прокуратура →
 * прокуратуры, Верховный → Верховного (`verhovnyi` → `verhovnogo`), Генеральная → Генеральной
 * (`generalnaia` → `generalnoi`: two Cyrillic letters, three folded, as я and ю fold to ia, iu).
 */
const REPLACEABLE_ENDING = 'aeiouy';
const MOST_REPLACED_LETTERS = 3;
/** As in mention detection: a name word standing alone inflects from four letters, one inside a phrase ("Жоғарғы Сот" → "Жоғарғы Сотының") from three. */
const SHORTEST_STEM_ALONE = 4;
const SHORTEST_STEM_IN_PHRASE = 3;
/** Below this, a query word is only looked for at the start of name words, not inside them. */
const SHORTEST_INFIX = 3;

/** How one query word met one name word, from best to worst. */
export type WordMatchKind = 'exact' | 'inflected' | 'prefix' | 'infix';

/** Score tiers: the whole name, the start of a name, anywhere in a name. */
export const TIER = { EXACT: 3, PREFIX: 2, SUBSTRING: 1 } as const;

/** The words of a text, folded for search: lower case, normalised, without punctuation. */
export function searchWords(text: string): string[] {
  return foldForSearch(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/** The stems a name word keeps in its inflected forms: itself, and itself less one or two replaceable endings. */
function stems(nameWord: string, inPhrase: boolean): string[] {
  const shortest = inPhrase ? SHORTEST_STEM_IN_PHRASE : SHORTEST_STEM_ALONE;
  const result = nameWord.length >= shortest ? [nameWord] : [];
  let stem = nameWord;
  for (
    let i = 0;
    i < MOST_REPLACED_LETTERS && stem.length > SHORTEST_STEM_ALONE && REPLACEABLE_ENDING.includes(stem[stem.length - 1]);
    i++
  ) {
    stem = stem.slice(0, -1);
    result.push(stem);
  }
  return result;
}

interface WordMatch {
  kind: WordMatchKind;
  /** How much of the name word the query word stands for, 0..1. */
  quality: number;
}

/** How `queryWord` meets `nameWord`, or null. */
export function matchWord(queryWord: string, nameWord: string, inPhrase: boolean): WordMatch | null {
  if (queryWord === nameWord) return { kind: 'exact', quality: 1 };
  if (nameWord.startsWith(queryWord)) return { kind: 'prefix', quality: queryWord.length / nameWord.length };
  if (stems(nameWord, inPhrase).some((stem) => queryWord.startsWith(stem))) return { kind: 'inflected', quality: 0.9 };
  if (queryWord.length >= SHORTEST_INFIX && nameWord.includes(queryWord))
    return { kind: 'infix', quality: (0.5 * queryWord.length) / nameWord.length };
  return null;
}

/** How well a query matches one name or alias: its tier and how much of the name the query covers. */
export interface TermMatch {
  tier: number;
  /** Share of the name's letters the query stands for, 0..1. */
  coverage: number;
}

/**
 * Matches the query words against one name or alias: best when they run from its first word in
 * order (the whole name: EXACT; its start: PREFIX), else anywhere in it (SUBSTRING).
 */
export function matchTerm(queryWords: readonly string[], term: string): TermMatch | null {
  const termWords = searchWords(term);
  const inPhrase = termWords.length > 1;
  const letters = termWords.reduce((sum, word) => sum + word.length, 0);
  const coverageOf = (pairs: { match: WordMatch; nameWord: string }[]) =>
    pairs.reduce((sum, { match, nameWord }) => sum + match.quality * nameWord.length, 0) / letters;

  let best: TermMatch | null = null;
  const consider = (candidate: TermMatch) => {
    if (!best || candidate.tier > best.tier || (candidate.tier === best.tier && candidate.coverage > best.coverage)) best = candidate;
  };

  // The query's words in order, side by side with the name's, from each starting word.
  for (let start = 0; start + queryWords.length <= termWords.length; start++) {
    const pairs = queryWords.map((queryWord, i) => ({
      match: matchWord(queryWord, termWords[start + i], inPhrase),
      nameWord: termWords[start + i],
    }));
    if (pairs.some((pair) => pair.match === null)) continue;
    const matched = pairs as { match: WordMatch; nameWord: string }[];
    const kinds = matched.map((pair) => pair.match.kind);
    let tier: number = TIER.SUBSTRING;
    if (start === 0 && kinds.every((kind) => kind === 'exact' || kind === 'inflected')) {
      tier = queryWords.length === termWords.length ? TIER.EXACT : TIER.PREFIX;
    } else if (start === 0 && kinds.every((kind) => kind !== 'infix')) {
      tier = TIER.PREFIX;
    }
    consider({ tier, coverage: coverageOf(matched) });
  }

  // Otherwise every query word somewhere in the name, each on a word of its own.
  if (!best) {
    const used = new Set<number>();
    const matched: { match: WordMatch; nameWord: string }[] = [];
    for (const queryWord of queryWords) {
      let found: { index: number; match: WordMatch } | null = null;
      termWords.forEach((nameWord, index) => {
        if (used.has(index)) return;
        const match = matchWord(queryWord, nameWord, inPhrase);
        if (match && (!found || match.quality > found.match.quality)) found = { index, match };
      });
      if (!found) return null;
      const { index, match } = found as { index: number; match: WordMatch };
      used.add(index);
      matched.push({ match, nameWord: termWords[index] });
    }
    consider({ tier: TIER.SUBSTRING, coverage: coverageOf(matched) / 2 });
  }
  return best;
}

/** One name or alias of an entity, in its original spelling. */
export interface Term {
  text: string;
  lang: Lang;
  isName: boolean;
}

/** The names, then the aliases, of an entity, in Kazakh, Russian and English. */
export function termsOf(entity: EntityRecord): Term[] {
  const langs: Lang[] = ['kk', 'ru', 'en'];
  return [
    ...langs.map((lang) => ({ text: entity.names[lang], lang, isName: true })),
    ...langs.flatMap((lang) => entity.aliases[lang].map((text) => ({ text, lang, isName: false }))),
  ];
}

/** The best-matching name or alias of an entity and its score. */
export interface EntityMatch {
  score: number;
  matched: string;
}

/**
 * Scores an entity for a query: the tier of its best name or alias (3 whole name, 2 start, 1
 * inside) plus, below 1, how much of that name the query covers, whether it is a name rather than
 * an alias, and whether it is in the preferred language.
 */
export function scoreEntity(entity: EntityRecord, queryWords: readonly string[], preferredLang?: Lang): EntityMatch | null {
  let best: EntityMatch | null = null;
  for (const term of termsOf(entity)) {
    const match = matchTerm(queryWords, term.text);
    if (!match) continue;
    const score = match.tier + 0.5 * match.coverage + (term.isName ? 0.2 : 0) + (preferredLang && term.lang === preferredLang ? 0.25 : 0);
    const rounded = Math.round(score * 1000) / 1000;
    if (!best || rounded > best.score) best = { score: rounded, matched: term.text };
  }
  return best;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A Java regex (Neo4j's `=~`, which must match the whole string) true when `searchText` holds a
 * name word that `queryWord` may be an inflected form of: a word equal to a shorter start of the
 * query word, up to two replaceable endings added. Null when the word is too short to inflect.
 */
export function inflectedPattern(queryWord: string): string | null {
  const starts: string[] = [];
  for (let length = queryWord.length - 1; length >= SHORTEST_STEM_IN_PHRASE; length--)
    starts.push(escapeRegExp(queryWord.slice(0, length)));
  if (starts.length === 0) return null;
  return `(?s).*(?<![\\p{L}\\p{N}])(?:${starts.join('|')})[${REPLACEABLE_ENDING}]{0,${MOST_REPLACED_LETTERS}}(?![\\p{L}\\p{N}]).*`;
}

/**
 * What the database is asked: entities whose searchText holds every query word, as typed or as
 * an inflected form of a name word. It finds every entity `scoreEntity` can score, and more.
 */
export function candidatesQuery(text: string, queryWords: readonly string[], today: string, limit: number): SearchCandidatesQuery {
  return {
    phrase: foldForSearch(text),
    words: queryWords.map((word) => ({ text: word, stem: word.slice(0, SHORTEST_STEM_IN_PHRASE), inflected: inflectedPattern(word) })),
    today,
    limit,
  };
}

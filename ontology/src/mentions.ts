import type { Entity, SourceDocument } from './model';
import { foldCase, normaliseWithOffsets } from './normalise';

/** A place in a source document that speaks of an entity. */
export interface Mention {
  entityId: string;
  documentId: string;
  /** Offsets in the original document text (UTF-16 code units). */
  start: number;
  end: number;
  /** The words as the document writes them. */
  text: string;
}

const RUSSIAN_OR_KAZAKH_ENDING_VOWELS = new Set(['а', 'я', 'ы', 'и', 'е', 'о', 'ь', 'й']);
const SHORTEST_STEM = 4;

/**
 * One word of a name as it may occur: its literal start, then (when `inflects`) any letters,
 * as Kazakh adds case endings to the whole word (Сенат → Сенаттың) and Russian swaps the final
 * vowel (прокуратура → прокуратуры).
 */
interface WordPattern {
  literal: string;
  inflects: boolean;
}

function wordPattern(word: string, inPhrase: boolean): WordPattern {
  const last = word[word.length - 1];
  if (word.length > SHORTEST_STEM && RUSSIAN_OR_KAZAKH_ENDING_VOWELS.has(last)) return { literal: word.slice(0, -1), inflects: true };
  // A short name standing alone (ҚР, СССР) must match whole, or it would match inside other
  // words; inside a phrase ("Жоғарғы Сот" → "Жоғарғы Соты") its neighbours keep it apart.
  return { literal: word, inflects: word.length >= SHORTEST_STEM || inPhrase };
}

/** The names and aliases of an entity, each as its words' patterns, over folded text. */
function termPatterns(entity: Entity): WordPattern[][] {
  const aliases = entity.aliases ?? {};
  const terms = new Set(
    [entity.names.kk, entity.names.ru, entity.names.en, ...(aliases.kk ?? []), ...(aliases.ru ?? []), ...(aliases.en ?? [])]
      .map((term) => foldCase(term.replace(/[«»"“”()]/g, ' ')))
      .filter((term) => term.length >= 2),
  );
  return [...terms].map((term) => {
    const words = term.split(' ');
    return words.map((word) => wordPattern(word, words.length > 1));
  });
}

const NOT_AFTER_LETTER = /(?<!\p{L})/uy;
const LETTERS = /\p{L}*/uy;
const SPACES = /\s+/uy;

/**
 * The length of the match of `words` at `at` in `text`, or 0: not after a letter, each word's
 * literal start and (where it inflects) the letters after it, words apart by white space. What
 * the regex `(?<!\p{L})word1\p{L}*\s+word2\p{L}*` would match there: letters and white space
 * never overlap, so taking all of each leaves no other way to match.
 */
function matchAt(text: string, at: number, words: WordPattern[]): number {
  NOT_AFTER_LETTER.lastIndex = at;
  if (!NOT_AFTER_LETTER.test(text)) return 0;
  let cursor = at;
  for (const [index, word] of words.entries()) {
    if (index > 0) {
      SPACES.lastIndex = cursor;
      if (!SPACES.test(text)) return 0;
      cursor = SPACES.lastIndex;
    }
    if (!text.startsWith(word.literal, cursor)) return 0;
    cursor += word.literal.length;
    if (word.inflects) {
      LETTERS.lastIndex = cursor;
      LETTERS.test(text);
      cursor = LETTERS.lastIndex;
    }
  }
  return cursor - at;
}

/** Where `literal` occurs in `text`, in order. */
function occurrences(text: string, literal: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + 1)) found.push(at);
  return found;
}

/**
 * Finds where each document mentions each entity, through its names and aliases in all three
 * languages and their inflected forms. Where names overlap ("Бас прокуратура" and
 * "прокуратура"), the longest match wins.
 *
 * A name is tried only where its first word's literal start occurs (found once per distinct
 * start), so the cost follows the names the documents hold rather than the number of entities: a
 * regex per name, run over every document, took hours for 100,000 entities.
 */
export function findMentions(entities: Entity[], documents: SourceDocument[]): Mention[] {
  const matchers = entities.flatMap((entity) =>
    termPatterns(entity).map((words) => ({
      entityId: entity.id,
      // A branch shares its name with its main body ("Прокуратура"); the body wins the tie.
      rank: entity.kind === 'branch' ? 1 : 0,
      words,
    })),
  );
  const mentions: Mention[] = [];
  for (const document of documents) {
    const normalised = normaliseWithOffsets(document.text);
    const folded = normalised.text.toLocaleLowerCase('kk');
    // Lower-casing Kazakh and Russian keeps string length, so offsets stay aligned.
    const starts = new Map<string, number[]>();
    const candidates: { entityId: string; rank: number; from: number; to: number }[] = [];
    for (const { entityId, rank, words } of matchers) {
      let positions = starts.get(words[0].literal);
      if (!positions) starts.set(words[0].literal, (positions = occurrences(folded, words[0].literal)));
      // As a global regex finds them: each match looked for from the end of the one before.
      let searchFrom = 0;
      for (const position of positions) {
        if (position < searchFrom) continue;
        const length = matchAt(folded, position, words);
        if (length === 0) continue;
        candidates.push({ entityId, rank, from: position, to: position + length });
        searchFrom = position + length;
      }
    }
    candidates.sort((a, b) => b.to - b.from - (a.to - a.from) || a.rank - b.rank || a.from - b.from);
    const taken: boolean[] = [];
    for (const candidate of candidates) {
      let free = true;
      for (let i = candidate.from; i < candidate.to && free; i++) free = !taken[i];
      if (!free) continue;
      for (let i = candidate.from; i < candidate.to; i++) taken[i] = true;
      const start = normalised.originalIndex[candidate.from];
      const end = normalised.originalIndex[candidate.to - 1] + 1;
      mentions.push({ entityId: candidate.entityId, documentId: document.id, start, end, text: document.text.slice(start, end) });
    }
  }
  return mentions.sort((a, b) => a.documentId.localeCompare(b.documentId) || a.start - b.start);
}

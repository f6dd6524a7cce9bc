import type { Entity, SourceDocument } from './model';
import { foldForSearch, normaliseWithOffsets } from './normalise';

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

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A pattern for one word of a name that also matches its inflected forms: Kazakh adds case
 * endings to the whole word (Сенат → Сенаттың), Russian swaps the final vowel (прокуратура →
 * прокуратуры), so the word may be followed by more letters, and a final vowel may change.
 */
function wordPattern(word: string, inPhrase: boolean): string {
  const last = word[word.length - 1];
  if (word.length > SHORTEST_STEM && RUSSIAN_OR_KAZAKH_ENDING_VOWELS.has(last)) {
    return `${escapeRegExp(word.slice(0, -1))}\\p{L}*`;
  }
  // A short name standing alone (ҚР, СССР) must match whole, or it would match inside other
  // words; inside a phrase ("Жоғарғы Сот" → "Жоғарғы Соты") its neighbours keep it apart.
  return word.length >= SHORTEST_STEM || inPhrase ? `${escapeRegExp(word)}\\p{L}*` : escapeRegExp(word);
}

/** The names and aliases of an entity, as patterns over folded text. */
function termPatterns(entity: Entity): string[] {
  const aliases = entity.aliases ?? {};
  const terms = new Set(
    [entity.names.kk, entity.names.ru, entity.names.en, ...(aliases.kk ?? []), ...(aliases.ru ?? []), ...(aliases.en ?? [])]
      .map((term) => foldForSearch(term.replace(/[«»"“”()]/g, ' ')))
      .filter((term) => term.length >= 2),
  );
  return [...terms].map((term) => {
    const words = term.split(' ');
    return words.map((word) => wordPattern(word, words.length > 1)).join('\\s+');
  });
}

/**
 * Finds where each document mentions each entity, through its names and aliases in all three
 * languages and their inflected forms. Where names overlap ("Бас прокуратура" and
 * "прокуратура"), the longest match wins.
 */
export function findMentions(entities: Entity[], documents: SourceDocument[]): Mention[] {
  const matchers = entities.flatMap((entity) =>
    termPatterns(entity).map((pattern) => ({
      entityId: entity.id,
      // A branch shares its name with its main body ("Прокуратура"); the body wins the tie.
      rank: entity.kind === 'branch' ? 1 : 0,
      regex: new RegExp(`(?<!\\p{L})${pattern}`, 'gu'),
    })),
  );
  const mentions: Mention[] = [];
  for (const document of documents) {
    const normalised = normaliseWithOffsets(document.text);
    const folded = normalised.text.toLocaleLowerCase('kk');
    // Lower-casing Kazakh and Russian keeps string length, so offsets stay aligned.
    const candidates: { entityId: string; rank: number; from: number; to: number }[] = [];
    for (const { entityId, rank, regex } of matchers) {
      for (const match of folded.matchAll(regex)) {
        candidates.push({ entityId, rank, from: match.index, to: match.index + match[0].length });
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

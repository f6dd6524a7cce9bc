/**
 * The one text normaliser of the project: quote checks, mention detection and search all use it,
 * so that "verbatim" means the same thing everywhere (see ontology/README.md, "Text quirks").
 *
 * - lookalike letters of the seeds become the standard Kazakh Cyrillic ones (ə → ә, the broken
 *   font map of document 003: ӛ → ө, ҧ → ұ, ҥ → ү, and Latin i/I written inside Cyrillic words → і/І);
 * - the text is put in Unicode NFC;
 * - a hyphen at a line break joins the two halves (`83-\nбабындағы` → `83-бабындағы`): in these
 *   sources such hyphens belong to the word, so the hyphen stays and the break goes;
 * - every run of white space (tabs, line breaks, no-break spaces, the private-use bullet U+F0B7)
 *   becomes one space, and the ends are trimmed.
 *
 * Search folds further (`foldForSearch`): lower case, and every script in one Latin spelling, so
 * that a name is found whether it is typed in Cyrillic, in the Kazakh Latin alphabet or informally.
 */
import { toKazakhLatin } from './kazakhLatin';

const LOOKALIKE_LETTERS: Readonly<Record<string, string>> = {
  ə: 'ә',
  Ə: 'Ә',
  ӛ: 'ө',
  Ӛ: 'Ө',
  ҧ: 'ұ',
  Ҧ: 'Ұ',
  ҥ: 'ү',
  Ҥ: 'Ү',
};

const LATIN_I_IN_CYRILLIC: Readonly<Record<string, string>> = { i: 'і', I: 'І' };

const BULLET = '\uF0B7';

function isCyrillic(char: string | undefined): boolean {
  return char !== undefined && char >= '\u0400' && char <= '\u04FF';
}

function isSpace(char: string): boolean {
  return char === BULLET || /\s/u.test(char);
}

export interface NormalisedText {
  /** The normalised text. */
  text: string;
  /** For each index of `text`, the index of the character in the original it came from. */
  originalIndex: number[];
}

/**
 * Normalises `original` and keeps, for each output character, where it came from, so that a match
 * in normalised text can be reported as offsets in the original document.
 */
export function normaliseWithOffsets(original: string): NormalisedText {
  // NFC first, so that offsets refer to the composed text (the seeds are already NFC).
  const source = Array.from(original.normalize('NFC'));
  const offsets: number[] = [];
  let offset = 0;
  for (const char of source) {
    offsets.push(offset);
    offset += char.length;
  }

  const chars: string[] = [];
  const originalIndex: number[] = [];
  for (let i = 0; i < source.length; i++) {
    if (isSpace(source[i])) {
      const runStart = i;
      let breaksLine = false;
      while (i < source.length && isSpace(source[i])) {
        breaksLine ||= source[i] === '\n' || source[i] === '\r';
        i++;
      }
      i--;
      const atEnd = i === source.length - 1;
      const joinsHyphenatedWord = breaksLine && chars[chars.length - 1] === '-';
      if (chars.length > 0 && !atEnd && !joinsHyphenatedWord) {
        chars.push(' ');
        originalIndex.push(offsets[runStart]);
      }
      continue;
    }
    let char = LOOKALIKE_LETTERS[source[i]] ?? source[i];
    if (LATIN_I_IN_CYRILLIC[char] && (isCyrillic(source[i - 1]) || isCyrillic(source[i + 1]))) {
      char = LATIN_I_IN_CYRILLIC[char];
    }
    chars.push(char);
    originalIndex.push(offsets[i]);
  }
  return { text: chars.join(''), originalIndex };
}

/**
 * What `normaliseWithOffsets` would change: white space other than single spaces inside the text,
 * the bullet, a lookalike letter, a Latin i beside a Cyrillic letter.
 */
const NEEDS_NORMALISING = /[^\S ]|\uF0B7|^ | $| {2}|[əƏӛӚҧҦҥҤ]|[\u0400-\u04FF][iI]|[iI][\u0400-\u04FF]/u;

/** Normalises text for comparison (quotes, mentions, search). */
export function normaliseText(text: string): string {
  // Most names are normal already: a 100k-entity seed folds hundreds of thousands of them.
  if (!NEEDS_NORMALISING.test(text) && text === text.normalize('NFC')) return text;
  return normaliseWithOffsets(text).text;
}

/** Normalised text folded to lower case, for case-insensitive matching (mentions in the documents). */
export function foldCase(text: string): string {
  return normaliseText(text).toLocaleLowerCase('kk');
}

/**
 * The spellings people type for one Kazakh or Russian sound in Latin letters, folded to one, in
 * order, over lower-case Latin letters without diacritics: the 2021 alphabet's (what
 * `toKazakhLatin` writes) and the informal ones of Russian-style transliteration and of the 2018
 * alphabet. Where one spelling is longer than the other, the folded one keeps the start of both
 * whenever it can (j → zh rather than zh → j), so that a word half typed still starts its name.
 */
const LATIN_SPELLINGS: readonly (readonly [RegExp, string])[] = [
  [/shch/g, 'sh'], // щ: 2021 ş, Russian-style shch
  [/ch/g, 'sh'], // ч: 2021 ş, informally ch (so ш and ч fold together, as the 2021 alphabet writes both ş)
  [/kh/g, 'h'], // х: 2021 h, informally kh
  [/gh/g, 'g'], // ғ: 2021 ğ, informally gh
  [/ts/g, 's'], // ц: 2021 s, informally ts
  [/y(?=[aou])/g, 'i'], // я, ю, ё: 2021 ia, iu, io, informally ya, yu, yo
  [/q/g, 'k'], // қ: 2021 q, informally k
  [/zh|j/g, 'zh'], // ж: 2021 j, informally zh
];

/** Letters whose diacritic is not a mark on a plain letter of the fold: ş is sh, ý is у in the 2018 alphabet. */
const LATIN_LETTERS: Readonly<Record<string, string>> = { ş: 'sh', ç: 'ch', ý: 'u', ı: 'i' };

/**
 * Text folded for search in any script: normalised, lower case, Kazakh and Russian Cyrillic
 * written in the Kazakh Latin alphabet of 2021, diacritics dropped (ä, á → a; ö, ó → o; ü, ú, ū
 * → u; ğ → g; ñ, ń → n; ı → i) and the informal spellings folded ({@link LATIN_SPELLINGS}). A
 * name and what is typed for it meet whatever the script: "Бас прокурор" and "Bas prokuror" both
 * fold to `bas prokuror`, "Мәжіліс", "Mäjilis", "Májilis" and "Mazhilis" to `mazhilis`, "Сенат"
 * and "Senat" to `senat`. Everything but letters (digits, punctuation, spaces) is kept.
 *
 * The seed stores every entity's names and aliases folded so (its `searchText`), and the graph's
 * version hashes them, so a change here reseeds the graph.
 */
export function foldForSearch(text: string): string {
  let folded = foldCase(text);
  if (/[\u0400-\u04FF]/.test(folded)) folded = toKazakhLatin(folded);
  // Most English names are plain ASCII already, and a seed folds every name.
  if (/[\u0080-\uFFFF]/.test(folded)) {
    folded = folded
      .replace(/[şçýı]/g, (letter) => LATIN_LETTERS[letter])
      .normalize('NFD')
      .replace(/\p{M}/gu, '');
  }
  for (const [spelling, folds] of LATIN_SPELLINGS) folded = folded.replace(spelling, folds);
  return folded;
}

export interface QuoteLocation {
  /** Offset of the quote's first character in the original document (UTF-16 code units). */
  start: number;
  /** Offset just past the quote's last character in the original document. */
  end: number;
}

/**
 * Finds `quote` in `document` after normalising both; returns its offsets in the original document,
 * or null when the quote is not verbatim.
 */
export function locateQuote(document: NormalisedText, quote: string): QuoteLocation | null {
  const needle = normaliseText(quote);
  if (needle.length === 0) return null;
  const at = document.text.indexOf(needle);
  if (at === -1) return null;
  const lastIndex = document.originalIndex[at + needle.length - 1];
  return { start: document.originalIndex[at], end: lastIndex + 1 };
}

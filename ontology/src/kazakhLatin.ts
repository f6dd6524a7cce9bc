/**
 * Kazakh Cyrillic → Kazakh Latin, after the alphabet the Government of Kazakhstan presented on
 * 28 January 2021: the explorer's and the web component's Latin labels, and the script search folds
 * every name and query to (normalise.ts, `foldForSearch`). Plain TypeScript without imports, so the
 * client's bundle takes it as it is. The alphabet has 31 letters:
 *
 *   A Ä B D E F G Ğ H I İ J K L M N Ñ O Ö P Q R S Ş T U Ū Ü V Y Z
 *
 * (no C, Ç, W or X; I ı is the Kazakh і, İ i the Kazakh и and й).
 *
 * Sources, read with the project's page search:
 * - https://en.wikipedia.org/wiki/Kazakh_alphabets#Latin_script: the letter table of the January
 *   2021 alphabet, and a sample transliterated with it ("bır danyşpan kısı", "üiıne", "syi",
 *   "menıñ"), which settles і → ı/I, и and й → i/İ, ы → y, у → u, ұ → ū, ң → ñ, х and һ → h.
 * - https://m.sports.ru/tribuna/blogs/kzstories/2883175.html: quotes the Government's note on the
 *   Cyrillic letters the alphabet has no letter for: ё → io / ö, ю → iu / ü, я → ia / ä,
 *   ц → ts / s, ч → tş / ş, щ → şş, э → e (актёр → aktör, аю → aiu, қоян → qoian,
 *   заряд → zaräd, сюрреализм → sürrealizm, цех → seh, ащы → aşşy).
 * - https://kipk.edu.kz/?page_id=4244: the spelling rules published with the Latin alphabet
 *   (written for its 2018 letters): ц is written s (цирк → sırk, цемент → sement), щ is one letter
 *   except in the native words ащы, тұщы, кеще, where it is doubled.
 */

/**
 * The letter-by-letter table of the 2021 Kazakh Latin alphabet: each lowercase letter of the
 * Kazakh Cyrillic alphabet (42 letters) and its lowercase Latin form. Capitals follow from it
 * (i → İ, ı → I; see {@link toKazakhLatin}).
 *
 * Letters the 2021 alphabet has no letter for:
 * - ё, ю, я are written io, iu, ia at the start of a word, after a vowel and after ъ/ь, and
 *   ö, ü, ä after a consonant (актёр → aktör, заряд → zaräd); the table holds the first form;
 * - щ is ş, doubled (şş) in the native ащы, тұщы, кеще and the words built on them;
 * - ц is s and ч is ş: the Government's note allows ts/s and tş/ş, and the spelling rules chose s;
 * - ъ and ь are not written.
 */
export const KAZAKH_LATIN_2021: Readonly<Record<string, string>> = Object.freeze({
  а: 'a',
  ә: 'ä',
  б: 'b',
  в: 'v',
  г: 'g',
  ғ: 'ğ',
  д: 'd',
  е: 'e',
  ё: 'io',
  ж: 'j',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  қ: 'q',
  л: 'l',
  м: 'm',
  н: 'n',
  ң: 'ñ',
  о: 'o',
  ө: 'ö',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ұ: 'ū',
  ү: 'ü',
  ф: 'f',
  х: 'h',
  һ: 'h',
  ц: 's',
  ч: 'ş',
  ш: 'ş',
  щ: 'ş',
  ъ: '',
  ы: 'y',
  і: 'ı',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
});

// After a consonant ё/ю/я only soften it and carry no [j], so the 2021 note writes the vowel alone.
const AFTER_CONSONANT: ReadonlyMap<string, string> = new Map([
  ['ё', 'ö'],
  ['ю', 'ü'],
  ['я', 'ä'],
]);

// й is left out: after it the [j] of я/ю/ё is still heard (Майя), so they keep their i.
const CONSONANTS = new Set('бвгғджзкқлмнңпрстфхһцчшщ');

// Only in these native stems is щ a long ш; in Russian loans it is one ş (щётка, училище).
const DOUBLE_SHCHA_STEMS = ['ащ', 'тұщ', 'кещ'];

// The project's sources type the schwa with the IPA letter instead of the Cyrillic ә.
const LOOKALIKES: Readonly<Record<string, string>> = { ə: 'ә', Ə: 'Ә' };

// Maps rather than the table itself: search folds every name with this, and a Map look-up of a
// Cyrillic letter costs a fraction of an object's (a seed of 100,000 entities feels it).
const LATIN: ReadonlyMap<string, string> = new Map(Object.entries(KAZAKH_LATIN_2021));
/** Each letter of the table, small and capital, and its small form. */
const SMALL_LETTER: ReadonlyMap<string, string> = new Map(
  [...LATIN.keys()].flatMap((small) => [
    [small, small],
    [small.toUpperCase(), small],
  ]),
);

const isCyrillicLetter = (char: string | undefined): boolean =>
  char !== undefined && /\p{Script=Cyrillic}/u.test(char) && /\p{L}/u.test(char);
const isLetter = (char: string | undefined): boolean => char !== undefined && /\p{L}/u.test(char);
const isUpper = (char: string | undefined): boolean => char !== undefined && /\p{Lu}/u.test(char);

// String.prototype.toUpperCase turns i into I, which in this alphabet is the capital of ı (і).
function latinUpper(text: string): string {
  return Array.from(text, (char) => (char === 'i' ? 'İ' : char.toUpperCase())).join('');
}

// Where the word (run of letters) holding position `at` begins and ends.
function wordBounds(chars: readonly string[], at: number): { start: number; end: number } {
  let start = at;
  while (start > 0 && isLetter(chars[start - 1])) start--;
  let end = at;
  while (end < chars.length && isLetter(chars[end])) end++;
  return { start, end };
}

function latinFor(chars: readonly string[], at: number, lower: string): string {
  const afterConsonant = AFTER_CONSONANT.get(lower);
  if (afterConsonant !== undefined && CONSONANTS.has(SMALL_LETTER.get(chars[at - 1]) ?? '')) return afterConsonant;
  if (lower === 'щ') {
    const { start, end } = wordBounds(chars, at);
    const word = chars.slice(start, end).join('').toLowerCase();
    const isStemShcha = (stem: string) => word.startsWith(stem) && at - start === stem.length - 1;
    if (DOUBLE_SHCHA_STEMS.some(isStemShcha)) return 'şş';
  }
  return LATIN.get(lower)!;
}

// A capital that becomes two Latin letters is all capitals in an all-caps word (ЮРИЙ → İURİİ) and
// a capital plus a small letter otherwise (Юрий → İurii, Я → İa).
function capitalise(latin: string, chars: readonly string[], at: number): string {
  if (latin.length <= 1) return latinUpper(latin);
  const next = chars[at + 1];
  const allCaps = isLetter(next) ? isUpper(next) : isUpper(chars[at - 1]);
  return allCaps ? latinUpper(latin) : latinUpper(latin[0]) + latin.slice(1);
}

/**
 * Writes Kazakh Cyrillic text in the Kazakh Latin alphabet of 2021 (see {@link KAZAKH_LATIN_2021}).
 *
 * - Every Kazakh Cyrillic letter is replaced, keeping its case: `Қазақстан` → `Qazaqstan`,
 *   `ҚАЗАҚСТАН` → `QAZAQSTAN`, `Президенті` → `Prezidentı`, `ПРЕЗИДЕНТІ` → `PREZİDENTI`.
 * - ё/ю/я, щ, ц, ч, ъ, ь and э follow the rules given with the table.
 * - The lookalikes of the project's sources are read as Kazakh letters: ə/Ə as ә/Ә, and a Latin
 *   `i` inside a Cyrillic word as і (`Кеңесi` → `Keñesı`).
 * - Everything else (Latin text, digits, punctuation, spaces, other scripts) is left as it is,
 *   so text already in Latin comes back unchanged.
 *
 * The input is first put in Unicode NFC, so that a decomposed й (и + U+0306) counts as one letter.
 */
export function toKazakhLatin(text: string): string {
  const chars = Array.from(text.normalize('NFC').replace(/[əƏ]/g, (char) => LOOKALIKES[char]));
  let result = '';
  for (let at = 0; at < chars.length; at++) {
    const char = chars[at];
    // The sources type the Kazakh і with a Latin i next to Cyrillic letters (the project's
    // normaliser reads it the same way); a capital I needs no care, as І is written I anyway.
    if (char === 'i' && (isCyrillicLetter(chars[at - 1]) || isCyrillicLetter(chars[at + 1]))) {
      result += 'ı';
      continue;
    }
    const lower = SMALL_LETTER.get(char);
    if (lower === undefined) {
      result += char;
      continue;
    }
    const latin = latinFor(chars, at, lower);
    result += char !== lower ? capitalise(latin, chars, at) : latin;
  }
  return result;
}

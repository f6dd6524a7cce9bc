/** A passage longer than this is cut to a window around the mention. */
const LONGEST_PASSAGE = 300;
/** Characters kept on each side of the mention when the sentence is cut. */
const CONTEXT = 100;

/** White space, and the private-use bullet some sources use as a list marker. */
const SPACE = /[\s\uF0B7]/u;

/** The first character after `index` that is not white space on the same line, or undefined. */
function nextOnLine(text: string, index: number): string | undefined {
  let i = index + 1;
  while (i < text.length && /[ \t\u00a0\uF0B7]/u.test(text[i])) i++;
  return text[i];
}

/**
 * True when a sentence ends at `index`: at "!", "?", "…", or a full stop or line break not
 * followed by a lower-case letter or digit. The sources break lines both between sentences
 * ("тағайындайды\nАл") and inside them, and run sentences together ("құрайды.Республиканың"), so
 * what follows decides; a line break after a hyphen joins a word ("83-\nбабындағы").
 */
function endsSentence(text: string, index: number): boolean {
  const char = text[index];
  if ('!?…'.includes(char)) return true;
  if (char === '\n' || char === '\r') {
    if (text.slice(0, index).trimEnd().endsWith('-')) return false;
    const next = /\S/u.exec(text.slice(index + 1, index + 40))?.[0];
    return next === undefined || !/[\p{Ll}\p{N}]/u.test(next);
  }
  if (char !== '.') return false;
  const next = nextOnLine(text, index);
  return next === undefined || !/[\p{Ll}\p{N}]/u.test(next);
}

/**
 * The sentence of `text` around `[start, end)`, or, when it is longer than 300 characters, about
 * 200 characters around the mention cut at word boundaries. Always a slice of `text` holding the
 * mention.
 */
export function passageAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !endsSentence(text, from - 1)) from--;
  let to = end;
  while (to < text.length && !endsSentence(text, to)) to++;
  if (to < text.length && '.!?…'.includes(text[to])) to++;
  if (to - from > LONGEST_PASSAGE) {
    const windowFrom = Math.max(from, start - CONTEXT);
    const windowTo = Math.min(to, end + CONTEXT);
    // Move inwards to whole words, never into the mention itself.
    from = windowFrom === from ? from : Math.min(start, nextWordStart(text, windowFrom));
    to = windowTo === to ? to : Math.max(end, previousWordEnd(text, windowTo));
  }
  while (from < start && SPACE.test(text[from])) from++;
  while (to > end && SPACE.test(text[to - 1])) to--;
  return text.slice(from, to);
}

function nextWordStart(text: string, index: number): number {
  if (index === 0 || /\s/u.test(text[index - 1])) return index;
  const space = text.slice(index).search(/\s/u);
  return space === -1 ? index : index + space + 1;
}

function previousWordEnd(text: string, index: number): number {
  if (index === text.length || /\s/u.test(text[index])) return index;
  const before = text.slice(0, index);
  const space = Math.max(before.lastIndexOf(' '), before.lastIndexOf('\t'), before.lastIndexOf('\n'));
  return space === -1 ? index : space;
}

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ARTICLE_FORMAT } from '../../ontology/src/model';
import { normaliseText } from '../../ontology/src/normalise';

/**
 * The full Russian texts of the Constitutions, read from ../shared/reference/ (on development and
 * CI machines only; the app never reads them), cut into provisions so that a test can ask whether
 * a quoted wording stands in the very article, paragraph and subparagraph a relation cites.
 */
const REFERENCE_DIR = path.resolve(__dirname, '../../../shared/reference');

/** The acts whose full text the project can check, and where that text is. */
export const CONSTITUTION_TEXTS: Readonly<Record<string, string>> = {
  'constitution-1995': 'constitution-1995.ru.txt',
  'constitution-2026': 'constitution-2026.ru.txt',
};

const ARTICLE_HEADING = /^Статья (\d+(?:-\d+)?)\.?\s*$/;
const SECTION_HEADING = /^Раздел [IVX]+/;

function articlesOf(act: string): Map<string, string[]> {
  const lines = readFileSync(path.join(REFERENCE_DIR, CONSTITUTION_TEXTS[act]), 'utf8').split('\n');
  const articles = new Map<string, string[]>();
  let current: string[] | null = null;
  for (const line of lines) {
    const heading = ARTICLE_HEADING.exec(line.trim());
    if (heading) {
      current = [];
      articles.set(heading[1], current);
    } else if (SECTION_HEADING.test(line.trim())) {
      current = null;
    } else if (current) {
      current.push(line);
    }
  }
  return articles;
}

const cache = new Map<string, Map<string, string[]>>();

/**
 * The lines of the numbered part `number` of `lines`: from the line that starts with "N." (a
 * paragraph) or, where there is none, "N)" (a subparagraph), to the next line numbered at the same level.
 */
function numberedPart(lines: string[], number: string): string[] | null {
  for (const marker of ['.', ')']) {
    const starts = (line: string) => new RegExp(`^\\d+(?:-\\d+)?\\${marker}\\s`).test(line.trim());
    const start = lines.findIndex((line) => line.trim().startsWith(`${number}${marker} `));
    if (start === -1) continue;
    const next = lines.findIndex((line, index) => index > start && starts(line));
    return lines.slice(start, next === -1 ? lines.length : next);
  }
  return null;
}

/**
 * The normalised text of one provision, e.g. `provisionText('constitution-2026', '84(3)')`; null
 * when the act's text has no such article, paragraph or subparagraph.
 */
export function provisionText(act: string, article: string): string | null {
  if (!CONSTITUTION_TEXTS[act]) return null;
  const parts = ARTICLE_FORMAT.exec(article);
  if (!parts) return null;
  if (!cache.has(act)) cache.set(act, articlesOf(act));
  let lines = cache.get(act)!.get(parts[1]) ?? null;
  for (const [, number] of parts[2].matchAll(/\((\d+(?:-\d+)?)\)/g)) {
    if (!lines) break;
    lines = numberedPart(lines, number);
  }
  return lines ? normaliseText(lines.join('\n')) : null;
}

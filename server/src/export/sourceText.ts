import type { Source } from '../../../ontology/src';

/**
 * One source as a line of plain text, for formats that hold text only (GraphML, CSV):
 * `document [start–end]: quote`, `act, art. article: wording <url>`, or `title <url>: sentence`.
 */
export function sourceText(source: Source): string {
  switch (source.kind) {
    case 'passage':
      return `${source.document} [${source.start}–${source.end}]: ${source.quote}`;
    case 'legal-basis':
      return legalBasisText(source);
    case 'reference':
      return `${source.title} <${source.url}>: ${source.sentence}`;
  }
}

/**
 * A legal basis as text: `constitution-1995, art. 44(4)`, followed by the provision's wording and
 * the act's official text where the ontology has them: `constitution-2026, art. 84(3): Генеральный
 * Прокурор назначается ... <https://adilet.zan.kz/...>`.
 */
export function legalBasisText(source: { act: string; article: string; wording?: string; url?: string }): string {
  const wording = source.wording ? `: ${source.wording}` : '';
  const url = source.url ? ` <${source.url}>` : '';
  return `${source.act}, art. ${source.article}${wording}${url}`;
}

/** Several sources, one a line. */
export function sourcesText(sources: Source[]): string {
  return sources.map(sourceText).join('\n');
}

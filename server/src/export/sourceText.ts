import type { Source } from '../../../ontology/src';

/**
 * One source as a line of plain text, for formats that hold text only (GraphML, CSV):
 * `document [start–end]: quote`, `act, art. article`, or `title <url>: sentence`.
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

/** A legal basis as text: `constitution-1995, art. 44, 55`. */
export function legalBasisText(source: { act: string; article: string }): string {
  return `${source.act}, art. ${source.article}`;
}

/** Several sources, one a line. */
export function sourcesText(sources: Source[]): string {
  return sources.map(sourceText).join('\n');
}

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { Ontology, Source } from './model';
import { locateQuote, normaliseWithOffsets } from './normalise';

/** Sentences a person reviewed and found to state no relation the graph could hold. */
export const REVIEWED_FILE = path.resolve(__dirname, '..', 'quality', 'coverage-reviewed.yaml');

export interface ReviewedPassage {
  document: string;
  quote: string;
  reason: string;
}

/**
 * Word stems that mark a sentence stating an institutional relation: who appoints, elects,
 * dismisses, consents to, nominates, supervises, heads, protests or reports to whom (Kazakh and
 * Russian, matched in folded text).
 */
export const RELATION_MARKERS = [
  'тағайында', 'қызметтен босат', 'келісімімен', 'келісімінсіз', 'ұсынуы бойынша', 'сайла', 'есеп бер',
  'бағына', 'бағынд', 'қадағалауды жүзеге', 'қадағалауын жүзеге', 'қадағалайды', 'басшылық ет', 'мүшесі', 'наразылық',
  'мүддесін білдір', 'тарата', 'сенімсіздік', 'үйлестір',
  'назнача', 'освобожда', 'с согласия', 'по представлению', 'избира', 'подотчет', 'подотчёт', 'подчин', 'осуществляет надзор',
  'осуществляет высший надзор', 'руковод',
  'протест', 'интересы государства', 'распуск', 'недовери',
];

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

export interface DocumentCoverage {
  documentId: string;
  /** Relations (not the consent and nomination edges derived from appointments) that quote the document. */
  relationIds: string[];
  /** Entities that the document's quoted facts are about. */
  entityIds: string[];
  /** Sentences with a relation marker that no quote overlaps. */
  uncited: Sentence[];
  /** Sentences with a relation marker that a person reviewed: they state no relation. */
  reviewed: (Sentence & { reason: string })[];
}

/** Splits a document into sentences, with offsets into the original text. */
export function sentencesOf(text: string): Sentence[] {
  const normalised = normaliseWithOffsets(text);
  // Full stops, and the places where document 002 runs a heading or list into the next sentence.
  const boundary = /[.!?;]+(?!\d)\s*|(?<=\p{Ll})(?=\p{Lu}\p{Ll})|\s\d+\.\s/gu;
  const sentences: Sentence[] = [];
  let from = 0;
  const push = (to: number) => {
    const piece = normalised.text.slice(from, to).trim();
    if (piece.length > 0) {
      const offset = normalised.text.indexOf(piece, from);
      const start = normalised.originalIndex[offset];
      const end = normalised.originalIndex[offset + piece.length - 1] + 1;
      sentences.push({ start, end, text: piece });
    }
  };
  for (const match of normalised.text.matchAll(boundary)) {
    push(match.index + (match[0].trim().startsWith('.') || /^[!?;]/.test(match[0]) ? 1 : 0));
    from = match.index + match[0].length;
  }
  push(normalised.text.length);
  return sentences;
}

function statesRelation(sentence: string): boolean {
  const folded = sentence.toLocaleLowerCase('kk');
  return RELATION_MARKERS.some((marker) => folded.includes(marker));
}

function passagesOf(sources: Source[], documentId: string) {
  return sources.flatMap((source) => (source.kind === 'passage' && source.document === documentId ? [source] : []));
}

export function loadReviewedPassages(file: string = REVIEWED_FILE): ReviewedPassage[] {
  return (parse(readFileSync(file, 'utf8')) as { reviewed: ReviewedPassage[] }).reviewed;
}

/** For each document: what the ontology draws from it, and what it states that nothing cites yet. */
export function coverageOf(ontology: Ontology, reviewedPassages: ReviewedPassage[] = loadReviewedPassages()): DocumentCoverage[] {
  const ownRelations = ontology.relations.filter((relation) => !relation.derivedFrom);
  return ontology.documents.map((document) => {
    const citing = ownRelations.filter((relation) => passagesOf(relation.sources, document.id).length > 0);
    const quotedEntities = ontology.entities.filter((entity) => passagesOf(entity.sources, document.id).length > 0);
    const quoted = [...ownRelations, ...ontology.entities].flatMap((item) => passagesOf(item.sources, document.id));
    const normalised = normaliseWithOffsets(document.text);
    const reviewedHere = reviewedPassages
      .filter((passage) => passage.document === document.id)
      .map((passage) => {
        const location = locateQuote(normalised, passage.quote);
        if (!location) throw new Error(`${REVIEWED_FILE}: the quote is not verbatim in ${document.id}: "${passage.quote}"`);
        return { ...location, reason: passage.reason };
      });
    const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && a.end > b.start;
    const flagged = sentencesOf(document.text).filter(
      (sentence) => statesRelation(sentence.text) && !quoted.some((quote) => overlaps(quote, sentence)),
    );
    const reviewed = flagged.flatMap((sentence) => {
      const review = reviewedHere.find((passage) => overlaps(passage, sentence));
      return review ? [{ ...sentence, reason: review.reason }] : [];
    });
    const uncited = flagged.filter((sentence) => !reviewedHere.some((passage) => overlaps(passage, sentence)));
    const entityIds = new Set([
      ...quotedEntities.map((entity) => entity.id),
      ...citing.flatMap((relation) => [relation.from, relation.to, ...(relation.consentOf ?? []), ...(relation.nominatedBy ?? [])]),
    ]);
    return {
      documentId: document.id,
      relationIds: citing.map((relation) => relation.id).sort(),
      entityIds: [...entityIds].sort(),
      uncited,
      reviewed,
    };
  });
}

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { Ontology, Source } from './model';
import { locateQuote, normaliseWithOffsets } from './normalise';

/** Passages a person reviewed: what they state is modelled elsewhere, or is no relation the graph could hold. */
export const REVIEWED_FILE = path.resolve(__dirname, '..', 'quality', 'coverage-reviewed.yaml');

export interface ReviewedPassage {
  document: string;
  quote: string;
  reason: string;
}

/**
 * The words that state an institutional relation (who appoints, elects, dismisses, consents to,
 * nominates, supervises, checks, controls, heads, protests, represents, takes part in, reports to
 * whom; what a body is part of or attached to; what a rule is set by), in Kazakh and Russian, as
 * patterns matched in the normalised, lower-cased text. A pattern matches only at the start of a
 * word, so that a stem is not found inside another word ("при" in "приговор").
 *
 * Each occurrence is one stated relation: "тағайындайды және қызметтен босатады" states two
 * (appoints, dismisses), and a phrase that holds two patterns ("Сенаттың келісімімен ...
 * тағайындайды") states two parts of one fact, which a quote of the whole clause covers at once.
 */
export const RELATION_MARKERS: readonly string[] = [
  // appointment, dismissal, consent, nomination, election
  'тағайында',
  'қызметтен босат',
  'келісімімен',
  'келісімінсіз',
  'ұсынуы бойынша',
  'сайла',
  'назнача',
  'освобожда',
  'с согласия',
  'без согласия',
  'по представлению',
  'избира',
  // accountability and subordination
  'есеп бер',
  'бағына',
  'бағынд',
  'подотч[её]т',
  'подчин',
  // supervision, checks, control ("қадағалау ... жүзеге асырды" without the accusative -ды too)
  'қадағала\\p{L}*(?:\\s+\\S+){0,6}?\\s+жүзеге\\s+асыр',
  'қадағалайды',
  'тексер',
  'бақыла',
  'осуществляет (?:высший )?надзор',
  'провер',
  'контрол',
  // heading, membership, composition, attachment
  'басшылық ет',
  'мүшесі',
  'құрамында',
  'жанынан',
  'руковод',
  'в составе',
  'при(?!\\p{L})',
  // protests, representation, participation
  'наразылық',
  'мүддесін білдір',
  'өкілдік ет',
  'қатысу',
  'қатысад',
  'қатысып',
  'протест',
  'интересы государства',
  'представляет',
  'участв',
  // dissolution, no confidence, coordination
  'тарата',
  'сенімсіздік',
  'үйлестір',
  'распуск',
  'недовери',
  'координ',
  // a rule that sets the status of a body
  'белгіленеді',
  'устанавливается',
  'определяется',
];

const MARKER_PATTERN = new RegExp(`(?<!\\p{L})(?:${RELATION_MARKERS.join('|')})`, 'gu');

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

/** One stated relation: where its relation word stands (offsets in the original document), and the sentence around it. */
export interface StatedRelation {
  start: number;
  end: number;
  /** The relation word as the (normalised) document writes it. */
  word: string;
  sentence: Sentence;
  /** Where the word starts in `sentence.text`. */
  offsetInSentence: number;
}

export interface DocumentCoverage {
  documentId: string;
  /** Relations (not the consent and nomination edges derived from appointments) that quote the document. */
  relationIds: string[];
  /** Entities that the document's quoted facts are about. */
  entityIds: string[];
  /** Every relation word in the document: each is one stated relation. */
  stated: StatedRelation[];
  /** Stated relations whose word stands inside a quote of some relation of the ontology. */
  modelled: StatedRelation[];
  /** Stated relations that no relation quotes but a person reviewed, with the reason. */
  reviewed: (StatedRelation & { reason: string })[];
  /** Stated relations neither quoted by a relation nor reviewed. */
  uncovered: StatedRelation[];
  /**
   * Review entries whose passage holds no relation word that a quote leaves unmodelled: passages the
   * marker list does not catch (recorded because an audit named them), or entries a later quote made redundant.
   */
  reviewsWithoutRelationWord: ReviewedPassage[];
}

/** Splits a document into sentences, with offsets into the original text. */
export function sentencesOf(text: string): Sentence[] {
  return splitSentences(normaliseWithOffsets(text)).map(({ start, end, text: sentence }) => ({ start, end, text: sentence }));
}

function splitSentences(normalised: ReturnType<typeof normaliseWithOffsets>): (Sentence & { normalisedStart: number })[] {
  // Full stops, and the places where document 002 runs a heading or list into the next sentence.
  const boundary = /[.!?;]+(?!\d)\s*|(?<=\p{Ll})(?=\p{Lu}\p{Ll})|\s\d+\.\s/gu;
  const sentences: (Sentence & { normalisedStart: number })[] = [];
  let from = 0;
  const push = (to: number) => {
    const piece = normalised.text.slice(from, to).trim();
    if (piece.length > 0) {
      const offset = normalised.text.indexOf(piece, from);
      const start = normalised.originalIndex[offset];
      const end = normalised.originalIndex[offset + piece.length - 1] + 1;
      sentences.push({ start, end, text: piece, normalisedStart: offset });
    }
  };
  for (const match of normalised.text.matchAll(boundary)) {
    push(match.index + (match[0].trim().startsWith('.') || /^[!?;]/.test(match[0]) ? 1 : 0));
    from = match.index + match[0].length;
  }
  push(normalised.text.length);
  return sentences;
}

/** The relation words of a document, each with its sentence; overlapping matches count once. */
export function statedRelationsOf(text: string): StatedRelation[] {
  const normalised = normaliseWithOffsets(text);
  const folded = normalised.text.toLocaleLowerCase('kk');
  if (folded.length !== normalised.text.length) throw new Error('lower-casing changed the length of the text');
  const sentences = splitSentences(normalised);
  const stated: StatedRelation[] = [];
  for (const match of folded.matchAll(MARKER_PATTERN)) {
    const start = normalised.originalIndex[match.index];
    const end = normalised.originalIndex[match.index + match[0].length - 1] + 1;
    const found = sentences.find((candidate) => candidate.start <= start && start < candidate.end);
    if (!found) continue;
    const { normalisedStart, ...sentence } = found;
    const word = normalised.text.slice(match.index, match.index + match[0].length);
    stated.push({ start, end, word, sentence, offsetInSentence: match.index - normalisedStart });
  }
  return stated;
}

function passagesOf(sources: Source[], documentId: string) {
  return sources.flatMap((source) => (source.kind === 'passage' && source.document === documentId ? [source] : []));
}

export function loadReviewedPassages(file: string = REVIEWED_FILE): ReviewedPassage[] {
  return (parse(readFileSync(file, 'utf8')) as { reviewed: ReviewedPassage[] }).reviewed;
}

const contains = (outer: { start: number; end: number }, inner: { start: number; end: number }) =>
  outer.start <= inner.start && inner.end <= outer.end;

/**
 * For each document: what the ontology draws from it, and each relation it states, counted as
 * covered only when a relation's quote or a reviewed passage holds that relation's word. A quote
 * that overlaps a sentence covers only the relation words inside the quote, not the whole sentence.
 */
export function coverageOf(ontology: Ontology, reviewedPassages: ReviewedPassage[] = loadReviewedPassages()): DocumentCoverage[] {
  const ownRelations = ontology.relations.filter((relation) => !relation.derivedFrom);
  return ontology.documents.map((document) => {
    const citing = ownRelations.filter((relation) => passagesOf(relation.sources, document.id).length > 0);
    const quotedEntities = ontology.entities.filter((entity) => passagesOf(entity.sources, document.id).length > 0);
    // Only relations' quotes model a relation; an entity's quote only says the entity is mentioned.
    const quotes = citing.flatMap((relation) => passagesOf(relation.sources, document.id));
    const normalised = normaliseWithOffsets(document.text);
    const reviewsHere = reviewedPassages
      .filter((passage) => passage.document === document.id)
      .map((passage) => {
        const location = locateQuote(normalised, passage.quote);
        if (!location) throw new Error(`${REVIEWED_FILE}: the quote is not verbatim in ${document.id}: "${passage.quote}"`);
        return { ...location, passage };
      });
    const stated = statedRelationsOf(document.text);
    const modelled = stated.filter((relation) => quotes.some((quote) => contains(quote, relation)));
    const unmodelled = stated.filter((relation) => !modelled.includes(relation));
    const reviewed = unmodelled.flatMap((relation) => {
      const review = reviewsHere.find((candidate) => contains(candidate, relation));
      return review ? [{ ...relation, reason: review.passage.reason }] : [];
    });
    const uncovered = unmodelled.filter((relation) => !reviewsHere.some((review) => contains(review, relation)));
    const reviewsWithoutRelationWord = reviewsHere
      .filter((review) => !unmodelled.some((relation) => contains(review, relation)))
      .map((review) => review.passage);
    const entityIds = new Set([
      ...quotedEntities.map((entity) => entity.id),
      ...citing.flatMap((relation) => [
        relation.from,
        relation.to,
        ...(relation.consentOf ?? []),
        ...(relation.nominatedBy ?? []),
        ...(relation.recommendedBy ?? []),
      ]),
    ]);
    return {
      documentId: document.id,
      relationIds: citing.map((relation) => relation.id).sort(),
      entityIds: [...entityIds].sort(),
      stated,
      modelled,
      reviewed,
      uncovered,
      reviewsWithoutRelationWord,
    };
  });
}

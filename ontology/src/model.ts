import { z } from 'zod';

/** The three languages of every name: Kazakh, Russian, English. */
export const LANGUAGES = ['kk', 'ru', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];

const text = z.string().trim().min(1, 'must not be empty');

/** kebab-case English id: lower-case letters and digits separated by single hyphens. */
export const kebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case English id such as "prosecutor-general"');

const DATE_FORMAT = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function isRealDate(value: string): boolean {
  const [, year, month = '01', day = '01'] = DATE_FORMAT.exec(value) ?? [];
  if (!year) return false;
  const date = new Date(`${year}-${month}-${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(`${year}-${month}-${day}`);
}

const partialDate = z
  .string({ error: 'must be a date written "YYYY-MM-DD", "YYYY-MM" or "YYYY" (in quotes)' })
  .regex(DATE_FORMAT, 'must be a date written "YYYY-MM-DD", "YYYY-MM" or "YYYY"')
  .refine(isRealDate, 'is not a real calendar date');

/** The first day a date written with a year or month only can mean: "1922" → "1922-01-01". */
export function startOfPeriod(value: string): string {
  const [, year, month = '01', day = '01'] = DATE_FORMAT.exec(value)!;
  return `${year}-${month}-${day}`;
}

/** The last day a date written with a year or month only can mean: "1936" → "1936-12-31". */
export function endOfPeriod(value: string): string {
  const [, year, month, day] = DATE_FORMAT.exec(value)!;
  if (day) return value;
  if (month) return new Date(Date.UTC(Number(year), Number(month), 0)).toISOString().slice(0, 10);
  return `${year}-12-31`;
}

/** A start date; a year or month alone means its first day, as the sources often give only a year. */
export const startDate = partialDate.transform(startOfPeriod);
/** An end date: the last day the fact held; a year or month alone means its last day. */
export const endDate = partialDate.transform(endOfPeriod);

/** A full calendar date YYYY-MM-DD, as the API takes and gives it. */
export const isoDate = z
  .string({ error: 'must be a date written "YYYY-MM-DD"' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written "YYYY-MM-DD"')
  .refine(isRealDate, 'is not a real calendar date');

export const names = z.object({ kk: text, ru: text, en: text }).strict();
export const optionalTexts = z.object({ kk: text.optional(), ru: text.optional(), en: text.optional() }).strict();
const aliases = z.object({ kk: z.array(text).optional(), ru: z.array(text).optional(), en: z.array(text).optional() }).strict();

/** Node shapes Cytoscape.js draws, so that kinds differ by more than colour. */
export const NODE_SHAPES = ['ellipse', 'rectangle', 'round-rectangle', 'diamond', 'hexagon', 'triangle', 'star', 'octagon'] as const;

export const entityKindSchema = z
  .object({
    names,
    color: z.string().regex(/^#[0-9a-f]{6}$/i, 'must be a colour like "#2563eb"'),
    shape: z.enum(NODE_SHAPES),
    checkable: z.boolean().optional(),
    historical: z.boolean().optional(),
    linkedData: z
      .object({
        types: z.array(z.string().regex(/^[a-z]+:[A-Za-z]+$/, 'must be a prefixed class such as "org:Post"')).min(1),
        organisation: z.boolean().optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

/** How a removal ends (or opens the way to ending) a tenure, in the order `whoCanRemove` lists them. */
export const REMOVALS = ['dismissal', 'no-confidence', 'dissolution', 'immunity-lifted'] as const;
export type Removal = (typeof REMOVALS)[number];

/** The qualifiers a relation may carry beside its ends, each allowed on the kinds that list it. */
export const QUALIFIERS = ['consentOf', 'nominatedBy', 'recommendedBy', 'term'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];
/** The qualifiers that name participants, each of whom may become an edge of its own (`derives`). */
export const PARTICIPANT_QUALIFIERS = ['consentOf', 'nominatedBy', 'recommendedBy'] as const;
export type ParticipantQualifier = (typeof PARTICIPANT_QUALIFIERS)[number];

export const relationKindSchema = z
  .object({
    names,
    verb: names,
    from: z.array(kebabId).min(1),
    to: z.array(kebabId).min(1),
    color: z.string().regex(/^#[0-9a-f]{6}$/i, 'must be a colour like "#dc2626"'),
    lineStyle: z.enum(['solid', 'dashed', 'dotted']),
    check: z.boolean().optional(),
    removal: z.enum(REMOVALS).optional(),
    appointment: z.boolean().optional(),
    qualifiers: z.array(z.enum(QUALIFIERS)).optional(),
    derives: z.partialRecord(z.enum(PARTICIPANT_QUALIFIERS), kebabId).optional(),
    outlives: z.array(z.enum(['from', 'to'])).optional(),
    succession: z.boolean().optional(),
    linkedData: z
      .object({
        statements: z
          .array(
            z
              .object({
                on: z.enum(['from', 'to']),
                property: z.string().regex(/^[a-z][A-Za-z]*$/),
                organisationsOnly: z.boolean().optional(),
              })
              .strict(),
          )
          .optional(),
        membership: z.boolean().optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export const kindsFileSchema = z
  .object({
    entityKinds: z.record(kebabId, entityKindSchema),
    relationKinds: z.record(kebabId, relationKindSchema),
    branchOrder: z.array(kebabId),
  })
  .strict();

/** A passage of one of the five source documents, quoted verbatim. */
const passageSource = z.object({ document: text, quote: text }).strict();
/**
 * A legal basis: an act of the ontology, the provision relied on and, for an act whose text the
 * project can check (the Constitutions), the provision's own words.
 * `article` is the article, then the paragraph and subparagraph in parentheses: "84(3)",
 * "46(1)(8)" or, for the 1995 Constitution's inserted articles, "83-1(3)". One source, one provision.
 */
export const ARTICLE_FORMAT = /^(\d+(?:-\d+)?)((?:\(\d+(?:-\d+)?\))*)$/;
const legalBasisSource = z
  .object({
    act: kebabId,
    article: z
      .string()
      .regex(
        ARTICLE_FORMAT,
        'must name one provision: article, then paragraph and subparagraph in parentheses, e.g. "84(3)" or "46(1)(8)"',
      ),
    /** A short verbatim quote of the provision, in WORDING_LANGUAGE. */
    wording: text.optional(),
  })
  .strict();
/**
 * The language of every legal basis's `wording`: provisions are quoted from the acts' Russian texts,
 * the ones their `officialText` addresses open (Adilet's /rus/ pages) and the wording test reads.
 * A reader's screen reader and hyphenation need to know it, so the API says it beside each wording.
 */
export const WORDING_LANGUAGE: Lang = 'ru';
/** A public page: its title, address and the sentence relied on. */
const referenceSource = z.object({ title: text, url: z.url(), sentence: text }).strict();

export const sourceSchema = z.union([passageSource, legalBasisSource, referenceSource], {
  error: 'a source needs either `document` + `quote`, or `act` + `article` (+ `wording`), or `title` + `url` + `sentence`',
});

export const levelSchema = z.enum(['national', 'regional', 'district']);

export const entitySchema = z
  .object({
    id: kebabId,
    kind: kebabId,
    branch: kebabId.optional(),
    level: levelSchema.optional(),
    names,
    aliases: aliases.optional(),
    description: optionalTexts.optional(),
    validFrom: startDate,
    validTo: endDate.optional(),
    /** For a legal act: the address of its official text (Adilet). */
    officialText: z.url().optional(),
    notes: text.optional(),
    sources: z.array(sourceSchema).optional(),
  })
  .strict();

export const relationSchema = z
  .object({
    id: kebabId,
    type: kebabId,
    from: kebabId,
    to: kebabId,
    consentOf: z.array(kebabId).optional(),
    nominatedBy: z.array(kebabId).optional(),
    /** Whose recommendation the appointment rests on (e.g. the Supreme Judicial Council's). */
    recommendedBy: z.array(kebabId).optional(),
    /** Appointments and elections: how long, and whether the same person may hold it only once. */
    term: z
      .object({ years: z.number().int().positive().optional(), singleTerm: z.literal(true).optional() })
      .strict()
      .refine((term) => term.years !== undefined || term.singleTerm !== undefined, 'a term needs `years`, `singleTerm: true`, or both')
      .optional(),
    /** The vote the decision (or the consent to it) needs, e.g. "a majority of the total number of deputies". */
    majority: names.optional(),
    conditions: optionalTexts.optional(),
    validFrom: startDate,
    validTo: endDate.optional(),
    notes: text.optional(),
    sources: z.array(sourceSchema).min(1, 'every relation needs at least one source'),
  })
  .strict();

export const dataFileSchema = z.object({ entities: z.array(z.unknown()).optional(), relations: z.array(z.unknown()).optional() }).strict();

export const documentsFileSchema = z
  .object({
    documents: z.array(z.object({ id: text, language: z.enum(LANGUAGES), titles: names }).strict()),
  })
  .strict();

export type Names = z.infer<typeof names>;
export type OptionalTexts = z.infer<typeof optionalTexts>;
export type EntityKind = z.infer<typeof entityKindSchema> & { id: string };
export type RelationKind = z.infer<typeof relationKindSchema> & { id: string };
export type EntityInput = z.infer<typeof entitySchema>;
export type RelationInput = z.infer<typeof relationSchema>;
export type Level = z.infer<typeof levelSchema>;

/** A source as loaded: the kind is explicit, and a passage carries its offsets in the document. */
export type Source =
  | { kind: 'passage'; document: string; quote: string; start: number; end: number }
  /** `url`: the act's official text (its `officialText`), resolved when the ontology is loaded. */
  | { kind: 'legal-basis'; act: string; article: string; wording?: string; url?: string }
  | { kind: 'reference'; title: string; url: string; sentence: string };

export interface Entity extends Omit<EntityInput, 'sources'> {
  sources: Source[];
}

export interface Relation extends Omit<RelationInput, 'sources'> {
  sources: Source[];
  /** For edges the loader derives (a consent or a nomination inside an appointment): the appointment's id. */
  derivedFrom?: string;
}

export interface SourceDocument {
  id: string;
  language: Lang;
  titles: Names;
  /** The document's text exactly as shipped in ontology/documents/. */
  text: string;
}

export interface Kinds {
  entityKinds: EntityKind[];
  relationKinds: RelationKind[];
  /** Branch entity ids, from the centre out (see kinds.yaml). */
  branchOrder: string[];
}

/** The whole validated ontology, ready to seed. */
export interface Ontology {
  kinds: Kinds;
  documents: SourceDocument[];
  entities: Entity[];
  relations: Relation[];
  /** A hash of everything above: the graph is stamped with it, so a change means a reseed. */
  version: string;
}

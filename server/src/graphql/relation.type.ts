import { Ctx, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { WORDING_LANGUAGE, type Source as StoredSource } from '../../../ontology/src';
import type { RelationRecord } from '../graph/graph.records';
import { relationKindsById, RelationType } from './kinds';
import { chosenLang, inLanguage, Lang, LangArg, type LangContext } from './lang';
import { DateScalar } from './scalars';

export const SourceKind = { PASSAGE: 'passage', LEGAL_BASIS: 'legal-basis', REFERENCE: 'reference' } as const;
registerEnumType(SourceKind, {
  name: 'SourceKind',
  description: 'The kinds of source a fact can cite.',
  valuesConfig: {
    PASSAGE: { description: 'A verbatim quote from one of the five source documents.' },
    LEGAL_BASIS: { description: 'A legal act and its article.' },
    REFERENCE: { description: 'A public page, and the sentence relied on.' },
  },
});

@ObjectType({
  description: 'Where a fact comes from: a seed passage, a legal basis, or a public reference; fields of the other kinds are null.',
})
export class Source {
  @Field(() => SourceKind, { description: 'Which kind of source this is.' }) kind!: StoredSource['kind'];
  @Field(() => ID, { nullable: true, description: 'PASSAGE: the document quoted.' }) documentId!: string | null;
  @Field(() => String, { nullable: true, description: 'PASSAGE: the quote, as the source writes it.' }) quote!: string | null;
  @Field(() => Int, { nullable: true, description: 'PASSAGE: offset of the quote in the document text (UTF-16 code units).' }) start!:
    number | null;
  @Field(() => Int, { nullable: true, description: 'PASSAGE: offset just past the quote.' }) end!: number | null;
  @Field(() => ID, { nullable: true, description: 'LEGAL_BASIS: the id of the legal act.' }) actId!: string | null;
  @Field(() => String, { nullable: true, description: 'LEGAL_BASIS: article, and paragraph in parentheses, e.g. "83(2)".' }) article!:
    string | null;
  @Field(() => String, {
    nullable: true,
    description:
      "LEGAL_BASIS: the provision's own words, a short verbatim quote (Russian for the Constitutions); null where none is recorded.",
  })
  wording!: string | null;
  @Field(() => Lang, {
    nullable: true,
    description: 'LEGAL_BASIS: the language of `wording` (RU: provisions are quoted from the official Russian texts); null without one.',
  })
  wordingLang!: Lang | null;
  @Field(() => String, { nullable: true, description: 'REFERENCE: the title of the page.' }) title!: string | null;
  @Field(() => String, {
    nullable: true,
    description: "REFERENCE: its address. LEGAL_BASIS: the address of the act's official text, where known.",
  })
  url!: string | null;
  @Field(() => String, { nullable: true, description: 'REFERENCE: the sentence relied on.' }) sentence!: string | null;
}

@ObjectType({ description: 'The legal act and provision a fact rests on, in its own words.' })
export class LegalBasis {
  @Field(() => ID, { description: 'The id of the legal act.' }) actId!: string;
  @Field(() => String, { description: 'Article, then paragraph and subparagraph in parentheses, e.g. "84(3)" or "46(5)".' })
  article!: string;
  @Field(() => String, {
    nullable: true,
    description: "The provision's own words: a short verbatim quote (Russian for the Constitutions); null where none is recorded.",
  })
  wording!: string | null;
  @Field(() => Lang, {
    nullable: true,
    description: 'The language of `wording` (RU: provisions are quoted from the official Russian texts); null without one.',
  })
  wordingLang!: Lang | null;
  @Field(() => String, {
    nullable: true,
    description: "The address of the act's official text (Adilet for the Constitutions); null where the ontology has none.",
  })
  url!: string | null;
}

/** A legal basis's words and their language, both null where none are recorded. */
function wordingOf(source: { wording?: string }): { wording: string | null; wordingLang: Lang | null } {
  return source.wording ? { wording: source.wording, wordingLang: WORDING_LANGUAGE } : { wording: null, wordingLang: null };
}

/** Wraps the stored sources in the GraphQL type. */
export function toSources(sources: StoredSource[]): Source[] {
  const empty = {
    documentId: null,
    quote: null,
    start: null,
    end: null,
    actId: null,
    article: null,
    wording: null,
    wordingLang: null,
    title: null,
    url: null,
    sentence: null,
  };
  return sources.map((source) => {
    switch (source.kind) {
      case 'passage':
        return Object.assign(new Source(), {
          ...empty,
          kind: source.kind,
          documentId: source.document,
          quote: source.quote,
          start: source.start,
          end: source.end,
        });
      case 'legal-basis':
        return Object.assign(new Source(), {
          ...empty,
          kind: source.kind,
          actId: source.act,
          article: source.article,
          ...wordingOf(source),
          url: source.url ?? null,
        });
      case 'reference':
        return Object.assign(new Source(), {
          ...empty,
          kind: source.kind,
          title: source.title,
          url: source.url,
          sentence: source.sentence,
        });
    }
  });
}

/** The legal bases among the stored sources. */
export function toLegalBasis(sources: StoredSource[]): LegalBasis[] {
  return sources.flatMap((source) =>
    source.kind === 'legal-basis'
      ? [
          Object.assign(new LegalBasis(), {
            actId: source.act,
            article: source.article,
            ...wordingOf(source),
            url: source.url ?? null,
          }),
        ]
      : [],
  );
}

@ObjectType({ description: 'How long an appointment or an election lasts, and whether the same person may hold the post again.' })
export class Term {
  @Field(() => Int, { nullable: true, description: 'The length of the term in years; null where the source sets none.' }) years!:
    number | null;
  @Field(() => Boolean, { description: 'True when the same person may hold the post only once ("once only").' }) singleTerm!: boolean;

  @Field(() => String, { description: 'The term in words, in the asked language, e.g. "6 years, once only".' })
  text(@LangArg() lang: Lang | undefined, @Ctx() context: LangContext): string {
    return termText(this.years, this.singleTerm, chosenLang(lang, context));
  }
}

const ONCE_ONLY: Record<Lang, string> = { kk: 'бір рет қана', ru: 'только один раз', en: 'once only' };

/** "6 years, once only", "6 жыл, бір рет қана", "6 лет, только один раз"; "once only" alone without years. */
export function termText(years: number | null, singleTerm: boolean, lang: Lang): string {
  const length =
    years === null
      ? null
      : { kk: `${years} жыл`, ru: `${years} ${russianYears(years)}`, en: `${years} year${years === 1 ? '' : 's'}` }[lang];
  return [length, singleTerm ? ONCE_ONLY[lang] : null].filter(Boolean).join(', ');
}

function russianYears(count: number): string {
  const lastTwo = count % 100;
  const last = count % 10;
  if (lastTwo >= 11 && lastTwo <= 14) return 'лет';
  if (last === 1) return 'год';
  if (last >= 2 && last <= 4) return 'года';
  return 'лет';
}

/** The term a relation states, or null when it states neither a length nor a single-term rule. */
export function toTerm(years: number | null, singleTerm = false): Term | null {
  return years === null && !singleTerm ? null : Object.assign(new Term(), { years, singleTerm });
}

@ObjectType('Relation', { description: 'A sourced, dated relation between two entities.' })
export class Relation implements RelationRecord {
  @Field(() => ID, { description: 'Stable kebab-case id of the relation.' }) id!: string;
  @Field(() => RelationType, { description: 'What the relation is: appoints, dismisses, reports to, ...' }) type!: string;

  @Field(() => String, { description: "The relation's name in the asked language, such as appoints." })
  label(@LangArg() lang: Lang | undefined, @Ctx() context: LangContext): string {
    return relationKindsById.get(this.type)!.names[chosenLang(lang, context)];
  }

  @Field(() => String, { nullable: true, description: 'Conditions attached to it, in the asked language.' })
  conditions(@LangArg() lang: Lang | undefined, @Ctx() context: LangContext): string | null {
    return inLanguage(this.conditionTexts, chosenLang(lang, context));
  }

  @Field(() => Term, {
    nullable: true,
    description: 'For an appointment or an election: how long the term lasts, and whether it may be held only once.',
  })
  term(): Term | null {
    return toTerm(this.termYears, this.termSingle);
  }

  @Field(() => String, {
    nullable: true,
    description:
      'The vote the decision (or the consent to it) needs, in the asked language, e.g. "a majority of the total number of the Kurultai\'s deputies"; null where the source sets none.',
  })
  majority(@LangArg() lang: Lang | undefined, @Ctx() context: LangContext): string | null {
    return inLanguage(this.majorityTexts, chosenLang(lang, context));
  }

  @Field(() => DateScalar, { description: 'The first day the relation held.' }) validFrom!: string;
  @Field(() => DateScalar, { nullable: true, description: 'The last day it held; null while it holds.' }) validTo!: string | null;
  @Field(() => String, { nullable: true, description: "Editors' notes: what is uncertain or left out." }) notes!: string | null;
  @Field(() => ID, { nullable: true, description: 'For a consent, nomination or recommendation edge: the appointment it belongs to.' })
  derivedFrom!: string | null;

  @Field(() => [Source], { name: 'sources', description: 'Seed passages, legal bases and public references; at least one.' })
  sourceList(): Source[] {
    return toSources(this.sources);
  }

  @Field(() => [LegalBasis], { description: 'The acts and articles it rests on.' })
  legalBasis(): LegalBasis[] {
    return toLegalBasis(this.sources);
  }

  fromId!: string;
  toId!: string;
  consentOfIds!: string[];
  nominatedByIds!: string[];
  recommendedByIds!: string[];
  termYears!: number | null;
  termSingle!: boolean;
  majorityTexts!: RelationRecord['majorityTexts'];
  conditionTexts!: RelationRecord['conditionTexts'];
  sources!: RelationRecord['sources'];
}

export function toRelation(record: RelationRecord): Relation {
  return Object.assign(new Relation(), record);
}

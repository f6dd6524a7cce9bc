import { Arg, createUnionType, Field, ID, Int, ObjectType } from 'type-graphql';
import type { RelationRecord } from '../graph/graph.records';
import { relationKindsById, RelationType } from './kinds';
import { inLanguage, Lang } from './lang';
import { DateScalar } from './scalars';

@ObjectType({ description: 'A passage of one of the five source documents, quoted verbatim.' })
export class SeedPassage {
  @Field(() => ID) documentId!: string;
  @Field(() => String, { description: 'The quote, as the source writes it.' }) quote!: string;
  @Field(() => Int, { description: 'Offset of the quote in the document text (UTF-16 code units).' }) start!: number;
  @Field(() => Int, { description: 'Offset just past the quote.' }) end!: number;
}

@ObjectType({ description: 'The legal act and article a fact rests on.' })
export class LegalBasis {
  @Field(() => ID) actId!: string;
  @Field(() => String, { description: 'Article, and paragraph in parentheses, e.g. "83(2)".' }) article!: string;
}

@ObjectType({ description: 'A public page relied on: its title, address and the sentence used.' })
export class PublicReference {
  @Field(() => String) title!: string;
  @Field(() => String) url!: string;
  @Field(() => String) sentence!: string;
}

export const Source = createUnionType({
  name: 'Source',
  description: 'Where a fact comes from.',
  types: () => [SeedPassage, LegalBasis, PublicReference] as const,
});

/** Wraps the stored sources in their GraphQL types. */
export function toSources(sources: RelationRecord['sources']): (SeedPassage | LegalBasis | PublicReference)[] {
  return sources.map((source) => {
    switch (source.kind) {
      case 'passage':
        return Object.assign(new SeedPassage(), { documentId: source.document, quote: source.quote, start: source.start, end: source.end });
      case 'legal-basis':
        return Object.assign(new LegalBasis(), { actId: source.act, article: source.article });
      case 'reference':
        return Object.assign(new PublicReference(), { title: source.title, url: source.url, sentence: source.sentence });
    }
  });
}

@ObjectType({ description: 'How long an appointment lasts.' })
export class Term {
  @Field(() => Int, { nullable: true }) years!: number | null;

  @Field(() => String, { description: 'The term in words, in the asked language.' })
  text(@Arg('lang', () => Lang, { defaultValue: Lang.EN }) lang: Lang): string {
    const years = this.years ?? 0;
    return { kk: `${years} жыл`, ru: `${years} ${russianYears(years)}`, en: `${years} year${years === 1 ? '' : 's'}` }[lang];
  }
}

function russianYears(count: number): string {
  const lastTwo = count % 100;
  const last = count % 10;
  if (lastTwo >= 11 && lastTwo <= 14) return 'лет';
  if (last === 1) return 'год';
  if (last >= 2 && last <= 4) return 'года';
  return 'лет';
}

export function toTerm(years: number | null): Term | null {
  return years === null ? null : Object.assign(new Term(), { years });
}

@ObjectType('Relation', { description: 'A sourced, dated relation between two entities.' })
export class Relation implements RelationRecord {
  @Field(() => ID) id!: string;
  @Field(() => RelationType) type!: string;

  @Field(() => String, { description: "The relation's name in the asked language, e.g. \"appoints\"." })
  label(@Arg('lang', () => Lang, { defaultValue: Lang.EN }) lang: Lang): string {
    return relationKindsById.get(this.type)!.names[lang];
  }

  @Field(() => String, { nullable: true, description: 'Conditions attached to it, in the asked language.' })
  conditions(@Arg('lang', () => Lang, { defaultValue: Lang.EN }) lang: Lang): string | null {
    return inLanguage(this.conditionTexts, lang);
  }

  @Field(() => Term, { nullable: true })
  term(): Term | null {
    return toTerm(this.termYears);
  }

  @Field(() => DateScalar) validFrom!: string;
  @Field(() => DateScalar, { nullable: true }) validTo!: string | null;
  @Field(() => String, { nullable: true }) notes!: string | null;
  @Field(() => ID, { nullable: true, description: 'For a consent or nomination edge: the appointment it belongs to.' })
  derivedFrom!: string | null;

  @Field(() => [Source], { name: 'sources', description: 'Seed passages, legal bases and public references; at least one.' })
  sourceList(): (typeof Source)[] {
    return toSources(this.sources);
  }

  fromId!: string;
  toId!: string;
  consentOfIds!: string[];
  nominatedByIds!: string[];
  termYears!: number | null;
  conditionTexts!: RelationRecord['conditionTexts'];
  sources!: RelationRecord['sources'];
}

export function toRelation(record: RelationRecord): Relation {
  return Object.assign(new Relation(), record);
}

import { Ctx, Field, Int, ObjectType } from 'type-graphql';
import { Lang, LangArg, type LangContext } from './lang';
import { Node } from './node.type';
import { LegalBasis, Relation, Source, Term } from './relation.type';
import { DateScalar } from './scalars';

@ObjectType({ description: 'Who appoints whom: with whose consent, on whose nomination, for how long, on what basis.' })
export class Appointment {
  @Field(() => Node, { description: 'Who appoints.' }) appointer!: Node;
  @Field(() => Node, { description: 'Who is appointed.' }) appointee!: Node;
  @Field(() => [Node], { description: 'Whose consent the appointment needs.' }) consentOf!: Node[];
  @Field(() => [Node], { description: 'On whose nomination the appointment is made.' }) nominatedBy!: Node[];
  @Field(() => [Node], { description: "On whose recommendation the appointment is made (e.g. the Supreme Judicial Council's)." })
  recommendedBy!: Node[];
  @Field(() => [Node], { description: 'Who can dismiss the appointee on the same date.' }) dismissedBy!: Node[];
  @Field(() => Term, {
    nullable: true,
    description: 'How long the term lasts and whether it may be held only once, where the sources say.',
  })
  term!: Term | null;

  @Field(() => String, {
    nullable: true,
    description: 'The vote the consent needs, in the asked language; null where the source sets none.',
  })
  majority(@LangArg() lang: Lang | undefined, @Ctx() context: LangContext): string | null {
    return this.relation.majority(lang, context);
  }

  @Field(() => String, { nullable: true, description: 'Conditions of the appointment, in the asked language.' })
  conditions(@LangArg() lang: Lang | undefined, @Ctx() context: LangContext): string | null {
    return this.relation.conditions(lang, context);
  }

  @Field(() => DateScalar, { description: 'The first day this rule of appointment held.' }) validFrom!: string;
  @Field(() => DateScalar, { nullable: true, description: 'The last day it held; null while it holds.' }) validTo!: string | null;
  @Field(() => [LegalBasis], { description: 'The acts and articles it rests on.' }) legalBasis!: LegalBasis[];
  @Field(() => [Source], { description: 'Where the sources say so: quotes, legal bases, public pages.' }) sources!: Source[];
  @Field(() => Relation, { description: 'The appointment relation itself.' }) relation!: Relation;
}

@ObjectType({ description: 'One appointment of a chain of appointers, and how far up the chain it stands.' })
export class ChainLink extends Appointment {
  @Field(() => Int, {
    description:
      '1: an appointment of the institution asked about; 2: of one of its appointers; and so on up. An appointer reached by several ways counts at its nearest level, and its own appointers are listed once, at the level after it.',
  })
  level!: number;
}

@ObjectType({ description: 'Who appoints an institution, who appoints them, and so on up to whoever nobody appoints.' })
export class AppointmentChain {
  @Field(() => Node, { description: 'The institution asked about.' }) institution!: Node;
  @Field(() => DateScalar, { description: 'The date the chain is valid on.' }) asOf!: string;
  @Field(() => [ChainLink], {
    description:
      'Every appointment of the chain, each once: every appointer of the institution, every appointer of each of them, and so on, by level, then by appointee, appointer and relation id. An appointer nobody appoints (on that date) is the top of its branch.',
  })
  links!: ChainLink[];
  @Field(() => Boolean, {
    description:
      "Whether the chain goes on beyond what is returned: more than the server's maxAppointmentChainLevels levels (8 by default) or maxAppointmentChainLinks appointments (200 by default). The project's longest chain has two levels.",
  })
  truncated!: boolean;
}

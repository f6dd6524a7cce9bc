import { Ctx, Field, ObjectType } from 'type-graphql';
import { chosenLang, Lang, LangArg, type LangContext } from './lang';
import { Node } from './node.type';
import { LegalBasis, Relation, Source, Term } from './relation.type';
import { DateScalar } from './scalars';

@ObjectType({ description: 'Who appoints whom: with whose consent, on whose nomination, for how long, on what basis.' })
export class Appointment {
  @Field(() => Node) appointer!: Node;
  @Field(() => Node) appointee!: Node;
  @Field(() => [Node], { description: 'Whose consent the appointment needs.' }) consentOf!: Node[];
  @Field(() => [Node], { description: 'On whose nomination the appointment is made.' }) nominatedBy!: Node[];
  @Field(() => [Node], { description: 'Who can dismiss the appointee on the same date.' }) dismissedBy!: Node[];
  @Field(() => Term, { nullable: true }) term!: Term | null;

  @Field(() => String, { nullable: true })
  conditions(@LangArg() lang: Lang | undefined, @Ctx() context: LangContext): string | null {
    return this.relation.conditions(lang, context);
  }

  @Field(() => DateScalar) validFrom!: string;
  @Field(() => DateScalar, { nullable: true }) validTo!: string | null;
  @Field(() => [LegalBasis]) legalBasis!: LegalBasis[];
  @Field(() => [Source]) sources!: Source[];
  @Field(() => Relation, { description: 'The appointment relation itself.' }) relation!: Relation;
}

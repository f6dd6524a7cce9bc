import { Arg, FieldResolver, ID, Query, registerEnumType, Resolver, Root } from 'type-graphql';
import type { AppointmentService } from '../appointments/appointment.service';
import { Appointment } from '../graphql/appointment.type';
import { RelationType } from '../graphql/kinds';
import { Branch, Institution, Node } from '../graphql/node.type';
import { Relation } from '../graphql/relation.type';
import { DateScalar } from '../graphql/scalars';
import type { MentionService } from '../search/mention.service';
import { Mention } from '../search/mention.type';
import type { Direction, InstitutionService } from './institution.service';

export const RelationDirection = { OUT: 'out', IN: 'in', BOTH: 'both' } as const satisfies Record<string, Direction>;
registerEnumType(RelationDirection, {
  name: 'RelationDirection',
  description: 'Which way the relations of an entity point.',
  valuesConfig: {
    OUT: { description: 'Relations it holds over others (it appoints, reports to, ...).' },
    IN: { description: 'Relations others hold over it (it is appointed by, reported to, ...).' },
    BOTH: { description: 'Both ways.' },
  },
});

@Resolver(() => Institution)
export class InstitutionResolver {
  constructor(
    private readonly institutions: InstitutionService,
    private readonly appointments: AppointmentService,
    private readonly mentionService: MentionService,
  ) {}

  @Query(() => Institution, { nullable: true, description: 'An institution by id; null when there is none.' })
  async institution(
    @Arg('id', () => ID, { description: 'Kebab-case English id, e.g. "prosecutor-general".' }) id: string,
  ): Promise<Institution | null> {
    const node = await this.institutions.find(id);
    return node instanceof Institution ? node : null;
  }

  @Query(() => Node, { nullable: true, description: 'Anything in the graph by id (institution, branch, act).' })
  node(@Arg('id', () => ID, { description: 'Kebab-case English id, e.g. "judicial".' }) id: string): Promise<Node | null> {
    return this.institutions.find(id);
  }

  @FieldResolver(() => Branch, { nullable: true, description: 'The branch or power centre it belongs to.' })
  async branch(@Root() institution: Institution): Promise<Branch | null> {
    return institution.branchId ? ((await this.institutions.find(institution.branchId)) as Branch | null) : null;
  }

  @FieldResolver(() => [Relation], { description: 'Its relations as of the date (today when omitted).' })
  relations(
    @Root() institution: Institution,
    @Arg('direction', () => RelationDirection, { defaultValue: 'both', description: 'Which way the relations point.' })
    direction: Direction,
    @Arg('types', () => [RelationType], { nullable: true, description: 'Only these types; all when omitted.' }) types?: string[],
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'As of this date; today when omitted.' }) asOf?: string,
  ): Promise<Relation[]> {
    return this.institutions.relationsOf(institution.id, { direction, types, asOf });
  }

  @FieldResolver(() => [Appointment], { description: 'Who appoints it, as of the date (today when omitted).' })
  appointedBy(
    @Root() institution: Institution,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'As of this date; today when omitted.' }) asOf?: string,
  ): Promise<Appointment[]> {
    return this.appointments.whoAppoints(institution.id, asOf);
  }

  @FieldResolver(() => [Appointment], { description: 'Whom it appoints, as of the date (today when omitted).' })
  appoints(
    @Root() institution: Institution,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'As of this date; today when omitted.' }) asOf?: string,
  ): Promise<Appointment[]> {
    return this.appointments.appointees(institution.id, asOf);
  }

  @FieldResolver(() => [Mention], {
    description: 'Where the source documents name it (by a name, an alias or an inflected form), by document and offset.',
  })
  mentions(@Root() institution: Institution): Promise<Mention[]> {
    return this.mentionService.ofEntity(institution.id);
  }
}

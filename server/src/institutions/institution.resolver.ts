import { Arg, FieldResolver, ID, Query, registerEnumType, Resolver, Root } from 'type-graphql';
import type { AppointmentService } from '../appointments/appointment.service';
import { Appointment } from '../graphql/appointment.type';
import { RelationType } from '../graphql/kinds';
import { Branch, Institution, Node } from '../graphql/node.type';
import { Relation } from '../graphql/relation.type';
import { DateScalar } from '../graphql/scalars';
import type { Direction, InstitutionService } from './institution.service';

export const RelationDirection = { OUT: 'out', IN: 'in', BOTH: 'both' } as const satisfies Record<string, Direction>;
registerEnumType(RelationDirection, {
  name: 'RelationDirection',
  description: 'OUT: relations it holds over others; IN: relations others hold over it; BOTH.',
});

@Resolver(() => Institution)
export class InstitutionResolver {
  constructor(
    private readonly institutions: InstitutionService,
    private readonly appointments: AppointmentService,
  ) {}

  @Query(() => Institution, { nullable: true, description: 'An institution by id; null when there is none.' })
  async institution(@Arg('id', () => ID) id: string): Promise<Institution | null> {
    const node = await this.institutions.find(id);
    return node instanceof Institution ? node : null;
  }

  @Query(() => Node, { nullable: true, description: 'Anything in the graph by id (institution, branch, act).' })
  node(@Arg('id', () => ID) id: string): Promise<Node | null> {
    return this.institutions.find(id);
  }

  @FieldResolver(() => Branch, { nullable: true, description: 'The branch or power centre it belongs to.' })
  async branch(@Root() institution: Institution): Promise<Branch | null> {
    return institution.branchId ? ((await this.institutions.find(institution.branchId)) as Branch | null) : null;
  }

  @FieldResolver(() => [Relation], { description: 'Its relations as of the date (today when omitted).' })
  relations(
    @Root() institution: Institution,
    @Arg('direction', () => RelationDirection, { defaultValue: 'both' }) direction: Direction,
    @Arg('types', () => [RelationType], { nullable: true }) types?: string[],
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf?: string,
  ): Promise<Relation[]> {
    return this.institutions.relationsOf(institution.id, { direction, types, asOf });
  }

  @FieldResolver(() => [Appointment], { description: 'Who appoints it, as of the date (today when omitted).' })
  appointedBy(@Root() institution: Institution, @Arg('asOf', () => DateScalar, { nullable: true }) asOf?: string): Promise<Appointment[]> {
    return this.appointments.whoAppoints(institution.id, asOf);
  }

  @FieldResolver(() => [Appointment], { description: 'Whom it appoints, as of the date (today when omitted).' })
  appoints(@Root() institution: Institution, @Arg('asOf', () => DateScalar, { nullable: true }) asOf?: string): Promise<Appointment[]> {
    return this.appointments.appointees(institution.id, asOf);
  }
}

import { Arg, ID, Query, Resolver } from 'type-graphql';
import { Appointment } from '../graphql/appointment.type';
import { DateScalar } from '../graphql/scalars';
import type { AppointmentService } from './appointment.service';

@Resolver(() => Appointment)
export class AppointmentResolver {
  constructor(private readonly appointments: AppointmentService) {}

  @Query(() => [Appointment], {
    description:
      'Who appoints the institution `id`, with whose consent, on whose nomination, for how long, on what basis; as of `asOf` (today when omitted).',
  })
  whoAppoints(
    @Arg('id', () => ID, { description: 'The appointee, e.g. "prosecutor-general".' }) id: string,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'As of this date; today when omitted.' }) asOf?: string,
  ): Promise<Appointment[]> {
    return this.appointments.whoAppoints(id, asOf);
  }

  @Query(() => [Appointment], { description: 'Whom the institution `id` appoints, as of `asOf` (today when omitted).' })
  appointees(
    @Arg('id', () => ID, { description: 'The appointer, e.g. "president".' }) id: string,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'As of this date; today when omitted.' }) asOf?: string,
  ): Promise<Appointment[]> {
    return this.appointments.appointees(id, asOf);
  }
}

import { Arg, ID, Query, Resolver } from 'type-graphql';
import { Appointment, AppointmentChain } from '../graphql/appointment.type';
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

  @Query(() => AppointmentChain, {
    description:
      "Who appoints the institution `id`, who appoints them, and so on up to whoever nobody appoints, as of `asOf` (today when omitted): every appointer of every link, not only the first, each with whose consent, on whose nomination, for how long, on what basis. Each appointer is walked once, at its nearest level (a cycle ends there). At most the server's maxAppointmentChainLevels levels (8 by default) and maxAppointmentChainLinks appointments (200 by default): `truncated` says when the chain goes on.",
  })
  appointmentChain(
    @Arg('id', () => ID, { description: 'Where the chain starts, e.g. "district-prosecutor".' }) id: string,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'As of this date; today when omitted.' }) asOf?: string,
  ): Promise<AppointmentChain> {
    return this.appointments.chain(id, asOf);
  }
}

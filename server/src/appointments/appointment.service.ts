import type { Clock } from '../clock';
import { NotFoundError } from '../errors';
import type { RelationRecord } from '../graph/graph.records';
import type { Loaders } from '../graph/graph.loaders';
import type { GraphRepository } from '../graph/graph.repository';
import { Appointment } from '../graphql/appointment.type';
import { toLegalBasis, toRelation, toSources, toTerm } from '../graphql/relation.type';
import type { InstitutionService } from '../institutions/institution.service';
import { suggestIds } from '../search/suggestions';

/**
 * What an appointment is: an `appoints` relation valid on the date, with the consents,
 * nominations and recommendations it names, and whoever holds a `dismisses` relation over the appointee on that date.
 */
export class AppointmentService {
  constructor(
    private readonly repository: GraphRepository,
    private readonly loaders: Loaders,
    private readonly institutions: InstitutionService,
    private readonly clock: Clock,
  ) {}

  /** Who appoints `id` as of the date (today when omitted). */
  async whoAppoints(id: string, asOf?: string): Promise<Appointment[]> {
    const date = asOf ?? this.clock.today();
    await this.requireEntity(id);
    const appointments = await this.loaders.relationsTo.load({ id, types: ['appoints'], asOf: date });
    return Promise.all(appointments.map((relation) => this.toAppointment(relation, date)));
  }

  /** Whom `id` appoints as of the date (today when omitted). */
  async appointees(id: string, asOf?: string): Promise<Appointment[]> {
    const date = asOf ?? this.clock.today();
    await this.requireEntity(id);
    const appointments = await this.loaders.relationsFrom.load({ id, types: ['appoints'], asOf: date });
    return Promise.all(appointments.map((relation) => this.toAppointment(relation, date)));
  }

  private async requireEntity(id: string): Promise<void> {
    if (!(await this.institutions.find(id))) throw new NotFoundError('institution', id, await suggestIds(this.repository, this.clock.today(), id));
  }

  private async toAppointment(relation: RelationRecord, asOf: string): Promise<Appointment> {
    const dismissals = await this.loaders.relationsTo.load({ id: relation.toId, types: ['dismisses'], asOf });
    const [[appointer, appointee], consentOf, nominatedBy, recommendedBy, dismissedBy] = await Promise.all([
      this.institutions.findMany([relation.fromId, relation.toId]),
      this.institutions.findMany(relation.consentOfIds),
      this.institutions.findMany(relation.nominatedByIds),
      this.institutions.findMany(relation.recommendedByIds),
      this.institutions.findMany([...new Set(dismissals.map((dismissal) => dismissal.fromId))]),
    ]);
    return Object.assign(new Appointment(), {
      appointer,
      appointee,
      consentOf,
      nominatedBy,
      recommendedBy,
      dismissedBy,
      term: toTerm(relation.termYears, relation.termSingle),
      validFrom: relation.validFrom,
      validTo: relation.validTo,
      legalBasis: toLegalBasis(relation.sources),
      sources: toSources(relation.sources),
      relation: toRelation(relation),
    });
  }
}

import type { KindMeanings } from '../../../ontology/src';
import type { Clock } from '../clock';
import type { RelationRecord } from '../graph/graph.records';
import type { Loaders } from '../graph/graph.loaders';
import { Appointment } from '../graphql/appointment.type';
import { toLegalBasis, toRelation, toSources, toTerm } from '../graphql/relation.type';
import type { InstitutionService } from '../institutions/institution.service';

/**
 * What an appointment is: a relation of an appointment kind (kinds.yaml's `appointment`) valid on
 * the date, with the consents, nominations and recommendations it names, and whoever holds a
 * dismissal (`removal: dismissal`) over the appointee on that date.
 */
export class AppointmentService {
  constructor(
    private readonly loaders: Loaders,
    private readonly institutions: InstitutionService,
    private readonly clock: Clock,
    /** Which relation kinds appoint, and which dismiss. */
    private readonly meanings: KindMeanings,
  ) {}

  /** Who appoints `id` as of the date (today when omitted). */
  async whoAppoints(id: string, asOf?: string): Promise<Appointment[]> {
    const date = asOf ?? this.clock.today();
    await this.institutions.require(id);
    const appointments = await this.loaders.relationsTo.load({ id, types: this.meanings.appointments, asOf: date });
    return Promise.all(appointments.map((relation) => this.toAppointment(relation, date)));
  }

  /** Whom `id` appoints as of the date (today when omitted). */
  async appointees(id: string, asOf?: string): Promise<Appointment[]> {
    const date = asOf ?? this.clock.today();
    await this.institutions.require(id);
    const appointments = await this.loaders.relationsFrom.load({ id, types: this.meanings.appointments, asOf: date });
    return Promise.all(appointments.map((relation) => this.toAppointment(relation, date)));
  }

  private async toAppointment(relation: RelationRecord, asOf: string): Promise<Appointment> {
    const dismissals = await this.loaders.relationsTo.load({ id: relation.toId, types: this.meanings.dismissals, asOf });
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

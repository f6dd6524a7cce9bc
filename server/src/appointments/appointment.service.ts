import type { KindMeanings } from '../../../ontology/src';
import type { Clock } from '../clock';
import type { Limits } from '../config';
import type { RelationRecord } from '../graph/graph.records';
import type { Loaders } from '../graph/graph.loaders';
import { Appointment, AppointmentChain, ChainLink } from '../graphql/appointment.type';
import { toLegalBasis, toRelation, toSources, toTerm } from '../graphql/relation.type';
import type { InstitutionService } from '../institutions/institution.service';
import type { AppointmentRepository } from './appointment.repository';

/**
 * What an appointment is: a relation of an appointment kind (kinds.yaml's `appointment`) valid on
 * the date, with the consents, nominations and recommendations it names, and whoever holds a
 * dismissal (`removal: dismissal`) over the appointee on that date. The chain of an institution is
 * its appointments, its appointers' appointments, and so on up to whoever nobody appoints: every
 * appointer of every link, each appointer walked once, at its nearest level.
 */
export class AppointmentService {
  constructor(
    private readonly loaders: Loaders,
    private readonly institutions: InstitutionService,
    private readonly repository: AppointmentRepository,
    private readonly clock: Clock,
    private readonly limits: Limits,
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

  /**
   * Who appoints `id`, who appoints them, and so on up, as of the date (today when omitted), at
   * most `limits.maxAppointmentChainLevels` levels and `limits.maxAppointmentChainLinks`
   * appointments, the nearest first (`truncated` says when the chain goes on).
   */
  async chain(id: string, asOf?: string): Promise<AppointmentChain> {
    const date = asOf ?? this.clock.today();
    const institution = await this.institutions.require(id);
    const { maxAppointmentChainLevels: maxLevels, maxAppointmentChainLinks: maxLinks } = this.limits;
    // One link more than there is room for, and the level past the last, tell whether the chain is cut.
    const found =
      this.meanings.appointments.length === 0
        ? []
        : await this.repository.findChain({ id, asOf: date, types: this.meanings.appointments, maxLevels, limit: maxLinks + 1 });
    const kept = found.filter((link) => link.level <= maxLevels).slice(0, maxLinks);
    const links = await Promise.all(
      kept.map(async (link) => Object.assign(new ChainLink(), await this.toAppointment(link.relation, date), { level: link.level })),
    );
    return Object.assign(new AppointmentChain(), { institution, asOf: date, links, truncated: found.length > kept.length });
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

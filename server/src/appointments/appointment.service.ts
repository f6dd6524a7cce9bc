import type { KindMeanings } from '../../../ontology/src';
import type { Clock } from '../clock';
import type { Limits } from '../config';
import type { RelationRecord } from '../graph/graph.records';
import type { Loaders } from '../graph/graph.loaders';
import { Appointment, AppointmentChain, ChainLink } from '../graphql/appointment.type';
import { toLegalBasis, toRelation, toSources, toTerm } from '../graphql/relation.type';
import type { InstitutionService } from '../institutions/institution.service';
import DataLoader from 'dataloader';
import type { AppointmentRepository, AppointmentsFound } from './appointment.repository';

/** One institution's appointments on a date: into it (`to`) or from it (`from`). */
interface AppointmentsKey {
  side: 'to' | 'from';
  id: string;
  asOf: string;
}

/** The institutions asking on the same side and date are read in one query. */
const groupOf = (key: AppointmentsKey) => `${key.side}|${key.asOf}`;
const keyOf = (key: AppointmentsKey) => `${groupOf(key)}|${key.id}`;

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
    return this.appointmentsAt('to', id, asOf ?? this.clock.today());
  }

  /** Whom `id` appoints as of the date (today when omitted). */
  async appointees(id: string, asOf?: string): Promise<Appointment[]> {
    return this.appointmentsAt('from', id, asOf ?? this.clock.today());
  }

  /**
   * The appointments into or from `id`. The institutions of one request that ask on the same side
   * and date are read together, in one query; the request's loaders are handed what it read, so
   * that building the answers, and the fields asked of them, read nothing more.
   */
  private async appointmentsAt(side: 'to' | 'from', id: string, asOf: string): Promise<Appointment[]> {
    if (this.meanings.appointments.length === 0) {
      await this.institutions.require(id);
      return [];
    }
    const found = await this.appointmentsFound.load({ side, id, asOf });
    // Missing: the graph has no such institution, which require says, with the nearest ids.
    if (!found) await this.institutions.require(id);
    return Promise.all((found?.appointments ?? []).map((relation) => this.toAppointment(relation, asOf)));
  }

  private readonly appointmentsFound = new DataLoader<AppointmentsKey, AppointmentsFound | null, string>(
    (keys) => this.findAppointments(keys),
    { cacheKeyFn: keyOf },
  );

  private async findAppointments(keys: readonly AppointmentsKey[]): Promise<(AppointmentsFound | null)[]> {
    const { appointments: types, dismissals: dismissalTypes } = this.meanings;
    const groups = new Map<string, AppointmentsKey[]>();
    for (const key of keys) groups.set(groupOf(key), [...(groups.get(groupOf(key)) ?? []), key]);
    const found = new Map<string, AppointmentsFound>();
    await Promise.all(
      [...groups.values()].map(async (members) => {
        const { side, asOf } = members[0];
        const ids = members.map((member) => member.id);
        for (const [id, appointments] of await this.repository.findAppointments({ ids, side, asOf, types, dismissalTypes })) {
          found.set(keyOf({ side, asOf, id }), appointments);
          this.prime(side, asOf, appointments);
        }
      }),
    );
    return keys.map((key) => found.get(keyOf(key)) ?? null);
  }

  /** Hands what a query read to the request's loaders. */
  private prime(side: 'to' | 'from', asOf: string, found: AppointmentsFound): void {
    const { appointments: types, dismissals: dismissalTypes } = this.meanings;
    this.institutions.prime([found.institution, ...found.entities]);
    (side === 'to' ? this.loaders.relationsTo : this.loaders.relationsFrom).prime(
      { id: found.institution.id, types, asOf },
      found.appointments,
    );
    for (const appointee of new Set(found.appointments.map((relation) => relation.toId))) {
      const dismissals = found.dismissals.filter((relation) => relation.toId === appointee);
      this.loaders.relationsTo.prime({ id: appointee, types: dismissalTypes, asOf }, dismissals);
    }
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

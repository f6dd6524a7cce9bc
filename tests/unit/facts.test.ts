import { loadOntology, type Relation } from '../../ontology/src';

/**
 * Facts a law student would check, each written from the sources (seed document or article), asked
 * of the ontology as of a date the way the API asks the graph.
 */
const ontology = loadOntology();
const entityIds = new Set(ontology.entities.map((entity) => entity.id));
const entityDates = new Map(ontology.entities.map((entity) => [entity.id, entity]));

const holdsOn = (item: { validFrom: string; validTo?: string }, date: string) =>
  item.validFrom <= date && (!item.validTo || date <= item.validTo);

function relationsOn(date: string, type: string, query: { from?: string; to?: string } = {}): Relation[] {
  return ontology.relations.filter(
    (relation) =>
      relation.type === type &&
      (!query.from || relation.from === query.from) &&
      (!query.to || relation.to === query.to) &&
      holdsOn(relation, date) &&
      holdsOn(entityDates.get(relation.from)!, date) &&
      holdsOn(entityDates.get(relation.to)!, date),
  );
}

function appointmentOf(id: string, date: string) {
  return relationsOn(date, 'appoints', { to: id }).map((relation) => ({
    appointer: relation.from,
    consentOf: relation.consentOf ?? [],
    nominatedBy: relation.nominatedBy ?? [],
    termYears: relation.term?.years,
  }));
}

const citesDocument = (relation: Relation, documentId: string) =>
  relation.sources.some((source) => source.kind === 'passage' && source.document.startsWith(documentId));

describe('appointments, as the sources state them', () => {
  it("002: in 2010 the President appoints the Prosecutor General for five years, with the Senate's consent", () => {
    expect(appointmentOf('prosecutor-general', '2010-01-01')).toEqual([
      { appointer: 'president', consentOf: ['senate'], nominatedBy: [], termYears: 5 },
    ]);
    expect(relationsOn('2010-01-01', 'dismisses', { to: 'prosecutor-general' }).map((relation) => relation.from)).toEqual(['president']);
  });

  it("002: the President appoints the deputies on the Prosecutor General's nomination", () => {
    for (const deputy of ['first-deputy-prosecutor-general', 'deputy-prosecutor-general']) {
      expect(appointmentOf(deputy, '2010-01-01')).toEqual([
        { appointer: 'president', consentOf: [], nominatedBy: ['prosecutor-general'], termYears: undefined },
      ]);
    }
  });

  it("002: the Prosecutor General appoints regional prosecutors with the President's consent, and district prosecutors, for five years", () => {
    expect(appointmentOf('regional-prosecutor', '2010-01-01')).toEqual([
      { appointer: 'prosecutor-general', consentOf: ['president'], nominatedBy: [], termYears: 5 },
    ]);
    expect(appointmentOf('district-prosecutor', '2010-01-01')).toEqual([
      { appointer: 'prosecutor-general', consentOf: [], nominatedBy: [], termYears: 5 },
    ]);
  });

  it("the Prime Minister's appointment needs the Mazhilis's consent in 2010 and the Kurultai's on 1 November 2026", () => {
    expect(appointmentOf('prime-minister', '2010-01-01').map((appointment) => [appointment.appointer, appointment.consentOf])).toEqual([
      ['president', ['mazhilis']],
    ]);
    expect(appointmentOf('prime-minister', '2026-11-01').map((appointment) => [appointment.appointer, appointment.consentOf])).toEqual([
      ['president', ['kurultai']],
    ]);
  });

  it("under the 2026 Constitution the President appoints the Vice President with the Kurultai's consent", () => {
    expect(appointmentOf('vice-president', '2026-11-01').map((appointment) => [appointment.appointer, appointment.consentOf])).toEqual([
      ['president', ['kurultai']],
    ]);
    expect(appointmentOf('vice-president', '2020-01-01')).toEqual([]);
  });
});

describe('elections, accountability and checks', () => {
  it('004: the people elect the President, for five years in 2015 and for a single seven-year term in 2024', () => {
    const elections = (date: string) => relationsOn(date, 'elects', { from: 'people', to: 'president' });
    expect(elections('2015-12-01').map((relation) => relation.term?.years ?? relation.id)).toHaveLength(1);
    expect(elections('2015-12-01').some((relation) => citesDocument(relation, '004'))).toBe(true);
    expect(elections('2024-01-01')).toHaveLength(1);
  });

  it('002, 003, 001: the prosecution reports to the President alone, and stands outside the three branches', () => {
    const reports = relationsOn('2010-01-01', 'reports-to', { from: 'prosecutors-office' });
    expect(reports.map((relation) => relation.to)).toEqual(['president']);
    for (const documentId of ['001', '002', '003']) expect(citesDocument(reports[0], documentId)).toBe(true);
    expect(entityDates.get('prosecutors-office')!.branch).toBe('prosecutorial');
  });

  it("002: the Prosecutor General heads the General Prosecutor's Office and sits on the Supreme Judicial Council; the Senate must consent before he is arrested or prosecuted", () => {
    expect(relationsOn('2010-01-01', 'heads', { from: 'prosecutor-general', to: 'general-prosecutors-office' })).toHaveLength(1);
    expect(relationsOn('2010-01-01', 'member-of', { from: 'prosecutor-general', to: 'supreme-judicial-council' })).toHaveLength(1);
    expect(relationsOn('2010-01-01', 'lifts-immunity-of', { from: 'senate', to: 'prosecutor-general' })).toHaveLength(1);
  });

  it('003: the prosecution protests the acts of Parliament and represents the state in the courts', () => {
    expect(
      relationsOn('2010-01-01', 'protests-acts-of', { from: 'prosecutors-office', to: 'parliament' }).some((relation) =>
        citesDocument(relation, '003'),
      ),
    ).toBe(true);
    expect(relationsOn('2010-01-01', 'represents-state-in', { from: 'prosecutors-office' }).map((relation) => relation.to)).toEqual(
      expect.arrayContaining(['local-courts', 'supreme-court']),
    );
  });

  it('the President may dissolve the Mazhilis in 2010 and the Kurultai in 2026', () => {
    expect(relationsOn('2010-01-01', 'dissolves', { from: 'president' }).map((relation) => relation.to)).toContain('mazhilis');
    expect(relationsOn('2026-11-01', 'dissolves', { from: 'president' }).map((relation) => relation.to)).toContain('kurultai');
  });

  it("2026: the People's Council submits draft laws to the Kurultai", () => {
    expect(relationsOn('2026-11-01', 'initiates-legislation-in', { from: 'peoples-council', to: 'kurultai' })).toHaveLength(1);
  });
});

describe('the 2026 Constitution, from its text', () => {
  const TODAY = '2026-11-01';
  const restsOn2026 = (relation: Relation) =>
    relation.sources.some((source) => source.kind === 'legal-basis' && source.act === 'constitution-2026');
  const appointment2026 = (id: string) =>
    relationsOn(TODAY, 'appoints', { to: id }).map((relation) => ({
      appointer: relation.from,
      consentOf: relation.consentOf ?? [],
      nominatedBy: relation.nominatedBy ?? [],
      recommendedBy: relation.recommendedBy ?? [],
      term: relation.term,
    }));

  it("84(3), 46(5): the President alone appoints the Prosecutor General, for six years, once only; in 2010 it took the Senate's consent and five years", () => {
    expect(appointment2026('prosecutor-general')).toEqual([
      { appointer: 'president', consentOf: [], nominatedBy: [], recommendedBy: [], term: { years: 6, singleTerm: true } },
    ]);
    expect(appointmentOf('prosecutor-general', '2010-01-01')).toEqual([
      { appointer: 'president', consentOf: ['senate'], nominatedBy: [], termYears: 5 },
    ]);
    expect(relationsOn(TODAY, 'dismisses', { to: 'prosecutor-general' }).map((relation) => relation.from)).toEqual(['president']);
    expect(relationsOn(TODAY, 'lifts-immunity-of', { to: 'prosecutor-general' }).map((relation) => relation.from)).toEqual(['president']);
    expect(relationsOn(TODAY, 'reports-to', { from: 'prosecutors-office' }).map((relation) => relation.to)).toEqual(['president']);
  });

  it('as of 1 November 2026 the President appoints every post the text makes him appoint (art. 46(2), (4)-(9), 72(3)-(4), 83, 85(2), 89(4)), and no other on its basis', () => {
    const appointees = relationsOn(TODAY, 'appoints', { from: 'president' })
      .filter(restsOn2026)
      .map((relation) => relation.to);
    expect(new Set(appointees)).toEqual(
      new Set([
        'vice-president',
        'prime-minister',
        'government-member',
        'chair-of-constitutional-court',
        'chair-of-supreme-court',
        'chair-of-national-bank',
        'prosecutor-general',
        'chair-of-national-security-committee',
        'chair-of-central-election-commission',
        'chair-of-supreme-audit-chamber',
        'chair-of-supreme-judicial-council',
        'head-of-state-guard-service',
        'human-rights-commissioner',
        'heads-of-presidential-state-bodies',
        'heads-of-diplomatic-missions',
        'armed-forces-high-command',
        'constitutional-court-judge',
        'central-election-commission-member',
        'supreme-audit-chamber-member',
        'deputy-chair-of-constitutional-court',
        'local-courts',
        'regional-akim',
      ]),
    );
    expect(appointees).toHaveLength(22);
  });

  it("the Kurultai consents, by a majority of all its deputies, only to the Vice President, the Prime Minister, the Constitutional Court's judges and the members of the Election Commission and the Audit Chamber (46(2), (4), (8))", () => {
    const withConsent = relationsOn(TODAY, 'appoints').filter((relation) => relation.consentOf?.includes('kurultai'));
    expect(new Set(withConsent.map((relation) => relation.to))).toEqual(
      new Set([
        'vice-president',
        'prime-minister',
        'constitutional-court-judge',
        'central-election-commission-member',
        'supreme-audit-chamber-member',
      ]),
    );
    for (const relation of withConsent) expect(relation.majority?.ru).toBe('большинством голосов от общего числа депутатов Курултая');
    expect(appointment2026('regional-akim')).toEqual([expect.objectContaining({ appointer: 'president', consentOf: ['maslikhats'] })]);
  });

  it('terms and recommendations as the text sets them (72(2)-(4), 83(1)-(2), 46(8), 43(1))', () => {
    expect(appointment2026('chair-of-supreme-court')).toEqual([
      {
        appointer: 'president',
        consentOf: [],
        nominatedBy: [],
        recommendedBy: ['supreme-judicial-council'],
        term: { years: 6, singleTerm: true },
      },
    ]);
    expect(appointment2026('chair-of-constitutional-court')[0].term).toEqual({ years: 8, singleTerm: true });
    expect(appointment2026('constitutional-court-judge')[0].term).toEqual({ years: 8, singleTerm: true });
    expect(appointment2026('central-election-commission-member')[0].term).toEqual({ years: 5 });
    expect(appointment2026('local-courts')[0].recommendedBy).toEqual(['supreme-judicial-council']);
    expect(relationsOn(TODAY, 'elects', { from: 'people', to: 'president' }).map((relation) => relation.term)).toEqual([
      { years: 7, singleTerm: true },
    ]);
    expect(relationsOn(TODAY, 'elects', { to: 'supreme-court' }).map((relation) => relation.from)).toEqual(['kurultai']);
  });

  it('on 1 July 2026 the Human Rights Commissioner passed from election by the Senate to appointment by the President, whose consent now lifts the immunity', () => {
    expect(relationsOn('2026-06-30', 'elects', { to: 'human-rights-commissioner' }).map((relation) => relation.from)).toEqual(['senate']);
    expect(appointment2026('human-rights-commissioner').map((appointment) => appointment.appointer)).toEqual(['president']);
    expect(relationsOn(TODAY, 'lifts-immunity-of', { to: 'human-rights-commissioner' }).map((relation) => relation.from)).toEqual([
      'president',
    ]);
  });

  it('51(1): the Vice President, then the Chair of the Kurultai, then the Prime Minister take over from the President', () => {
    expect(new Set(relationsOn(TODAY, 'takes-over-from', { to: 'president' }).map((relation) => relation.from))).toEqual(
      new Set(['vice-president', 'chair-of-kurultai', 'prime-minister']),
    );
  });

  it('the President and the Kurultai can remove the Government; the Kurultai by a vote of no confidence (56(13), 69(7))', () => {
    expect(relationsOn(TODAY, 'dismisses', { to: 'government' }).map((relation) => relation.from)).toEqual(['president']);
    expect(relationsOn(TODAY, 'no-confidence-in', { to: 'government' }).map((relation) => relation.from)).toEqual(['kurultai']);
  });

  it('every constitutional source of the 2026 order names one provision and quotes it', () => {
    const bases = ontology.relations
      .filter((relation) => !relation.derivedFrom)
      .flatMap((relation) => relation.sources.filter((source) => source.kind === 'legal-basis' && source.act === 'constitution-2026'));
    expect(bases.length).toBeGreaterThan(100);
    for (const basis of bases)
      expect(basis).toMatchObject({ wording: expect.any(String), url: expect.stringMatching(/^https:\/\/adilet\.zan\.kz\//) });
  });
});

describe('courts (004)', () => {
  it("a complaint climbs from the first instance to the appellate instance, the cassation board and the Supreme Court's supervisory board", () => {
    const next = (court: string) => relationsOn('2010-01-01', 'appeals-to', { from: court }).map((relation) => relation.to);
    expect(next('court-of-first-instance')).toEqual(['appellate-instance']);
    expect(next('appellate-instance')).toEqual(['cassation-board']);
    expect(next('cassation-board')).toEqual(['supervisory-board']);
    expect(relationsOn('2010-01-01', 'part-of', { from: 'supervisory-board', to: 'supreme-court' })).toHaveLength(1);
  });
});

describe('history (001) and succession', () => {
  it('the Kazakh SSR prosecutor was subordinate to the USSR Prosecutor, and was succeeded by the Prosecutor General', () => {
    expect(relationsOn('1950-01-01', 'subordinate-to', { from: 'kazakh-ssr-prosecutor', to: 'ussr-prosecutor' })).toHaveLength(1);
    const succession = ontology.relations.filter(
      (relation) => relation.type === 'succeeded-by' && relation.from === 'kazakh-ssr-prosecutor',
    );
    expect(succession.map((relation) => relation.to)).toEqual(['prosecutor-general']);
  });

  it("in 1922 the prosecution was set up within the People's Commissariat of Justice", () => {
    expect(
      relationsOn('1923-01-01', 'part-of', { from: 'kazakh-state-prosecution-1922', to: 'peoples-commissariat-of-justice' }),
    ).toHaveLength(1);
  });

  it('the Russian prosecution of 1722 was modelled on the French one of 1302', () => {
    expect(
      ontology.relations.some(
        (relation) =>
          relation.type === 'modelled-on' && relation.from === 'russian-imperial-prosecution' && relation.to === 'french-royal-prosecution',
      ),
    ).toBe(true);
    expect(relationsOn('1302-03-25', 'established-by', { from: 'french-royal-prosecution' }).map((relation) => relation.to)).toEqual([
      'ordonnance-1302',
    ]);
  });

  it('bodies that ceased are linked to their successors', () => {
    const successors = Object.fromEntries(
      ontology.relations.filter((relation) => relation.type === 'succeeded-by').map((relation) => [relation.from, relation.to]),
    );
    expect(successors).toMatchObject({
      parliament: 'kurultai',
      'constitutional-council': 'constitutional-court',
      'constitution-1995': 'constitution-2026',
    });
    for (const ceased of ['senate', 'mazhilis', 'parliament', 'constitutional-council'])
      expect(entityDates.get(ceased)!.validTo).toBeDefined();
  });

  it("000: the Legal Policy Concept 2010–2020 was approved by the President's decree of 24 August 2009", () => {
    expect(relationsOn('2010-01-01', 'established-by', { from: 'legal-policy-concept-2010-2020' }).map((relation) => relation.to)).toEqual([
      'presidential-decree-2009-08-24',
    ]);
  });
});

describe('size of the knowledge base', () => {
  it('holds at least 80 entities and 200 relations', () => {
    expect(entityIds.size).toBeGreaterThanOrEqual(80);
    expect(ontology.relations.filter((relation) => !relation.derivedFrom).length).toBeGreaterThanOrEqual(200);
  });
});

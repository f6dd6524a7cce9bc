import type { Driver } from 'neo4j-driver';
import { seedGraph } from '../../graph-seed/src/seedGraph';
import { hashOntology, loadOntology, type Ontology } from '../../ontology/src';
import { AppointmentRepository, type ChainLinkRecord, type ChainQuery } from '../../server/src/appointments/appointment.repository';
import { ReadExecutor } from '../../server/src/database/executor';
import { ontologyMeanings } from '../../server/src/graphql/kinds';
import { InMemoryAppointmentRepository, InMemoryGraphRepository } from '../support/inMemoryGraph';
import { driverRestoringTheGraph, postGraphQL, startTestApp, TEST_DATABASE, testDriver, type RunningApp } from '../support/testApp';

interface ChainAnswer {
  appointmentChain: {
    institution: { id: string };
    asOf: string;
    truncated: boolean;
    links: { level: number; appointer: { id: string }; appointee: { id: string }; consentOf: { id: string }[]; relation: { id: string } }[];
  };
}

const CHAIN = `query ($id: ID!, $asOf: Date) {
  appointmentChain(id: $id, asOf: $asOf) {
    institution { id } asOf truncated
    links { level appointer { id } appointee { id } consentOf { id } relation { id } }
  }
}`;

/** A link as `level appointer → appointee`, to compare chains at a glance. */
const step = (link: { level: number; appointer: { id: string }; appointee: { id: string } }) =>
  `${link.level} ${link.appointer.id} → ${link.appointee.id}`;
const recordStep = (link: ChainLinkRecord) => `${link.level} ${link.relation.fromId} → ${link.relation.toId}`;

const ontology = loadOntology();
const appointments = ontologyMeanings.appointments;

describe('appointmentChain over the real graph', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startTestApp({ clock: { today: () => '2026-11-21' } });
  });
  afterAll(() => app.close());

  it('answers in one request with every branch: all the appointers at one level, and theirs', async () => {
    const { data, errors } = await postGraphQL<ChainAnswer>(app.url, CHAIN, { id: 'constitutional-council', asOf: '2010-01-01' });
    expect(errors).toBeUndefined();
    expect(data!.appointmentChain.institution.id).toBe('constitutional-council');
    expect(data!.appointmentChain.truncated).toBe(false);
    // The President, reached at level 1 and again through the Senate, is walked once: nobody appoints him.
    expect(data!.appointmentChain.links.map(step)).toEqual([
      '1 mazhilis → constitutional-council',
      '1 president → constitutional-council',
      '1 senate → constitutional-council',
      '2 president → senate',
    ]);
  });

  it('goes up to whoever nobody appoints, with the consents each step needs', async () => {
    const { data } = await postGraphQL<ChainAnswer>(app.url, CHAIN, { id: 'district-prosecutor', asOf: '2010-01-01' });
    expect(data!.appointmentChain.links.map((link) => [step(link), link.consentOf.map((ref) => ref.id)])).toEqual([
      ['1 prosecutor-general → district-prosecutor', []],
      ['2 president → prosecutor-general', ['senate']],
    ]);
  });

  it('answers an empty chain for an institution nobody appoints, and NOT_FOUND for an unknown one', async () => {
    const top = await postGraphQL<ChainAnswer>(app.url, CHAIN, { id: 'president', asOf: '2010-01-01' });
    expect(top.data!.appointmentChain).toMatchObject({ links: [], truncated: false });
    const unknown = await postGraphQL<ChainAnswer>(app.url, CHAIN, { id: 'constitutional-councl' });
    expect(unknown.errors![0].extensions?.code).toBe('NOT_FOUND');
  });

  it.each([
    [
      'levels',
      { maxAppointmentChainLevels: 1 },
      ['1 mazhilis → constitutional-council', '1 president → constitutional-council', '1 senate → constitutional-council'],
    ],
    ['links', { maxAppointmentChainLinks: 2 }, ['1 mazhilis → constitutional-council', '1 president → constitutional-council']],
  ])("stops at the server's bound of %s and says that the chain goes on", async (_bound, limits, expected) => {
    const small = await startTestApp({ clock: { today: () => '2026-11-21' }, limits });
    try {
      const { data } = await postGraphQL<ChainAnswer>(small.url, CHAIN, { id: 'constitutional-council', asOf: '2010-01-01' });
      expect(data!.appointmentChain.links.map(step)).toEqual(expected);
      expect(data!.appointmentChain.truncated).toBe(true);
    } finally {
      await small.close();
    }
  });
});

/**
 * The chain's Cypher and its in-memory equivalent (the fast tier's) walk the same chains: for
 * every institution appointed on a date, with the default bounds and with tight ones.
 */
async function expectSameChains(neo4j: AppointmentRepository, graph: Ontology, dates: string[]) {
  const memory = new InMemoryAppointmentRepository(new InMemoryGraphRepository(graph));
  for (const asOf of dates) {
    const appointees = [
      ...new Set(graph.relations.filter((relation) => appointments.includes(relation.type)).map((relation) => relation.to)),
    ];
    for (const id of appointees)
      for (const bounds of [
        { maxLevels: 8, limit: 201 },
        { maxLevels: 1, limit: 2 },
      ]) {
        const query: ChainQuery = { id, asOf, types: appointments, ...bounds };
        const [inNeo4j, inMemory] = await Promise.all([neo4j.findChain(query), memory.findChain(query)]);
        expect({ query, chain: inNeo4j.map(recordStep) }).toEqual({ query, chain: inMemory.map(recordStep) });
      }
  }
}

describe('the chain in Neo4j and in memory', () => {
  let driver: Driver;
  beforeAll(() => {
    driver = testDriver();
  });
  afterAll(() => driver.close());

  it('is the same for every institution appointed, on the days the order of appointments changed', async () => {
    await expectSameChains(new AppointmentRepository(new ReadExecutor(driver, TEST_DATABASE)), ontology, [
      '1996-01-01',
      '2010-01-01',
      '2023-03-18',
      '2026-11-21',
    ]);
  });
});

describe('a cycle of appointments', () => {
  const driver = driverRestoringTheGraph();
  // Not the law: the Senate made to appoint the President, so that the chain of the Constitutional
  // Council in 2010 runs President → Senate → President.
  const presidentAppointsSenate = ontology.relations.find((relation) => relation.id === 'president-appoints-senate-deputies-2007')!;
  const content = {
    ...ontology,
    relations: [
      ...ontology.relations,
      { ...presidentAppointsSenate, id: 'senate-appoints-president-cycle', from: 'senate', to: 'president' },
    ],
  };
  const cyclic: Ontology = { ...content, version: hashOntology(content) };
  let neo4j: AppointmentRepository;
  beforeAll(async () => {
    await seedGraph(driver(), TEST_DATABASE, cyclic);
    neo4j = new AppointmentRepository(new ReadExecutor(driver(), TEST_DATABASE));
  });

  it('walks each appointer once and lists the appointment that closes the cycle', async () => {
    const chain = await neo4j.findChain({
      id: 'constitutional-council',
      asOf: '2010-01-01',
      types: appointments,
      maxLevels: 8,
      limit: 201,
    });
    expect(chain.map(recordStep)).toEqual([
      '1 mazhilis → constitutional-council',
      '1 president → constitutional-council',
      '1 senate → constitutional-council',
      '2 senate → president',
      '2 president → senate',
    ]);
    const fromTheSenate = await neo4j.findChain({ id: 'senate', asOf: '2010-01-01', types: appointments, maxLevels: 8, limit: 201 });
    expect(fromTheSenate.map(recordStep)).toEqual(['1 president → senate', '2 senate → president']);
  });

  it('is walked the same in memory', async () => {
    await expectSameChains(neo4j, cyclic, ['2010-01-01']);
  });
});

import { postGraphQL, startTestApp, type RunningApp } from '../support/testApp';

const WHO_APPOINTS = `query ($id: ID!, $asOf: Date) {
  whoAppoints(id: $id, asOf: $asOf) {
    appointer { id name(lang: EN) }
    appointee { id }
    consentOf { id name(lang: RU) }
    nominatedBy { id }
    dismissedBy { id }
    term { years text(lang: EN) }
    validFrom validTo
    legalBasis { article act { id } }
    sources { kind documentId quote start end document { id title(lang: EN) } passage { text start } article act { id } }
  }
}`;

interface NamedNode {
  id: string;
  name?: string;
}

interface AppointmentAnswer {
  appointer: NamedNode;
  appointee: NamedNode;
  consentOf: NamedNode[];
  nominatedBy: NamedNode[];
  dismissedBy: NamedNode[];
  term: { years: number; text: string } | null;
  validFrom: string;
  validTo: string | null;
  legalBasis: { article: string; act: NamedNode }[];
  sources: {
    kind: string;
    documentId: string | null;
    quote: string | null;
    start: number | null;
    end: number | null;
    document: { id: string; title: string } | null;
    passage: { text: string; start: number } | null;
    article: string | null;
    act: NamedNode | null;
  }[];
}

describe('GraphQL API', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startTestApp({ clock: { today: () => '2026-11-21' } });
  });
  afterAll(() => app.close());

  it("answers who appointed the Prosecutor General in 2010: the President, with the Senate's consent, for five years, quoting seed 002", async () => {
    const { data, errors } = await postGraphQL<{ whoAppoints: AppointmentAnswer[] }>(app.url, WHO_APPOINTS, {
      id: 'prosecutor-general',
      asOf: '2010-01-01',
    });
    expect(errors).toBeUndefined();
    expect(data!.whoAppoints).toHaveLength(1);
    const [appointment] = data!.whoAppoints;
    expect(appointment.appointer).toEqual({ id: 'president', name: 'President of the Republic of Kazakhstan' });
    expect(appointment.appointee.id).toBe('prosecutor-general');
    expect(appointment.consentOf).toEqual([{ id: 'senate', name: 'Сенат' }]);
    expect(appointment.term).toEqual({ years: 5, text: '5 years' });
    expect(appointment.dismissedBy.map((node) => node.id)).toEqual(['president']);
    expect(appointment.legalBasis).toEqual([
      // One provision per basis (the wording test checks each in the 1995 text): appointment, the Senate's consent, the term.
      { article: '44(4)', act: { id: 'constitution-1995' } },
      { article: '55(2)', act: { id: 'constitution-1995' } },
      { article: '83(3)', act: { id: 'constitution-1995' } },
    ]);
    const passage = appointment.sources.find((source) => source.kind === 'PASSAGE')!;
    expect(passage).toMatchObject({
      documentId: '002_dedaa8bfc38399d5',
      quote: expect.stringContaining('Парламент сенатының келісімімен Республика Президенті бес жыл мерзімге қызметке тағайындайды'),
      document: { id: '002_dedaa8bfc38399d5' },
    });
    expect(passage.end! - passage.start!).toBeGreaterThan(50);
    // The sentence around the quote holds it, at the offsets the source gives.
    expect(passage.passage!.start).toBeLessThanOrEqual(passage.start!);
    expect(passage.passage!.start + passage.passage!.text.length).toBeGreaterThanOrEqual(passage.end!);
    expect(appointment.sources.find((source) => source.kind === 'LEGAL_BASIS')).toMatchObject({
      article: '44(4)',
      act: { id: 'constitution-1995' },
      quote: null,
    });
  });

  it("answers for the date asked: the Senate's consent ends with the 1995 order on 30 June 2026", async () => {
    const before = await postGraphQL<{ whoAppoints: AppointmentAnswer[] }>(app.url, WHO_APPOINTS, {
      id: 'prosecutor-general',
      asOf: '2026-06-30',
    });
    const after = await postGraphQL<{ whoAppoints: AppointmentAnswer[] }>(app.url, WHO_APPOINTS, {
      id: 'prosecutor-general',
      asOf: '2026-07-01',
    });
    expect(before.data!.whoAppoints.map((appointment) => appointment.consentOf.map((node) => node.id))).toEqual([['senate']]);
    expect(after.data!.whoAppoints.flatMap((appointment) => appointment.consentOf.map((node) => node.id))).not.toContain('senate');
  });

  it("answers whose consent the Prime Minister's appointment needs: the Mazhilis in 2010, the Kurultai on 1 November 2026", async () => {
    const consent = async (asOf: string) => {
      const { data } = await postGraphQL<{ whoAppoints: AppointmentAnswer[] }>(app.url, WHO_APPOINTS, { id: 'prime-minister', asOf });
      return data!.whoAppoints.map((appointment) => [appointment.appointer.id, appointment.consentOf.map((node) => node.id)]);
    };
    expect(await consent('2010-01-01')).toEqual([['president', ['mazhilis']]]);
    expect(await consent('2026-11-01')).toEqual([['president', ['kurultai']]]);
  });

  it('takes today (in Almaty) when no date is given', async () => {
    const implicit = await postGraphQL(app.url, WHO_APPOINTS, { id: 'prosecutor-general' });
    const explicit = await postGraphQL(app.url, WHO_APPOINTS, { id: 'prosecutor-general', asOf: '2026-11-21' });
    expect(implicit).toEqual(explicit);
  });

  it("names the nominator of a deputy: the President appoints on the Prosecutor General's nomination", async () => {
    const { data } = await postGraphQL<{ whoAppoints: AppointmentAnswer[] }>(app.url, WHO_APPOINTS, {
      id: 'deputy-prosecutor-general',
      asOf: '2010-01-01',
    });
    expect(data!.whoAppoints.map((appointment) => [appointment.appointer.id, appointment.nominatedBy.map((node) => node.id)])).toEqual([
      ['president', ['prosecutor-general']],
    ]);
  });

  it('returns an institution with its names in three languages, and null for an unknown id', async () => {
    const { data } = await postGraphQL<{ known: unknown; unknown: unknown }>(
      app.url,
      `{ known: institution(id: "senate") { id kind names { kk ru en } name(lang: KK) validFrom validTo branch { id } }
         unknown: institution(id: "no-such-body") { id } }`,
    );
    expect(data).toEqual({
      known: {
        id: 'senate',
        kind: 'BODY',
        names: { kk: 'Сенат', ru: 'Сенат', en: 'Senate' },
        name: 'Сенат',
        validFrom: '1995-09-05',
        validTo: '2026-06-30',
        branch: { id: 'legislative' },
      },
      unknown: null,
    });
  });

  it("answers in the language of the request's Accept-Language when no lang is given, and in the asked one when it is", async () => {
    const query = '{ institution(id: "senate") { name asked: name(lang: EN) } }';
    const russian = await postGraphQL<{ institution: { name: string; asked: string } }>(
      app.url,
      query,
      {},
      { 'accept-language': 'de-DE, ru;q=0.8, en;q=0.5' },
    );
    expect(russian.data!.institution).toEqual({ name: 'Сенат', asked: 'Senate' });
    const none = await postGraphQL<{ institution: { name: string } }>(app.url, query, {}, { 'accept-language': 'fr' });
    expect(none.data!.institution.name).toBe('Senate');
  });

  it('says clearly when asked about an id it does not know', async () => {
    const { data, errors } = await postGraphQL(app.url, WHO_APPOINTS, { id: 'prosecutor-generall' });
    expect(data).toBeNull();
    expect(errors![0]).toMatchObject({
      message: expect.stringContaining('No institution with id "prosecutor-generall"'),
      extensions: { code: 'NOT_FOUND' },
    });
  });

  it('rejects a date that is not a date, naming the argument', async () => {
    const { errors } = await postGraphQL(app.url, WHO_APPOINTS, { id: 'prosecutor-general', asOf: '2010-13-45' });
    expect(errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(errors![0].message).toContain('$asOf');
    expect(errors![0].message).toContain('"YYYY-MM-DD", "YYYY-MM" or "YYYY"');
  });

  it('takes a year or a month alone as its first day', async () => {
    const year = await postGraphQL(app.url, WHO_APPOINTS, { id: 'prosecutor-general', asOf: '2010' });
    const day = await postGraphQL(app.url, WHO_APPOINTS, { id: 'prosecutor-general', asOf: '2010-01-01' });
    expect(year.errors).toBeUndefined();
    expect(year).toEqual(day);
  });

  it('gives the graph as Cytoscape elements, as of the date', async () => {
    const query = `query ($asOf: Date) { graph(filter: { asOf: $asOf, lang: RU }) { asOf elements } }`;
    type Elements = {
      nodes: { data: { id: string; label: string; parent?: string } }[];
      edges: { data: { source: string; target: string; type: string } }[];
    };
    const in2010 = await postGraphQL<{ graph: { asOf: string; elements: Elements } }>(app.url, query, { asOf: '2010-01-01' });
    const elements = in2010.data!.graph.elements;
    const nodeIds = elements.nodes.map((node) => node.data.id);
    expect(nodeIds).toEqual(expect.arrayContaining(['president', 'senate', 'prosecutor-general', 'prosecutorial']));
    expect(elements.nodes.find((node) => node.data.id === 'prosecutor-general')!.data).toMatchObject({
      label: 'Генеральный прокурор',
      parent: 'prosecutorial',
    });
    expect(elements.edges).toContainEqual({
      data: expect.objectContaining({ source: 'president', target: 'prosecutor-general', type: 'appoints' }),
      group: 'edges',
      classes: 'appoints',
    });
    for (const edge of elements.edges) expect(nodeIds).toEqual(expect.arrayContaining([edge.data.source, edge.data.target]));

    const today = await postGraphQL<{ graph: { asOf: string; elements: Elements } }>(app.url, query, {});
    expect(today.data!.graph.asOf).toBe('2026-11-21');
    expect(today.data!.graph.elements.nodes.map((node) => node.data.id)).not.toContain('senate');
  });

  it('lists relation types from the ontology, and filters relations of an institution by them', async () => {
    const { data } = await postGraphQL<{
      ontology: { relationKinds: { value: string }[]; graphVersion: string };
      institution: { relations: { type: string; from: NamedNode }[] };
    }>(
      app.url,
      `{ ontology { graphVersion relationKinds { value } }
         institution(id: "prosecutor-general") { relations(direction: IN, types: [APPOINTS, DISMISSES], asOf: "2010-01-01") { type from { id } } } }`,
    );
    expect(data!.ontology.relationKinds.map((kind) => kind.value)).toEqual(
      expect.arrayContaining(['APPOINTS', 'REPORTS_TO', 'CONSENTS_TO']),
    );
    expect(data!.ontology.graphVersion).toMatch(/^[0-9a-f]{16}$/);
    expect(data!.institution.relations.map((relation) => `${relation.from.id} ${relation.type}`).sort()).toEqual([
      'president APPOINTS',
      'president DISMISSES',
    ]);
  });

  it('lists the five source documents with their text, and finds a relation and a node by id', async () => {
    const { data } = await postGraphQL<{
      documents: { id: string; language: string; text: string; title: string }[];
      relation: { type: string; from: { id: string }; to: { id: string }; legalBasis: { article: string; act: { id: string } }[] };
      node: { __typename: string; id: string } | null;
      missing: unknown;
    }>(
      app.url,
      `{ documents { id language title(lang: EN) text }
         relation(id: "president-appoints-prosecutor-general-1995") { type from { id } to { id } legalBasis { article act { id } } }
         node(id: "judicial") { __typename id }
         missing: relation(id: "no-such-relation") { id } }`,
    );
    expect(data!.documents.map((document) => document.id)).toEqual([
      '000_67cdf9ecf2044f40',
      '001_958101098035e423',
      '002_dedaa8bfc38399d5',
      '003_dfe84e19ef9f457d',
      '004_8c3cdfec5533c670',
    ]);
    expect(data!.documents[2].text).toContain('Парламент сенатының келісімімен');
    expect(data!.relation).toEqual({
      type: 'APPOINTS',
      from: { id: 'president' },
      to: { id: 'prosecutor-general' },
      legalBasis: [
        // One provision per basis (the wording test checks each in the 1995 text): appointment, the Senate's consent, the term.
        { article: '44(4)', act: { id: 'constitution-1995' } },
        { article: '55(2)', act: { id: 'constitution-1995' } },
        { article: '83(3)', act: { id: 'constitution-1995' } },
      ],
    });
    expect(data!.node).toEqual({ __typename: 'Branch', id: 'judicial' });
    expect(data!.missing).toBeNull();
  });

  it('reports ready only with a seeded graph, and live always', async () => {
    const live = await fetch(`${app.url}/health/live`);
    expect(live.status).toBe(200);
    const ready = await fetch(`${app.url}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', graphVersion: expect.stringMatching(/^[0-9a-f]{16}$/) });
  });

  it('serves the explorer at /', async () => {
    const response = await fetch(`${app.url}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<div id="graph"');
  });
});

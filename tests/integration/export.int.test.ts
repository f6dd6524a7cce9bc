import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import jsonld from 'jsonld';
import { validateXML } from 'xmllint-wasm';
import { loadOntology, type Ontology } from '../../ontology/src';
import type { GraphSnapshot } from '../../server/src/export/export.service';
import { toGraphML } from '../../server/src/export/graphml.format';
import { postGraphQL, startTestApp, type RunningApp } from '../support/testApp';
import { relationRecord } from '../support/records';

const TODAY = new Date().toISOString().slice(0, 10);
const ID_BASE = 'https://kz-legal-graph.example/id/';
const SCHEMA_NAME = 'https://schema.org/name';
const FROM = 'https://kz-legal-graph.example/ontology#from';
const TO = 'https://kz-legal-graph.example/ontology#to';

/** The two dates every export is checked for: one in the 1995 order, and today (no asOf at all). */
const DATES = [
  { name: '2010-01-01', asOf: '2010-01-01', search: '?asOf=2010-01-01' },
  { name: 'today', asOf: TODAY, search: '' },
];

interface GraphAnswer {
  asOf: string;
  nodes: { id: string }[];
  relations: { id: string; from: { id: string }; to: { id: string } }[];
  elements: { nodes: { data: { id: string } }[]; edges: { data: { id: string } }[] };
}

interface Expected {
  nodeIds: string[];
  relationIds: string[];
  /** `relation id → "from → to"`. */
  ends: Map<string, string>;
  /** What `elements` draws: the nodes, and the relations whose both ends are among them. */
  drawnNodeIds: string[];
  drawnEdgeIds: string[];
}

const sorted = (ids: Iterable<string>) => [...ids].sort();

const GRAPHML_SCHEMA = path.resolve(__dirname, '../fixtures/graphml');

describe('exports of the graph', () => {
  let app: RunningApp;
  let ontology: Ontology;
  const expected = new Map<string, Expected>();

  beforeAll(async () => {
    app = await startTestApp({ clock: { today: () => TODAY } });
    ontology = await loadOntology();
    for (const date of DATES) {
      const { data, errors } = await postGraphQL<{ graph: GraphAnswer }>(
        app.url,
        'query ($asOf: Date) { graph(filter: { asOf: $asOf }) { asOf nodes { id } relations { id from { id } to { id } } elements } }',
        date.search ? { asOf: date.asOf } : {},
      );
      expect(errors).toBeUndefined();
      expect(data!.graph.asOf).toBe(date.asOf);
      expected.set(date.name, {
        nodeIds: sorted(data!.graph.nodes.map((node) => node.id)),
        relationIds: sorted(data!.graph.relations.map((relation) => relation.id)),
        ends: new Map(data!.graph.relations.map((relation) => [relation.id, `${relation.from.id} → ${relation.to.id}`])),
        drawnNodeIds: sorted(data!.graph.elements.nodes.map((node) => node.data.id)),
        drawnEdgeIds: sorted(data!.graph.elements.edges.map((edge) => edge.data.id)),
      });
    }
  });
  afterAll(() => app.close());

  const get = (pathAndQuery: string, headers: Record<string, string> = {}) => fetch(`${app.url}${pathAndQuery}`, { headers });

  /** An entity the 2010 graph holds whose names need escaping in XML and quoting in CSV. */
  const quotedEntity = () => {
    const entity = ontology.entities.find(
      (candidate) => /["«]/.test(candidate.names.en + candidate.names.ru) && expected.get('2010-01-01')!.nodeIds.includes(candidate.id),
    );
    expect(entity).toBeDefined();
    return entity!;
  };

  it('has something to compare: both dates hold the Prosecutor General and more than 100 relations, and `elements` draws them', () => {
    for (const date of DATES) {
      const want = expected.get(date.name)!;
      expect(want.nodeIds).toContain('prosecutor-general');
      expect(want.relationIds.length).toBeGreaterThan(100);
      expect(want.drawnNodeIds).toEqual(want.nodeIds);
      const bothEndsDrawn = want.relationIds.filter((id) =>
        want.ends
          .get(id)!
          .split(' → ')
          .every((end) => want.nodeIds.includes(end)),
      );
      expect(want.drawnEdgeIds).toEqual(bothEndsDrawn);
    }
    expect(expected.get('2010-01-01')!.nodeIds).toContain('senate');
  });

  describe.each(DATES)('for $name', (date) => {
    it('graph.json is Cytoscape.js JSON with exactly the nodes and edges of `graph { elements }`', async () => {
      const response = await get(`/export/graph.json${date.search}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(attachmentName(response)).toBe(`kz-legal-graph-${date.asOf}-en.json`);
      const body = (await response.json()) as {
        data: { asOf: string; lang: string };
        elements: { nodes: { data: { id: string } }[]; edges: { data: { id: string; source: string; target: string } }[] };
      };
      expect(body.data).toMatchObject({ asOf: date.asOf, lang: 'en' });
      const want = expected.get(date.name)!;
      expect(sorted(body.elements.nodes.map((node) => node.data.id))).toEqual(want.drawnNodeIds);
      expect(sorted(body.elements.edges.map((edge) => edge.data.id))).toEqual(want.drawnEdgeIds);
      for (const edge of body.elements.edges) expect(`${edge.data.source} → ${edge.data.target}`).toBe(want.ends.get(edge.data.id));
    });

    it('graph.graphml is valid against the GraphML 1.0 schema and holds exactly the nodes and edges of `graph { elements }`', async () => {
      const response = await get(`/export/graph.graphml${date.search}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/graphml+xml; charset=utf-8');
      expect(attachmentName(response)).toBe(`kz-legal-graph-${date.asOf}-en.graphml`);
      const xml = await response.text();

      const validation = await validateGraphML(xml);
      expect(validation.errors).toEqual([]);
      expect(validation.valid).toBe(true);

      const graph = parseGraphML(xml);
      const want = expected.get(date.name)!;
      expect(sorted(graph.nodes.keys())).toEqual(want.drawnNodeIds);
      expect(sorted(graph.edges.keys())).toEqual(want.drawnEdgeIds);
      for (const [id, edge] of graph.edges) expect(`${edge.source} → ${edge.target}`).toBe(want.ends.get(id));
      expect(graph.graphData.asOf).toBe(date.asOf);
    });

    it('graph.jsonld expands without fetching anything and keeps every node and relation of `graph`', async () => {
      const response = await get(`/export/graph.jsonld${date.search}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/ld+json; charset=utf-8');
      expect(attachmentName(response)).toBe(`kz-legal-graph-${date.asOf}.jsonld`);
      const document = await response.json();
      expect(typeof document['@context']).toBe('object');

      const expanded = await expandOffline(document);
      const byId = new Map(expanded.map((node) => [node['@id'] as string, node]));
      const want = expected.get(date.name)!;
      const ids = (prefixed: string[]) => prefixed.map((id) => `${ID_BASE}${id}`);
      expect(byId.size).toBe(expanded.length);
      expect([...byId.keys()]).toEqual(expect.arrayContaining([...ids(want.nodeIds), ...ids(want.relationIds)]));
      // Besides them, only the node that describes the dataset itself.
      expect(expanded.length).toBe(want.nodeIds.length + want.relationIds.length + 1);

      for (const id of want.nodeIds) {
        const names = byId.get(`${ID_BASE}${id}`)![SCHEMA_NAME] as { '@value': string; '@language': string }[];
        expect(sorted(names.map((name) => name['@language']))).toEqual(['en', 'kk', 'ru']);
      }
      for (const id of want.relationIds) {
        const relation = byId.get(`${ID_BASE}${id}`)!;
        const end = (property: string) => (relation[property] as { '@id': string }[])[0]['@id'].slice(ID_BASE.length);
        expect(`${end(FROM)} → ${end(TO)}`).toBe(want.ends.get(id));
      }
    });

    it('entities.csv and relations.csv parse back with one row per node and relation of `graph`, UTF-8 with a BOM', async () => {
      const want = expected.get(date.name)!;
      for (const [file, ids] of [
        ['entities', want.nodeIds],
        ['relations', want.relationIds],
      ] as const) {
        const response = await get(`/export/${file}.csv${date.search}`);
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
        expect(attachmentName(response)).toBe(`kz-legal-graph-${file}-${date.asOf}-en.csv`);
        const bytes = Buffer.from(await response.arrayBuffer());
        expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        expect(bytes.toString('utf8')).toContain('\r\n');
        const rows = parseCsv(bytes, { bom: true, columns: true }) as Record<string, string>[];
        expect(rows).toHaveLength(ids.length);
        expect(sorted(rows.map((row) => row.id))).toEqual(ids);
        if (file === 'relations') {
          for (const row of rows) {
            expect(`${row.from} → ${row.to}`).toBe(want.ends.get(row.id));
            // Named even where an end (a finished referendum, a predecessor) is not among the nodes.
            expect(row.fromLabel && row.toLabel).toBeTruthy();
          }
        }
      }
    });
  });

  it('keeps names intact in every format: Cyrillic, guillemets and double quotes', async () => {
    const entity = quotedEntity();
    const prosecutorGeneral = ontology.entities.find((candidate) => candidate.id === 'prosecutor-general')!;

    const graphml = parseGraphML(await (await get('/export/graph.graphml?asOf=2010-01-01&lang=ru')).text());
    for (const { id, names } of [entity, prosecutorGeneral]) {
      expect(graphml.nodes.get(id)).toMatchObject({ label: names.ru, nameKk: names.kk, nameRu: names.ru, nameEn: names.en });
    }

    const csv = Buffer.from(await (await get('/export/entities.csv?asOf=2010-01-01')).arrayBuffer());
    const rows = parseCsv(csv, { bom: true, columns: true }) as Record<string, string>[];
    for (const { id, names } of [entity, prosecutorGeneral]) {
      expect(rows.find((row) => row.id === id)).toMatchObject({ nameKk: names.kk, nameRu: names.ru, nameEn: names.en });
    }

    const expanded = await expandOffline(await (await get('/export/graph.jsonld?asOf=2010-01-01')).json());
    const node = expanded.find((candidate) => candidate['@id'] === `${ID_BASE}${entity.id}`)!;
    expect(node[SCHEMA_NAME]).toEqual(
      expect.arrayContaining([
        { '@value': entity.names.kk, '@language': 'kk' },
        { '@value': entity.names.ru, '@language': 'ru' },
        { '@value': entity.names.en, '@language': 'en' },
      ]),
    );
  });

  it('writes schema-valid GraphML whatever a name holds: markup characters, quotes, "]]>", control characters, emoji', async () => {
    const name = `A & B <c> "q" 'a' «ё» ]]> \u0001bell 😀`;
    const entity = (id: string) => ({
      ...ontology.entities.find((candidate) => candidate.id === 'senate')!,
      id,
      branchId: null,
      level: null,
      names: { kk: name, ru: name, en: name },
      aliases: { kk: [], ru: [], en: [] },
      descriptions: { kk: null, ru: null, en: name },
      validTo: null,
      notes: null,
      officialText: null,
      sources: [{ kind: 'passage' as const, document: 'd', quote: name, start: 0, end: 1 }],
    });
    const snapshot: GraphSnapshot = {
      asOf: '2010-01-01',
      lang: 'en',
      graphVersion: null,
      entities: [entity('a'), entity('b')],
      relations: [relationRecord({ id: 'a-appoints-b', type: 'appoints', fromId: 'a', toId: 'b', validFrom: '2000-01-01' })],
      elements: { nodes: [], edges: [] },
      namesById: new Map(),
    };
    snapshot.elements = {
      nodes: snapshot.entities.map((node) => ({
        group: 'nodes',
        data: { id: node.id, label: name, kind: 'body', branch: null, level: null },
        classes: 'body',
      })),
      edges: [
        {
          group: 'edges',
          data: { id: 'a-appoints-b', source: 'a', target: 'b', type: 'appoints', label: 'appoints', derived: false },
          classes: 'appoints',
        },
      ],
    };
    const xml = toGraphML(snapshot);
    expect((await validateGraphML(xml)).errors).toEqual([]);
    // XML 1.0 cannot carry U+0001 at all, so it is the one character dropped.
    expect(parseGraphML(xml).nodes.get('a')).toMatchObject({ label: name.replace('\u0001', ''), description: name.replace('\u0001', '') });
  });

  it('flattens relation sources into the CSV: the 2010 appointment of the Prosecutor General quotes seed 002 and rests on articles 44 and 55', async () => {
    const csv = Buffer.from(await (await get('/export/relations.csv?asOf=2010-01-01&lang=ru')).arrayBuffer());
    const rows = parseCsv(csv, { bom: true, columns: true }) as Record<string, string>[];
    const appointment = rows.find((row) => row.type === 'appoints' && row.from === 'president' && row.to === 'prosecutor-general')!;
    const stored = ontology.relations.find((relation) => relation.id === appointment.id)!;
    expect(appointment).toMatchObject({
      typeLabel: ontology.kinds.relationKinds.find((kind) => kind.id === 'appoints')!.names.ru,
      fromLabel: ontology.entities.find((candidate) => candidate.id === 'president')!.names.ru,
      consentOf: 'senate',
      termYears: String(stored.term!.years),
      legalBasis: expect.stringContaining('constitution-1995, art. 44'),
    });
    // Each legal basis line ends with the act's official text.
    expect(appointment.legalBasis).toContain('<https://adilet.zan.kz/rus/docs/K950001000_>');
    expect(appointment.quotes).toContain('002_dedaa8bfc38399d5 [');
    expect(appointment.quotes).toContain('Парламент сенатының келісімімен Республика Президенті бес жыл мерзімге қызметке тағайындайды');
  });

  it('carries the 2026 terms, majorities and wordings: the Prosecutor General for six years once only, the Prime Minister by a majority of all deputies', async () => {
    const csv = Buffer.from(await (await get('/export/relations.csv?asOf=2026-11-01&lang=en')).arrayBuffer());
    const rows = parseCsv(csv, { bom: true, columns: true }) as Record<string, string>[];
    const appointment = (to: string) => rows.find((row) => row.type === 'appoints' && row.from === 'president' && row.to === to)!;
    expect(appointment('prosecutor-general')).toMatchObject({ consentOf: '', termYears: '6', singleTerm: 'true', majority: '' });
    expect(appointment('prosecutor-general').legalBasis).toContain(
      'constitution-2026, art. 84(3): Генеральный Прокурор назначается Президентом Республики Казахстан.',
    );
    expect(appointment('prosecutor-general').legalBasis).toContain('<https://adilet.zan.kz/rus/docs/K2600000000>');
    expect(appointment('prime-minister')).toMatchObject({
      consentOf: 'kurultai',
      majority: "a majority of the total number of the Kurultai's deputies",
    });
    expect(appointment('chair-of-supreme-court')).toMatchObject({
      recommendedBy: 'supreme-judicial-council',
      termYears: '6',
      singleTerm: 'true',
    });

    const expanded = await expandOffline(await (await get('/export/graph.jsonld?asOf=2026-11-01')).json());
    const relation = expanded.find((node) => node['@id'] === `${ID_BASE}president-appoints-prosecutor-general-2026`)!;
    expect(relation['https://kz-legal-graph.example/ontology#singleTerm']).toEqual([
      { '@value': true, '@type': 'http://www.w3.org/2001/XMLSchema#boolean' },
    ]);
  });

  it('JSON-LD states the appointment with Wikidata properties: the Prosecutor General appointed by (P748) the President', async () => {
    const expanded = await expandOffline(await (await get('/export/graph.jsonld?asOf=2010-01-01')).json());
    const prosecutorGeneral = expanded.find((node) => node['@id'] === `${ID_BASE}prosecutor-general`)!;
    expect(prosecutorGeneral['@type']).toEqual(expect.arrayContaining(['http://www.w3.org/ns/org#Post']));
    expect(prosecutorGeneral['http://www.wikidata.org/prop/direct/P748']).toEqual(
      expect.arrayContaining([{ '@id': `${ID_BASE}president` }]),
    );
    expect(prosecutorGeneral['http://www.wikidata.org/prop/direct/P571']).toEqual([
      {
        '@value': ontology.entities.find((entity) => entity.id === 'prosecutor-general')!.validFrom,
        '@type': 'http://www.w3.org/2001/XMLSchema#date',
      },
    ]);
  });

  it('labels in the language asked for: ?lang first, then Accept-Language, then English', async () => {
    const names = ontology.entities.find((entity) => entity.id === 'prosecutor-general')!.names;
    const label = async (search: string, headers: Record<string, string> = {}) => {
      const response = await get(`/export/graph.json${search}`, headers);
      const body = (await response.json()) as { elements: { nodes: { data: { id: string; label: string } }[] } };
      return [body.elements.nodes.find((node) => node.data.id === 'prosecutor-general')!.data.label, attachmentName(response)];
    };
    expect(await label('?asOf=2010-01-01')).toEqual([names.en, 'kz-legal-graph-2010-01-01-en.json']);
    expect(await label('?asOf=2010-01-01', { 'accept-language': 'ru-RU,ru;q=0.9' })).toEqual([
      names.ru,
      'kz-legal-graph-2010-01-01-ru.json',
    ]);
    expect((await label('?asOf=2010-01-01&lang=kk', { 'accept-language': 'ru' }))[0]).toBe(names.kk);
    expect((await label('?asOf=2010-01-01&lang=RU'))[0]).toBe(names.ru);
  });

  it('reads a year alone as its first day', async () => {
    const [year, day] = await Promise.all([get('/export/relations.csv?asOf=2010'), get('/export/relations.csv?asOf=2010-01-01')]);
    expect(attachmentName(year)).toBe('kz-legal-graph-relations-2010-01-01-en.csv');
    expect(await year.text()).toBe(await day.text());
  });

  it.each(['/graph.json', '/graph.graphml', '/graph.jsonld', '/entities.csv', '/relations.csv'])(
    '%s answers 400 naming asOf and its accepted forms for a date that is not one',
    async (file) => {
      const response = await get(`/export${file}?asOf=2010-02-30`);
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      const { error } = (await response.json()) as { error: { code: string; parameter: string; accepted: string[]; message: string } };
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', parameter: 'asOf', accepted: ['YYYY-MM-DD', 'YYYY-MM', 'YYYY'] });
      expect(error.message).toContain('YYYY-MM-DD');
      expect(error.message).toContain('"2010-02-30"');
    },
  );

  it.each(['yesterday', '2010-13-01', '10-01-2010', '', '2010&asOf=2011'])('rejects asOf=%s with a 400', async (value) => {
    const response = await get(`/export/graph.json?asOf=${value}`);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { parameter: string } }).error.parameter).toBe('asOf');
  });

  it('rejects a language it does not have with a 400 naming lang', async () => {
    const response = await get('/export/graph.graphml?lang=de');
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: expect.objectContaining({ code: 'BAD_USER_INPUT', parameter: 'lang', accepted: ['kk', 'ru', 'en'] }),
    });
  });

  it('answers an unknown export with a 404 that lists the available ones', async () => {
    const response = await get('/export/graph.gexf');
    expect(response.status).toBe(404);
    const { error } = (await response.json()) as { error: { exports: Record<string, string> } };
    expect(Object.keys(error.exports)).toEqual([
      '/export/graph.json',
      '/export/graph.graphml',
      '/export/graph.jsonld',
      '/export/entities.csv',
      '/export/relations.csv',
    ]);
  });
});

/** The file name a response offers to save as; it must be an attachment. */
function attachmentName(response: Response): string | undefined {
  const disposition = response.headers.get('content-disposition') ?? '';
  expect(disposition).toMatch(/^attachment;/);
  return /filename="?([^";]+)"?/.exec(disposition)?.[1];
}

/** Validates against the GraphML 1.0 schema shipped in tests/fixtures/graphml, offline. */
function validateGraphML(xml: string) {
  return validateXML({
    xml: [{ fileName: 'graph.graphml', contents: xml }],
    schema: [{ fileName: 'graphml.xsd', contents: readFileSync(path.join(GRAPHML_SCHEMA, 'graphml.xsd'), 'utf8') }],
    preload: [{ fileName: 'xlink.xsd', contents: readFileSync(path.join(GRAPHML_SCHEMA, 'xlink.xsd'), 'utf8') }],
    maxMemoryPages: 1024,
  });
}

interface ParsedGraphML {
  graphData: Record<string, string>;
  nodes: Map<string, Record<string, string>>;
  edges: Map<string, { source: string; target: string; data: Record<string, string> }>;
}

/** Reads GraphML back with a real XML parser: attribute values by `attr.name`. */
function parseGraphML(xml: string): ParsedGraphML {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    textNodeName: 'text',
    isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ['key', 'node', 'edge', 'data'].includes(name),
  });
  type Data = { key: string; text?: string };
  const { graphml } = parser.parse(xml) as {
    graphml: {
      key: { id: string; 'attr.name': string }[];
      graph: { data: Data[]; node: { id: string; data?: Data[] }[]; edge: { id: string; source: string; target: string; data?: Data[] }[] };
    };
  };
  const names = new Map(graphml.key.map((key) => [key.id, key['attr.name']]));
  const values = (data: Data[] = []) => Object.fromEntries(data.map((datum) => [names.get(datum.key)!, datum.text ?? '']));
  return {
    graphData: values(graphml.graph.data),
    nodes: new Map(graphml.graph.node.map((node) => [node.id, values(node.data)])),
    edges: new Map(graphml.graph.edge.map((edge) => [edge.id, { source: edge.source, target: edge.target, data: values(edge.data) }])),
  };
}

/** Expands JSON-LD with a document loader that refuses the network: the context must be inline. */
async function expandOffline(document: object): Promise<Record<string, unknown>[]> {
  return (await jsonld.expand(document as jsonld.JsonLdDocument, {
    documentLoader: async (url: string) => {
      throw new Error(`The JSON-LD export asked to fetch ${url}; its context must be inline.`);
    },
  })) as Record<string, unknown>[];
}

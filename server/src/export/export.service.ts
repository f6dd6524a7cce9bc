import type { CytoscapeElements } from '../graph/elements';
import type { EntityRecord, RelationRecord } from '../graph/graph.records';
import type { GraphRepository } from '../graph/graph.repository';
import type { GraphService } from '../graph/graph.service';
import type { Lang } from '../graphql/lang';
import { entitiesCsv, relationsCsv } from './csv.format';
import type { ExportQuery } from './export.params';
import { toGraphML } from './graphml.format';
import { toJsonLd } from './jsonld.format';

/** The graph as of one date, as every export format starts from it. */
export interface GraphSnapshot {
  asOf: string;
  lang: Lang;
  /** The ontology version the graph was seeded from; null before the first seed. */
  graphVersion: string | null;
  /** Exactly the `nodes` of `graph(filter: { asOf })`. */
  entities: EntityRecord[];
  /** Exactly its `relations`: a succession, establishment or abolition may end at an entity not among them. */
  relations: RelationRecord[];
  /** Exactly its `elements`: the nodes, and the relations whose both ends are drawn. */
  elements: CytoscapeElements;
  /** The names of every entity the relations name, including ends outside `entities`. */
  namesById: Map<string, Record<Lang, string>>;
}

/** A file to download: its suggested name, media type and contents. */
export interface ExportFile {
  fileName: string;
  mediaType: string;
  body: string;
}

/**
 * The graph as files for other tools. Every format is built from what `graph(filter: { asOf })`
 * answers, through GraphService: JSON-LD and CSV hold exactly its nodes and relations, the drawn
 * formats (Cytoscape.js JSON, GraphML) exactly its `elements`.
 */
export class ExportService {
  constructor(
    private readonly graphs: GraphService,
    private readonly repository: GraphRepository,
  ) {}

  /** Cytoscape.js JSON, the API's `elements` with the date and language: `cy.json(file)` or `cytoscape({ elements: file.elements })`. */
  async cytoscapeJson(query: ExportQuery): Promise<ExportFile> {
    const snapshot = await this.snapshot(query);
    const document = {
      data: { name: 'kz-legal-graph', asOf: snapshot.asOf, lang: snapshot.lang, graphVersion: snapshot.graphVersion },
      elements: snapshot.elements,
    };
    return {
      fileName: fileName(snapshot, 'json', true),
      mediaType: 'application/json',
      body: `${JSON.stringify(document, null, 2)}\n`,
    };
  }

  /** GraphML for Gephi, Cytoscape desktop, yEd, NetworkX, igraph: the nodes and edges of `elements`. */
  async graphml(query: ExportQuery): Promise<ExportFile> {
    const snapshot = await this.snapshot(query);
    return { fileName: fileName(snapshot, 'graphml', true), mediaType: 'application/graphml+xml', body: toGraphML(snapshot) };
  }

  /** JSON-LD (schema.org, W3C ORG, Wikidata) for linked-data tools. */
  async jsonld(query: ExportQuery): Promise<ExportFile> {
    const snapshot = await this.snapshot(query);
    return {
      fileName: fileName(snapshot, 'jsonld', false),
      mediaType: 'application/ld+json',
      body: `${JSON.stringify(toJsonLd(snapshot), null, 2)}\n`,
    };
  }

  /** The entities as a spreadsheet. */
  async entitiesCsv(query: ExportQuery): Promise<ExportFile> {
    const snapshot = await this.snapshot(query);
    return { fileName: fileName(snapshot, 'csv', true, 'entities'), mediaType: CSV, body: entitiesCsv(snapshot) };
  }

  /** The relations as a spreadsheet. */
  async relationsCsv(query: ExportQuery): Promise<ExportFile> {
    const snapshot = await this.snapshot(query);
    return { fileName: fileName(snapshot, 'csv', true, 'relations'), mediaType: CSV, body: relationsCsv(snapshot) };
  }

  private async snapshot(query: ExportQuery): Promise<GraphSnapshot> {
    const [subgraph, graphVersion] = await Promise.all([
      this.graphs.graph({ asOf: query.asOf, lang: query.lang }),
      this.graphs.graphVersion(),
    ]);
    const drawn = new Set(subgraph.nodes.map((node) => node.id));
    const outside = [...new Set(subgraph.relations.flatMap((relation) => [relation.fromId, relation.toId]))].filter((id) => !drawn.has(id));
    const outsideEntities = outside.length ? await this.repository.findEntities(outside) : [];
    return {
      asOf: subgraph.asOf,
      lang: query.lang,
      graphVersion,
      entities: subgraph.nodes,
      relations: subgraph.relations,
      elements: subgraph.elements as CytoscapeElements,
      namesById: new Map([...subgraph.nodes, ...outsideEntities].map((entity) => [entity.id, entity.names])),
    };
  }
}

// RFC 4180's optional header parameter tells importers the first row names the columns.
const CSV = 'text/csv; charset=utf-8; header=present';

/** `kz-legal-graph-2010-01-01-en.graphml`: the date, and the language where labels depend on it. */
function fileName(snapshot: GraphSnapshot, extension: string, labelled: boolean, part?: string): string {
  return ['kz-legal-graph', part, snapshot.asOf, labelled ? snapshot.lang : undefined].filter(Boolean).join('-') + `.${extension}`;
}

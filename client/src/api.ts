/** The explorer's only way to the data: GraphQL at /graphql. */
import type cytoscape from 'cytoscape';
import type { ViewState } from './viewState';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

/** Longer URLs are refused by some proxies; such rare questions go by POST, which no cache keeps. */
const MAX_GET_URL = 6_000;

/**
 * Asks by GET, so that the browser and a CDN in front of the server can keep the answer (it
 * carries an ETag and Cache-Control for the graph's version), and a class opening the same view
 * mostly never reaches the server. `endpoint` differs only for the web component on another site,
 * which asks its own server.
 */
export async function graphql<T>(query: string, variables: Record<string, unknown> = {}, endpoint = '/graphql'): Promise<T> {
  const url = new URL(endpoint, location.href);
  url.searchParams.set('query', query);
  url.searchParams.set('variables', JSON.stringify(variables));
  let response: Response;
  try {
    response =
      url.href.length <= MAX_GET_URL
        ? await fetch(url, { headers: { accept: 'application/json' } })
        : await fetch(endpoint, {
            method: 'POST',
            headers: { 'content-type': 'application/json', accept: 'application/json' },
            body: JSON.stringify({ query, variables }),
          });
  } catch {
    throw new ApiError('network', 'NETWORK');
  }
  const body = (await response.json().catch(() => null)) as {
    data?: T;
    errors?: { message: string; extensions?: { code?: string } }[];
  } | null;
  if (!body) throw new ApiError(`HTTP ${response.status}`, 'HTTP');
  if (body.errors?.length) {
    const [first] = body.errors;
    throw new ApiError(first.message, first.extensions?.code ?? 'UNKNOWN');
  }
  return body.data as T;
}

export type Lang = 'kk' | 'ru' | 'en';

export interface KindInfo {
  id: string;
  names: Record<Lang, string>;
  color: string;
}

export interface EntityKindInfo extends KindInfo {
  shape: string;
  /** Of the past (historical bodies, events): the "historical" filter hides it. */
  historical: boolean;
}

export interface RelationKindInfo extends KindInfo {
  lineStyle: 'solid' | 'dashed' | 'dotted';
}

export interface OntologyInfo {
  entityKinds: EntityKindInfo[];
  relationKinds: RelationKindInfo[];
  /** Branch ids from the centre out, as the concentric layout rings them. */
  branchOrder: string[];
  graphVersion: string | null;
}

export const ONTOLOGY_QUERY = `query Ontology {
  ontology {
    graphVersion
    entityKinds { id color shape historical names { kk ru en } }
    relationKinds { id color lineStyle names { kk ru en } }
    branchOrder
  }
}`;

export const GRAPH_QUERY = `query Graph($asOf: Date, $lang: Lang, $version: String) {
  graph(filter: { asOf: $asOf, lang: $lang, version: $version }) { asOf version elements }
}`;

export type GraphAnswer = { graph: { asOf: string; elements: cytoscape.ElementsDefinition } };

/** Asks for the whole graph of a view: its date, its pinned version, its labels' language. */
export function requestGraph(state: Pick<ViewState, 'asOf' | 'version' | 'labelLang'>): Promise<GraphAnswer> {
  return graphql<GraphAnswer>(GRAPH_QUERY, {
    asOf: state.asOf || null,
    version: state.version,
    lang: (state.labelLang === 'kk-latn' ? 'kk' : state.labelLang).toUpperCase(),
  });
}

/** The two requests a page starts with, sent before the drawing code has loaded. */
export interface FirstRequests {
  ontology: Promise<{ ontology: OntologyInfo }>;
  graph: Promise<GraphAnswer>;
}

const SOURCE_FIELDS = `fragment SourceFields on Source {
  kind documentId quote start end document { id title(lang: $lang) } passage { text start }
  article act { id name(lang: $lang) }
  title url sentence
}`;

export const NODE_DETAILS_QUERY = `query NodeDetails($id: ID!, $asOf: Date, $lang: Lang!) {
  node(id: $id) {
    id kind validFrom validTo notes
    names { kk ru en }
    description(lang: $lang)
    sources { ...SourceFields }
    ... on Institution {
      level
      branch { id name(lang: $lang) }
      appointedBy(asOf: $asOf) {
        appointer { id name(lang: $lang) }
        consentOf { id name(lang: $lang) }
        nominatedBy { id name(lang: $lang) }
        dismissedBy { id name(lang: $lang) }
        term { text(lang: $lang) }
        validFrom validTo
        sources { ...SourceFields }
      }
      mentions { document { id title(lang: $lang) } start end text }
      relations(asOf: $asOf) {
        id type label(lang: $lang) validFrom validTo derivedFrom
        from { id name(lang: $lang) }
        to { id name(lang: $lang) }
        sources { ...SourceFields }
      }
    }
  }
}
${SOURCE_FIELDS}`;

export const RELATION_DETAILS_QUERY = `query RelationDetails($id: ID!, $lang: Lang!) {
  relation(id: $id) {
    id type label(lang: $lang) validFrom validTo notes conditions(lang: $lang)
    term { text(lang: $lang) }
    from { id name(lang: $lang) }
    to { id name(lang: $lang) }
    consentOf { id name(lang: $lang) }
    nominatedBy { id name(lang: $lang) }
    sources { ...SourceFields }
  }
}
${SOURCE_FIELDS}`;

export interface NamedRef {
  id: string;
  name: string;
}

/** One source; the fields of the other kinds are null. */
export interface SourceInfo {
  kind: 'PASSAGE' | 'LEGAL_BASIS' | 'REFERENCE';
  documentId: string | null;
  quote: string | null;
  start: number | null;
  end: number | null;
  document: { id: string; title: string } | null;
  /** The sentence around the quote, and where it starts in the document. */
  passage?: { text: string; start: number } | null;
  article: string | null;
  act: NamedRef | null;
  title: string | null;
  url: string | null;
  sentence: string | null;
}

export interface RelationInfo {
  id: string;
  type: string;
  label: string;
  validFrom: string;
  validTo: string | null;
  derivedFrom?: string | null;
  notes?: string | null;
  conditions?: string | null;
  term?: { text: string } | null;
  from: NamedRef;
  to: NamedRef;
  consentOf?: NamedRef[];
  nominatedBy?: NamedRef[];
  sources: SourceInfo[];
}

export interface AppointmentInfo {
  appointer: NamedRef;
  consentOf: NamedRef[];
  nominatedBy: NamedRef[];
  dismissedBy: NamedRef[];
  term: { text: string } | null;
  validFrom: string;
  validTo: string | null;
  sources: SourceInfo[];
}

export interface NodeDetails {
  id: string;
  kind: string;
  validFrom: string;
  validTo: string | null;
  notes: string | null;
  names: Record<Lang, string>;
  description: string | null;
  sources: SourceInfo[];
  level?: string | null;
  branch?: NamedRef | null;
  appointedBy?: AppointmentInfo[];
  relations?: RelationInfo[];
  mentions?: { document: { id: string; title: string }; start: number; end: number; text: string }[];
}

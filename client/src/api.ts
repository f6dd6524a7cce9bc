/** The explorer's only way to the data: GraphQL at /graphql. */
import { gql } from './gql';
import type {
  GraphQuery,
  Lang as ApiLang,
  NodeDetailsQuery,
  OntologyQuery,
  RelationDetailsQuery,
  SourceFieldsFragment,
  TypedDocumentString,
} from './gql/graphql';
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

/** A query's variables: optional when it has none, or none it requires. */
type Arguments<Variables> =
  Record<string, never> extends Variables ? [variables?: Variables, endpoint?: string] : [variables: Variables, endpoint?: string];

/**
 * Asks by GET, so that the browser and a CDN in front of the server can keep the answer (it
 * carries an ETag and Cache-Control for the graph's version), and a class opening the same view
 * mostly never reaches the server. `endpoint` differs only for the web component on another site,
 * which asks its own server. The answer's type and the variables' come from the query, typed by
 * GraphQL Code Generator from the schema (see client/codegen.ts).
 */
export async function graphql<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  ...[variables = {} as Variables, endpoint = '/graphql']: Arguments<Variables>
): Promise<Result> {
  const query = document.toString();
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
    data?: Result;
    errors?: { message: string; extensions?: { code?: string } }[];
  } | null;
  if (!body) throw new ApiError(`HTTP ${response.status}`, 'HTTP');
  if (body.errors?.length) {
    const [first] = body.errors;
    throw new ApiError(first.message, first.extensions?.code ?? 'UNKNOWN');
  }
  return body.data as Result;
}

export type Lang = 'kk' | 'ru' | 'en';

/** The API's name of a language: what `lang` arguments take. */
export const apiLang = (lang: Lang): ApiLang => lang.toUpperCase() as ApiLang;

export const ONTOLOGY_QUERY = gql(`query Ontology {
  ontology {
    graphVersion
    entityKinds { id color shape historical names { kk ru en } }
    relationKinds { id color lineStyle names { kk ru en } }
    branchOrder
  }
}`);

/** The entity and relation kinds, with their names, colours and shapes; the branches' order. */
export type OntologyInfo = OntologyQuery['ontology'];

export const GRAPH_QUERY = gql(`query Graph($asOf: Date, $lang: Lang, $version: String) {
  graph(filter: { asOf: $asOf, lang: $lang, version: $version }) { asOf version elements positions { id x y } }
}`);

/** A view's graph, drawn by Cytoscape, with its entities' positions in the force-directed layout. */
export type GraphAnswer = GraphQuery;

/** Where the server's force-directed layout puts an entity. */
export type NodePosition = NonNullable<GraphAnswer['graph']['positions']>[number];

/** Asks for the whole graph of a view: its date, its pinned version, its labels' language. */
export function requestGraph(state: Pick<ViewState, 'asOf' | 'version' | 'labelLang'>): Promise<GraphAnswer> {
  return graphql(GRAPH_QUERY, {
    asOf: state.asOf || null,
    version: state.version,
    lang: apiLang(state.labelLang === 'kk-latn' ? 'kk' : state.labelLang),
  });
}

/** The two requests a page starts with, sent before the drawing code has loaded. */
export interface FirstRequests {
  ontology: Promise<OntologyQuery>;
  graph: Promise<GraphAnswer>;
}

// The fields of a source the details panel shows; the generator adds the fragment to each query that spreads it.
gql(`fragment SourceFields on Source {
  kind documentId quote start end document { id title(lang: $lang) } passage { text start }
  article wording wordingLang act { id name(lang: $lang) validFrom validTo }
  title url sentence
}`);

export const NODE_DETAILS_QUERY = gql(`query NodeDetails($id: ID!, $asOf: Date, $lang: Lang!) {
  node(id: $id) {
    __typename id kind validFrom validTo notes officialText
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
}`);

export const RELATION_DETAILS_QUERY = gql(`query RelationDetails($id: ID!, $lang: Lang!) {
  relation(id: $id) {
    id type label(lang: $lang) validFrom validTo notes conditions(lang: $lang)
    term { text(lang: $lang) }
    from { id name(lang: $lang) }
    to { id name(lang: $lang) }
    consentOf { id name(lang: $lang) }
    nominatedBy { id name(lang: $lang) }
    sources { ...SourceFields }
  }
}`);

/** An entity's details, as the details panel shows them: a branch's, or an institution's with its appointments and relations. */
export type NodeDetails = NonNullable<NodeDetailsQuery['node']>;
/** An institution's details: a node's, with its appointments, relations and mentions. */
export type InstitutionDetails = Extract<NodeDetails, { __typename: 'Institution' }>;
/** A relation's details, as the details panel shows them. */
export type RelationInfo = NonNullable<RelationDetailsQuery['relation']>;
/** A source of a fact: a quote, a legal basis or a public page. */
export type SourceInfo = SourceFieldsFragment;
/** An entity named in the asked language. */
export type NamedRef = RelationInfo['from'];

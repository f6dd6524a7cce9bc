/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query Ontology {\n  ontology {\n    graphVersion\n    entityKinds { id color shape historical names { kk ru en } }\n    relationKinds { id color lineStyle names { kk ru en } }\n    branchOrder\n  }\n}": typeof types.OntologyDocument,
    "query Graph($asOf: Date, $lang: Lang, $version: String) {\n  graph(filter: { asOf: $asOf, lang: $lang, version: $version }) { asOf version elements positions { id x y } }\n}": typeof types.GraphDocument,
    "fragment SourceFields on Source {\n  kind documentId quote start end document { id title(lang: $lang) } passage { text start }\n  article wording wordingLang act { id name(lang: $lang) validFrom validTo }\n  title url sentence\n}": typeof types.SourceFieldsFragmentDoc,
    "query NodeDetails($id: ID!, $asOf: Date, $lang: Lang!) {\n  node(id: $id) {\n    __typename id kind validFrom validTo notes officialText\n    names { kk ru en }\n    description(lang: $lang)\n    sources { ...SourceFields }\n    ... on Institution {\n      level\n      branch { id name(lang: $lang) }\n      appointedBy(asOf: $asOf) {\n        appointer { id name(lang: $lang) }\n        consentOf { id name(lang: $lang) }\n        nominatedBy { id name(lang: $lang) }\n        dismissedBy { id name(lang: $lang) }\n        term { text(lang: $lang) }\n        validFrom validTo\n        sources { ...SourceFields }\n      }\n      mentions { document { id title(lang: $lang) } start end text }\n      relations(asOf: $asOf) {\n        id type label(lang: $lang) validFrom validTo derivedFrom\n        from { id name(lang: $lang) }\n        to { id name(lang: $lang) }\n        sources { ...SourceFields }\n      }\n    }\n  }\n}": typeof types.NodeDetailsDocument,
    "query RelationDetails($id: ID!, $lang: Lang!) {\n  relation(id: $id) {\n    id type label(lang: $lang) validFrom validTo notes conditions(lang: $lang)\n    term { text(lang: $lang) }\n    from { id name(lang: $lang) }\n    to { id name(lang: $lang) }\n    consentOf { id name(lang: $lang) }\n    nominatedBy { id name(lang: $lang) }\n    sources { ...SourceFields }\n  }\n}": typeof types.RelationDetailsDocument,
    "query Checks($asOf: Date, $lang: Lang) {\n  checksAndBalances(asOf: $asOf) {\n    from { id name(lang: $lang) }\n    to { id name(lang: $lang) }\n    type\n    count\n    relations { id label(lang: $lang) from { id name(lang: $lang) } to { id name(lang: $lang) } }\n  }\n}": typeof types.ChecksDocument,
    "query Chain($id: ID!, $asOf: Date, $lang: Lang) {\n  appointmentChain(id: $id, asOf: $asOf) {\n    links {\n      appointer { id name(lang: $lang) }\n      appointee { id name(lang: $lang) }\n      consentOf { id name(lang: $lang) }\n      nominatedBy { id name(lang: $lang) }\n      term { text(lang: $lang) }\n      relation { id }\n    }\n  }\n}": typeof types.ChainDocument,
    "query Appointees($id: ID!, $asOf: Date, $lang: Lang) {\n  appointees(id: $id, asOf: $asOf) {\n    appointee { id name(lang: $lang) }\n    consentOf { id name(lang: $lang) }\n    nominatedBy { id name(lang: $lang) }\n    relation { id }\n  }\n}": typeof types.AppointeesDocument,
    "query Remove($id: ID!, $asOf: Date, $lang: Lang) {\n  whoCanRemove(id: $id, asOf: $asOf) { by { id name(lang: $lang) } kind relation { id label(lang: $lang) } }\n}": typeof types.RemoveDocument,
    "query Path($from: ID!, $to: ID!, $asOf: Date, $lang: Lang) {\n  path(from: $from, to: $to, asOf: $asOf) { length steps { relation { id from { id } to { id } } } explanation(lang: $lang) }\n}": typeof types.PathDocument,
    "query Reader($id: ID!, $lang: Lang) {\n  documents { id title(lang: $lang) }\n  document(id: $id) {\n    id title(lang: $lang) text\n    mentions { start end entity { id name(lang: $lang) } }\n  }\n}": typeof types.ReaderDocument,
    "query Search($text: String!, $lang: Lang, $first: Int) {\n  search(text: $text, lang: $lang, first: $first) { matched node { id kind name(lang: $lang) } }\n}": typeof types.SearchDocument,
    "query Compare($from: Date!, $to: Date!, $lang: Lang) {\n  compare(from: $from, to: $to) {\n    addedEntities { id name(lang: $lang) }\n    removedEntities { id name(lang: $lang) }\n    addedRelations { id label(lang: $lang) from { name(lang: $lang) } to { name(lang: $lang) } }\n    removedRelations { id label(lang: $lang) from { name(lang: $lang) } to { name(lang: $lang) } }\n  }\n}": typeof types.CompareDocument,
};
const documents: Documents = {
    "query Ontology {\n  ontology {\n    graphVersion\n    entityKinds { id color shape historical names { kk ru en } }\n    relationKinds { id color lineStyle names { kk ru en } }\n    branchOrder\n  }\n}": types.OntologyDocument,
    "query Graph($asOf: Date, $lang: Lang, $version: String) {\n  graph(filter: { asOf: $asOf, lang: $lang, version: $version }) { asOf version elements positions { id x y } }\n}": types.GraphDocument,
    "fragment SourceFields on Source {\n  kind documentId quote start end document { id title(lang: $lang) } passage { text start }\n  article wording wordingLang act { id name(lang: $lang) validFrom validTo }\n  title url sentence\n}": types.SourceFieldsFragmentDoc,
    "query NodeDetails($id: ID!, $asOf: Date, $lang: Lang!) {\n  node(id: $id) {\n    __typename id kind validFrom validTo notes officialText\n    names { kk ru en }\n    description(lang: $lang)\n    sources { ...SourceFields }\n    ... on Institution {\n      level\n      branch { id name(lang: $lang) }\n      appointedBy(asOf: $asOf) {\n        appointer { id name(lang: $lang) }\n        consentOf { id name(lang: $lang) }\n        nominatedBy { id name(lang: $lang) }\n        dismissedBy { id name(lang: $lang) }\n        term { text(lang: $lang) }\n        validFrom validTo\n        sources { ...SourceFields }\n      }\n      mentions { document { id title(lang: $lang) } start end text }\n      relations(asOf: $asOf) {\n        id type label(lang: $lang) validFrom validTo derivedFrom\n        from { id name(lang: $lang) }\n        to { id name(lang: $lang) }\n        sources { ...SourceFields }\n      }\n    }\n  }\n}": types.NodeDetailsDocument,
    "query RelationDetails($id: ID!, $lang: Lang!) {\n  relation(id: $id) {\n    id type label(lang: $lang) validFrom validTo notes conditions(lang: $lang)\n    term { text(lang: $lang) }\n    from { id name(lang: $lang) }\n    to { id name(lang: $lang) }\n    consentOf { id name(lang: $lang) }\n    nominatedBy { id name(lang: $lang) }\n    sources { ...SourceFields }\n  }\n}": types.RelationDetailsDocument,
    "query Checks($asOf: Date, $lang: Lang) {\n  checksAndBalances(asOf: $asOf) {\n    from { id name(lang: $lang) }\n    to { id name(lang: $lang) }\n    type\n    count\n    relations { id label(lang: $lang) from { id name(lang: $lang) } to { id name(lang: $lang) } }\n  }\n}": types.ChecksDocument,
    "query Chain($id: ID!, $asOf: Date, $lang: Lang) {\n  appointmentChain(id: $id, asOf: $asOf) {\n    links {\n      appointer { id name(lang: $lang) }\n      appointee { id name(lang: $lang) }\n      consentOf { id name(lang: $lang) }\n      nominatedBy { id name(lang: $lang) }\n      term { text(lang: $lang) }\n      relation { id }\n    }\n  }\n}": types.ChainDocument,
    "query Appointees($id: ID!, $asOf: Date, $lang: Lang) {\n  appointees(id: $id, asOf: $asOf) {\n    appointee { id name(lang: $lang) }\n    consentOf { id name(lang: $lang) }\n    nominatedBy { id name(lang: $lang) }\n    relation { id }\n  }\n}": types.AppointeesDocument,
    "query Remove($id: ID!, $asOf: Date, $lang: Lang) {\n  whoCanRemove(id: $id, asOf: $asOf) { by { id name(lang: $lang) } kind relation { id label(lang: $lang) } }\n}": types.RemoveDocument,
    "query Path($from: ID!, $to: ID!, $asOf: Date, $lang: Lang) {\n  path(from: $from, to: $to, asOf: $asOf) { length steps { relation { id from { id } to { id } } } explanation(lang: $lang) }\n}": types.PathDocument,
    "query Reader($id: ID!, $lang: Lang) {\n  documents { id title(lang: $lang) }\n  document(id: $id) {\n    id title(lang: $lang) text\n    mentions { start end entity { id name(lang: $lang) } }\n  }\n}": types.ReaderDocument,
    "query Search($text: String!, $lang: Lang, $first: Int) {\n  search(text: $text, lang: $lang, first: $first) { matched node { id kind name(lang: $lang) } }\n}": types.SearchDocument,
    "query Compare($from: Date!, $to: Date!, $lang: Lang) {\n  compare(from: $from, to: $to) {\n    addedEntities { id name(lang: $lang) }\n    removedEntities { id name(lang: $lang) }\n    addedRelations { id label(lang: $lang) from { name(lang: $lang) } to { name(lang: $lang) } }\n    removedRelations { id label(lang: $lang) from { name(lang: $lang) } to { name(lang: $lang) } }\n  }\n}": types.CompareDocument,
};

/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query Ontology {\n  ontology {\n    graphVersion\n    entityKinds { id color shape historical names { kk ru en } }\n    relationKinds { id color lineStyle names { kk ru en } }\n    branchOrder\n  }\n}"): typeof import('./graphql').OntologyDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query Graph($asOf: Date, $lang: Lang, $version: String) {\n  graph(filter: { asOf: $asOf, lang: $lang, version: $version }) { asOf version elements positions { id x y } }\n}"): typeof import('./graphql').GraphDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "fragment SourceFields on Source {\n  kind documentId quote start end document { id title(lang: $lang) } passage { text start }\n  article wording wordingLang act { id name(lang: $lang) validFrom validTo }\n  title url sentence\n}"): typeof import('./graphql').SourceFieldsFragmentDoc;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query NodeDetails($id: ID!, $asOf: Date, $lang: Lang!) {\n  node(id: $id) {\n    __typename id kind validFrom validTo notes officialText\n    names { kk ru en }\n    description(lang: $lang)\n    sources { ...SourceFields }\n    ... on Institution {\n      level\n      branch { id name(lang: $lang) }\n      appointedBy(asOf: $asOf) {\n        appointer { id name(lang: $lang) }\n        consentOf { id name(lang: $lang) }\n        nominatedBy { id name(lang: $lang) }\n        dismissedBy { id name(lang: $lang) }\n        term { text(lang: $lang) }\n        validFrom validTo\n        sources { ...SourceFields }\n      }\n      mentions { document { id title(lang: $lang) } start end text }\n      relations(asOf: $asOf) {\n        id type label(lang: $lang) validFrom validTo derivedFrom\n        from { id name(lang: $lang) }\n        to { id name(lang: $lang) }\n        sources { ...SourceFields }\n      }\n    }\n  }\n}"): typeof import('./graphql').NodeDetailsDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query RelationDetails($id: ID!, $lang: Lang!) {\n  relation(id: $id) {\n    id type label(lang: $lang) validFrom validTo notes conditions(lang: $lang)\n    term { text(lang: $lang) }\n    from { id name(lang: $lang) }\n    to { id name(lang: $lang) }\n    consentOf { id name(lang: $lang) }\n    nominatedBy { id name(lang: $lang) }\n    sources { ...SourceFields }\n  }\n}"): typeof import('./graphql').RelationDetailsDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query Checks($asOf: Date, $lang: Lang) {\n  checksAndBalances(asOf: $asOf) {\n    from { id name(lang: $lang) }\n    to { id name(lang: $lang) }\n    type\n    count\n    relations { id label(lang: $lang) from { id name(lang: $lang) } to { id name(lang: $lang) } }\n  }\n}"): typeof import('./graphql').ChecksDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query Chain($id: ID!, $asOf: Date, $lang: Lang) {\n  appointmentChain(id: $id, asOf: $asOf) {\n    links {\n      appointer { id name(lang: $lang) }\n      appointee { id name(lang: $lang) }\n      consentOf { id name(lang: $lang) }\n      nominatedBy { id name(lang: $lang) }\n      term { text(lang: $lang) }\n      relation { id }\n    }\n  }\n}"): typeof import('./graphql').ChainDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query Appointees($id: ID!, $asOf: Date, $lang: Lang) {\n  appointees(id: $id, asOf: $asOf) {\n    appointee { id name(lang: $lang) }\n    consentOf { id name(lang: $lang) }\n    nominatedBy { id name(lang: $lang) }\n    relation { id }\n  }\n}"): typeof import('./graphql').AppointeesDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query Remove($id: ID!, $asOf: Date, $lang: Lang) {\n  whoCanRemove(id: $id, asOf: $asOf) { by { id name(lang: $lang) } kind relation { id label(lang: $lang) } }\n}"): typeof import('./graphql').RemoveDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query Path($from: ID!, $to: ID!, $asOf: Date, $lang: Lang) {\n  path(from: $from, to: $to, asOf: $asOf) { length steps { relation { id from { id } to { id } } } explanation(lang: $lang) }\n}"): typeof import('./graphql').PathDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query Reader($id: ID!, $lang: Lang) {\n  documents { id title(lang: $lang) }\n  document(id: $id) {\n    id title(lang: $lang) text\n    mentions { start end entity { id name(lang: $lang) } }\n  }\n}"): typeof import('./graphql').ReaderDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query Search($text: String!, $lang: Lang, $first: Int) {\n  search(text: $text, lang: $lang, first: $first) { matched node { id kind name(lang: $lang) } }\n}"): typeof import('./graphql').SearchDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query Compare($from: Date!, $to: Date!, $lang: Lang) {\n  compare(from: $from, to: $to) {\n    addedEntities { id name(lang: $lang) }\n    removedEntities { id name(lang: $lang) }\n    addedRelations { id label(lang: $lang) from { name(lang: $lang) } to { name(lang: $lang) } }\n    removedRelations { id label(lang: $lang) from { name(lang: $lang) } to { name(lang: $lang) } }\n  }\n}"): typeof import('./graphql').CompareDocument;


export function gql(source: string) {
  return (documents as any)[source] ?? {};
}

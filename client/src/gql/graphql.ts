/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A kind of entity: office, state body, court, branch, legal act, ... */
export type EntityKind =
  /** State body */
  | 'BODY'
  /** Branch or power centre */
  | 'BRANCH'
  /** Court */
  | 'COURT'
  /** Electorate */
  | 'ELECTORATE'
  /** Event */
  | 'EVENT'
  /** Historical body */
  | 'HISTORICAL_BODY'
  /** Legal act */
  | 'LEGAL_ACT'
  /** Office */
  | 'OFFICE';

/** A language of names and texts. */
export type Lang =
  /** English */
  | 'EN'
  /** Kazakh (Cyrillic) */
  | 'KK'
  /** Russian */
  | 'RU';

/** A kind of relation between institutions (see the ontology's schema/kinds.yaml). */
export type RelationType =
  /** abolished by */
  | 'ABOLISHED_BY'
  /** appeals go to */
  | 'APPEALS_TO'
  /** appoints */
  | 'APPOINTS'
  /** consents to the appointment of */
  | 'CONSENTS_TO'
  /** works with */
  | 'COOPERATES_WITH'
  /** coordinates */
  | 'COORDINATES'
  /** dismisses */
  | 'DISMISSES'
  /** may dissolve */
  | 'DISSOLVES'
  /** elects */
  | 'ELECTS'
  /** established by */
  | 'ESTABLISHED_BY'
  /** heads */
  | 'HEADS'
  /** submits draft laws to */
  | 'INITIATES_LEGISLATION_IN'
  /** issues */
  | 'ISSUES'
  /** lifts the immunity of */
  | 'LIFTS_IMMUNITY_OF'
  /** is a member of */
  | 'MEMBER_OF'
  /** modelled on */
  | 'MODELLED_ON'
  /** nominates */
  | 'NOMINATES'
  /** may pass a vote of no confidence in */
  | 'NO_CONFIDENCE_IN'
  /** is part of */
  | 'PART_OF'
  /** petitions */
  | 'PETITIONS'
  /** protests the acts of */
  | 'PROTESTS_ACTS_OF'
  /** recommends */
  | 'RECOMMENDS'
  /** regulates */
  | 'REGULATES'
  /** reports to */
  | 'REPORTS_TO'
  /** represents the state in */
  | 'REPRESENTS_STATE_IN'
  /** reviews the constitutionality of */
  | 'REVIEWS_CONSTITUTIONALITY_OF'
  /** is subordinate to */
  | 'SUBORDINATE_TO'
  /** succeeded by */
  | 'SUCCEEDED_BY'
  /** supervises */
  | 'SUPERVISES'
  /** takes over the powers of */
  | 'TAKES_OVER_FROM'
  /** takes part in */
  | 'TAKES_PART_IN';

/** The legal means by which a tenure or a body can be ended. */
export type RemovalKind =
  /** Dismissal (освобождение от должности): the holder of the power releases the official or body from office. */
  | 'DISMISSAL'
  /** Dissolution (роспуск): the body's powers end before its term runs out; for an elected body, early elections follow. */
  | 'DISSOLUTION'
  /** Lifting of immunity (согласие на лишение неприкосновенности): without this consent the official may not be arrested or prosecuted; it does not remove anyone by itself, but allows a prosecution that may end the tenure. */
  | 'IMMUNITY_LIFTED'
  /** A vote of no confidence (выражение недоверия): the body may pass it, and it obliges the Government (or the official) to offer its resignation. */
  | 'NO_CONFIDENCE';

/** The kinds of source a fact can cite. */
export type SourceKind =
  /** A legal act and its article. */
  | 'LEGAL_BASIS'
  /** A verbatim quote from one of the five source documents. */
  | 'PASSAGE'
  /** A public page, and the sentence relied on. */
  | 'REFERENCE';

export type OntologyQueryVariables = Exact<{ [key: string]: never; }>;


export type OntologyQuery = { ontology: { graphVersion: string | null, branchOrder: Array<string>, entityKinds: Array<{ id: string, color: string, shape: string, historical: boolean, names: { kk: string, ru: string, en: string } }>, relationKinds: Array<{ id: string, color: string, lineStyle: string, names: { kk: string, ru: string, en: string } }> } };

export type GraphQueryVariables = Exact<{
  asOf?: string | null | undefined;
  lang?: Lang | null | undefined;
  version?: string | null | undefined;
}>;


export type GraphQuery = { graph: { asOf: string, version: string | null, elements: import('cytoscape').ElementsDefinition, positions: Array<{ id: string, x: number, y: number }> | null } };

export type SourceFieldsFragment = { kind: SourceKind, documentId: string | null, quote: string | null, start: number | null, end: number | null, article: string | null, wording: string | null, wordingLang: Lang | null, title: string | null, url: string | null, sentence: string | null, document: { id: string, title: string } | null, passage: { text: string, start: number } | null, act:
    | { id: string, name: string, validFrom: string, validTo: string | null }
    | { id: string, name: string, validFrom: string, validTo: string | null }
   | null };

export type NodeDetailsQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
  lang: Lang;
}>;


export type NodeDetailsQuery = { node:
    | { __typename: 'Branch', id: string, kind: EntityKind, validFrom: string, validTo: string | null, notes: string | null, officialText: string | null, description: string | null, names: { kk: string, ru: string, en: string }, sources: Array<{ kind: SourceKind, documentId: string | null, quote: string | null, start: number | null, end: number | null, article: string | null, wording: string | null, wordingLang: Lang | null, title: string | null, url: string | null, sentence: string | null, document: { id: string, title: string } | null, passage: { text: string, start: number } | null, act:
          | { id: string, name: string, validFrom: string, validTo: string | null }
          | { id: string, name: string, validFrom: string, validTo: string | null }
         | null }> }
    | { __typename: 'Institution', level: string | null, id: string, kind: EntityKind, validFrom: string, validTo: string | null, notes: string | null, officialText: string | null, description: string | null, branch: { id: string, name: string } | null, appointedBy: Array<{ validFrom: string, validTo: string | null, appointer:
          | { id: string, name: string }
          | { id: string, name: string }
        , consentOf: Array<
          | { id: string, name: string }
          | { id: string, name: string }
        >, nominatedBy: Array<
          | { id: string, name: string }
          | { id: string, name: string }
        >, dismissedBy: Array<
          | { id: string, name: string }
          | { id: string, name: string }
        >, term: { text: string } | null, sources: Array<{ kind: SourceKind, documentId: string | null, quote: string | null, start: number | null, end: number | null, article: string | null, wording: string | null, wordingLang: Lang | null, title: string | null, url: string | null, sentence: string | null, document: { id: string, title: string } | null, passage: { text: string, start: number } | null, act:
            | { id: string, name: string, validFrom: string, validTo: string | null }
            | { id: string, name: string, validFrom: string, validTo: string | null }
           | null }> }>, mentions: Array<{ start: number, end: number, text: string, document: { id: string, title: string } }>, relations: Array<{ id: string, type: RelationType, label: string, validFrom: string, validTo: string | null, derivedFrom: string | null, from:
          | { id: string, name: string }
          | { id: string, name: string }
        , to:
          | { id: string, name: string }
          | { id: string, name: string }
        , sources: Array<{ kind: SourceKind, documentId: string | null, quote: string | null, start: number | null, end: number | null, article: string | null, wording: string | null, wordingLang: Lang | null, title: string | null, url: string | null, sentence: string | null, document: { id: string, title: string } | null, passage: { text: string, start: number } | null, act:
            | { id: string, name: string, validFrom: string, validTo: string | null }
            | { id: string, name: string, validFrom: string, validTo: string | null }
           | null }> }>, names: { kk: string, ru: string, en: string }, sources: Array<{ kind: SourceKind, documentId: string | null, quote: string | null, start: number | null, end: number | null, article: string | null, wording: string | null, wordingLang: Lang | null, title: string | null, url: string | null, sentence: string | null, document: { id: string, title: string } | null, passage: { text: string, start: number } | null, act:
          | { id: string, name: string, validFrom: string, validTo: string | null }
          | { id: string, name: string, validFrom: string, validTo: string | null }
         | null }> }
   | null };

export type RelationDetailsQueryVariables = Exact<{
  id: string | number;
  lang: Lang;
}>;


export type RelationDetailsQuery = { relation: { id: string, type: RelationType, label: string, validFrom: string, validTo: string | null, notes: string | null, conditions: string | null, term: { text: string } | null, from:
      | { id: string, name: string }
      | { id: string, name: string }
    , to:
      | { id: string, name: string }
      | { id: string, name: string }
    , consentOf: Array<
      | { id: string, name: string }
      | { id: string, name: string }
    >, nominatedBy: Array<
      | { id: string, name: string }
      | { id: string, name: string }
    >, sources: Array<{ kind: SourceKind, documentId: string | null, quote: string | null, start: number | null, end: number | null, article: string | null, wording: string | null, wordingLang: Lang | null, title: string | null, url: string | null, sentence: string | null, document: { id: string, title: string } | null, passage: { text: string, start: number } | null, act:
        | { id: string, name: string, validFrom: string, validTo: string | null }
        | { id: string, name: string, validFrom: string, validTo: string | null }
       | null }> } | null };

export type ChecksQueryVariables = Exact<{
  asOf?: string | null | undefined;
  lang?: Lang | null | undefined;
}>;


export type ChecksQuery = { checksAndBalances: Array<{ type: RelationType, count: number, from: { id: string, name: string }, to: { id: string, name: string }, relations: Array<{ id: string, label: string, from:
        | { id: string, name: string }
        | { id: string, name: string }
      , to:
        | { id: string, name: string }
        | { id: string, name: string }
       }> }> };

export type ChainQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
  lang?: Lang | null | undefined;
}>;


export type ChainQuery = { appointmentChain: { links: Array<{ appointer:
        | { id: string, name: string }
        | { id: string, name: string }
      , appointee:
        | { id: string, name: string }
        | { id: string, name: string }
      , consentOf: Array<
        | { id: string, name: string }
        | { id: string, name: string }
      >, nominatedBy: Array<
        | { id: string, name: string }
        | { id: string, name: string }
      >, term: { text: string } | null, relation: { id: string } }> } };

export type AppointeesQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
  lang?: Lang | null | undefined;
}>;


export type AppointeesQuery = { appointees: Array<{ appointee:
      | { id: string, name: string }
      | { id: string, name: string }
    , consentOf: Array<
      | { id: string, name: string }
      | { id: string, name: string }
    >, nominatedBy: Array<
      | { id: string, name: string }
      | { id: string, name: string }
    >, relation: { id: string } }> };

export type RemoveQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
  lang?: Lang | null | undefined;
}>;


export type RemoveQuery = { whoCanRemove: Array<{ kind: RemovalKind, by:
      | { id: string, name: string }
      | { id: string, name: string }
    , relation: { id: string, label: string } }> };

export type PathQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  asOf?: string | null | undefined;
  lang?: Lang | null | undefined;
}>;


export type PathQuery = { path: Array<{ length: number, explanation: Array<string>, steps: Array<{ relation: { id: string, from:
          | { id: string }
          | { id: string }
        , to:
          | { id: string }
          | { id: string }
         } }> }> };

export type ReaderQueryVariables = Exact<{
  id: string | number;
  lang?: Lang | null | undefined;
}>;


export type ReaderQuery = { documents: Array<{ id: string, title: string }>, document: { id: string, title: string, text: string, mentions: Array<{ start: number, end: number, entity:
        | { id: string, name: string }
        | { id: string, name: string }
       }> } | null };

export type SearchQueryVariables = Exact<{
  text: string;
  lang?: Lang | null | undefined;
  first?: number | null | undefined;
}>;


export type SearchQuery = { search: Array<{ matched: string, node:
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
     }> };

export type CompareQueryVariables = Exact<{
  from: string;
  to: string;
  lang?: Lang | null | undefined;
}>;


export type CompareQuery = { compare: { addedEntities: Array<
      | { id: string, name: string }
      | { id: string, name: string }
    >, removedEntities: Array<
      | { id: string, name: string }
      | { id: string, name: string }
    >, addedRelations: Array<{ id: string, label: string, from:
        | { name: string }
        | { name: string }
      , to:
        | { name: string }
        | { name: string }
       }>, removedRelations: Array<{ id: string, label: string, from:
        | { name: string }
        | { name: string }
      , to:
        | { name: string }
        | { name: string }
       }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const SourceFieldsFragmentDoc = new TypedDocumentString(`
    fragment SourceFields on Source {
  kind
  documentId
  quote
  start
  end
  document {
    id
    title(lang: $lang)
  }
  passage {
    text
    start
  }
  article
  wording
  wordingLang
  act {
    id
    name(lang: $lang)
    validFrom
    validTo
  }
  title
  url
  sentence
}
    `, {"fragmentName":"SourceFields"}) as unknown as TypedDocumentString<SourceFieldsFragment, unknown>;
export const OntologyDocument = new TypedDocumentString(`
    query Ontology {
  ontology {
    graphVersion
    entityKinds {
      id
      color
      shape
      historical
      names {
        kk
        ru
        en
      }
    }
    relationKinds {
      id
      color
      lineStyle
      names {
        kk
        ru
        en
      }
    }
    branchOrder
  }
}
    `) as unknown as TypedDocumentString<OntologyQuery, OntologyQueryVariables>;
export const GraphDocument = new TypedDocumentString(`
    query Graph($asOf: Date, $lang: Lang, $version: String) {
  graph(filter: {asOf: $asOf, lang: $lang, version: $version}) {
    asOf
    version
    elements
    positions {
      id
      x
      y
    }
  }
}
    `) as unknown as TypedDocumentString<GraphQuery, GraphQueryVariables>;
export const NodeDetailsDocument = new TypedDocumentString(`
    query NodeDetails($id: ID!, $asOf: Date, $lang: Lang!) {
  node(id: $id) {
    __typename
    id
    kind
    validFrom
    validTo
    notes
    officialText
    names {
      kk
      ru
      en
    }
    description(lang: $lang)
    sources {
      ...SourceFields
    }
    ... on Institution {
      level
      branch {
        id
        name(lang: $lang)
      }
      appointedBy(asOf: $asOf) {
        appointer {
          id
          name(lang: $lang)
        }
        consentOf {
          id
          name(lang: $lang)
        }
        nominatedBy {
          id
          name(lang: $lang)
        }
        dismissedBy {
          id
          name(lang: $lang)
        }
        term {
          text(lang: $lang)
        }
        validFrom
        validTo
        sources {
          ...SourceFields
        }
      }
      mentions {
        document {
          id
          title(lang: $lang)
        }
        start
        end
        text
      }
      relations(asOf: $asOf) {
        id
        type
        label(lang: $lang)
        validFrom
        validTo
        derivedFrom
        from {
          id
          name(lang: $lang)
        }
        to {
          id
          name(lang: $lang)
        }
        sources {
          ...SourceFields
        }
      }
    }
  }
}
    fragment SourceFields on Source {
  kind
  documentId
  quote
  start
  end
  document {
    id
    title(lang: $lang)
  }
  passage {
    text
    start
  }
  article
  wording
  wordingLang
  act {
    id
    name(lang: $lang)
    validFrom
    validTo
  }
  title
  url
  sentence
}`) as unknown as TypedDocumentString<NodeDetailsQuery, NodeDetailsQueryVariables>;
export const RelationDetailsDocument = new TypedDocumentString(`
    query RelationDetails($id: ID!, $lang: Lang!) {
  relation(id: $id) {
    id
    type
    label(lang: $lang)
    validFrom
    validTo
    notes
    conditions(lang: $lang)
    term {
      text(lang: $lang)
    }
    from {
      id
      name(lang: $lang)
    }
    to {
      id
      name(lang: $lang)
    }
    consentOf {
      id
      name(lang: $lang)
    }
    nominatedBy {
      id
      name(lang: $lang)
    }
    sources {
      ...SourceFields
    }
  }
}
    fragment SourceFields on Source {
  kind
  documentId
  quote
  start
  end
  document {
    id
    title(lang: $lang)
  }
  passage {
    text
    start
  }
  article
  wording
  wordingLang
  act {
    id
    name(lang: $lang)
    validFrom
    validTo
  }
  title
  url
  sentence
}`) as unknown as TypedDocumentString<RelationDetailsQuery, RelationDetailsQueryVariables>;
export const ChecksDocument = new TypedDocumentString(`
    query Checks($asOf: Date, $lang: Lang) {
  checksAndBalances(asOf: $asOf) {
    from {
      id
      name(lang: $lang)
    }
    to {
      id
      name(lang: $lang)
    }
    type
    count
    relations {
      id
      label(lang: $lang)
      from {
        id
        name(lang: $lang)
      }
      to {
        id
        name(lang: $lang)
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ChecksQuery, ChecksQueryVariables>;
export const ChainDocument = new TypedDocumentString(`
    query Chain($id: ID!, $asOf: Date, $lang: Lang) {
  appointmentChain(id: $id, asOf: $asOf) {
    links {
      appointer {
        id
        name(lang: $lang)
      }
      appointee {
        id
        name(lang: $lang)
      }
      consentOf {
        id
        name(lang: $lang)
      }
      nominatedBy {
        id
        name(lang: $lang)
      }
      term {
        text(lang: $lang)
      }
      relation {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ChainQuery, ChainQueryVariables>;
export const AppointeesDocument = new TypedDocumentString(`
    query Appointees($id: ID!, $asOf: Date, $lang: Lang) {
  appointees(id: $id, asOf: $asOf) {
    appointee {
      id
      name(lang: $lang)
    }
    consentOf {
      id
      name(lang: $lang)
    }
    nominatedBy {
      id
      name(lang: $lang)
    }
    relation {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AppointeesQuery, AppointeesQueryVariables>;
export const RemoveDocument = new TypedDocumentString(`
    query Remove($id: ID!, $asOf: Date, $lang: Lang) {
  whoCanRemove(id: $id, asOf: $asOf) {
    by {
      id
      name(lang: $lang)
    }
    kind
    relation {
      id
      label(lang: $lang)
    }
  }
}
    `) as unknown as TypedDocumentString<RemoveQuery, RemoveQueryVariables>;
export const PathDocument = new TypedDocumentString(`
    query Path($from: ID!, $to: ID!, $asOf: Date, $lang: Lang) {
  path(from: $from, to: $to, asOf: $asOf) {
    length
    steps {
      relation {
        id
        from {
          id
        }
        to {
          id
        }
      }
    }
    explanation(lang: $lang)
  }
}
    `) as unknown as TypedDocumentString<PathQuery, PathQueryVariables>;
export const ReaderDocument = new TypedDocumentString(`
    query Reader($id: ID!, $lang: Lang) {
  documents {
    id
    title(lang: $lang)
  }
  document(id: $id) {
    id
    title(lang: $lang)
    text
    mentions {
      start
      end
      entity {
        id
        name(lang: $lang)
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReaderQuery, ReaderQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($text: String!, $lang: Lang, $first: Int) {
  search(text: $text, lang: $lang, first: $first) {
    matched
    node {
      id
      kind
      name(lang: $lang)
    }
  }
}
    `) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const CompareDocument = new TypedDocumentString(`
    query Compare($from: Date!, $to: Date!, $lang: Lang) {
  compare(from: $from, to: $to) {
    addedEntities {
      id
      name(lang: $lang)
    }
    removedEntities {
      id
      name(lang: $lang)
    }
    addedRelations {
      id
      label(lang: $lang)
      from {
        name(lang: $lang)
      }
      to {
        name(lang: $lang)
      }
    }
    removedRelations {
      id
      label(lang: $lang)
      from {
        name(lang: $lang)
      }
      to {
        name(lang: $lang)
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CompareQuery, CompareQueryVariables>;
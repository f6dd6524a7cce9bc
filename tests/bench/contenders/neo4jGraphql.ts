/**
 * Contender: @neo4j/graphql, the GraphQL-over-Neo4j library people pick, over the same labels,
 * relationship types and properties our seed writes, served by Apollo Server as its manual shows.
 * The type definitions are generated from ontology/schema/kinds.yaml: a field per relation kind and
 * direction, with the relation's properties on the edge.
 *
 *   NEO4J_URI=bolt://127.0.0.1:7687 PORT=4301 tsx tests/bench/contenders/neo4jGraphql.ts
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';
import { loadOntologyKinds, relationshipType } from '../../../ontology/src';

/** `reports-to` → `reportsTo`: a GraphQL field name. */
export const fieldName = (kindId: string) => kindId.replace(/-([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase());

export const RELATION_KIND_IDS = loadOntologyKinds().relationKinds.map((kind) => kind.id);

export function typeDefinitions(): string {
  const relationFields = RELATION_KIND_IDS.flatMap((kind) => [
    `${fieldName(kind)}: [Entity!]! @relationship(type: "${relationshipType(kind)}", direction: OUT, properties: "RelationProperties")`,
    `${fieldName(kind)}Inverse: [Entity!]! @relationship(type: "${relationshipType(kind)}", direction: IN, properties: "RelationProperties")`,
  ]);
  return `
    type Entity @node(labels: ["Entity"]) {
      id: ID!
      kind: String!
      branch: String
      level: String
      nameKk: String!
      nameRu: String!
      nameEn: String!
      validFrom: Date!
      validTo: Date
      searchText: String
      sourcesJson: String
      ${relationFields.join('\n      ')}
    }

    type RelationProperties @relationshipProperties {
      id: ID!
      type: String!
      validFrom: Date!
      validTo: Date
      termYears: Int
      consentOf: [String!]
      nominatedBy: [String!]
      derivedFrom: String
      sourcesJson: String
    }
  `;
}

async function main(): Promise<void> {
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error('NEO4J_URI is required');
  const driver = neo4j.driver(uri);
  const schema = await new Neo4jGraphQL({ typeDefs: typeDefinitions(), driver }).getSchema();
  const server = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(server, { listen: { port: Number(process.env.PORT ?? 4301), host: '127.0.0.1' } });
  console.log(`ready ${url}`);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}

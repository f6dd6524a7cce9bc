/**
 * GraphQL Code Generator (client preset): types every query the client writes with `gql(...)`
 * from the API's schema (server/schema.graphql), into client/src/gql/. `npm run schema` runs it.
 * A query asking for what the schema lacks fails the generation; one the generated code does not
 * know (not generated yet) matches none of gql()'s overloads, so `tsc -p client` fails. The files
 * are committed, and tests/unit/clientTypes.test.ts fails when they are stale.
 */
import path from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';

const root = path.resolve(__dirname, '..');

const config = {
  schema: path.join(root, 'server', 'schema.graphql'),
  documents: [path.join(root, 'client', 'src', '**', '*.ts'), `!${path.join(root, 'client', 'src', 'gql', '**')}`],
  generates: {
    [path.join(root, 'client', 'src', 'gql') + path.sep]: {
      preset: 'client',
      presetConfig: {
        // The explorer defines its queries with gql(); api.ts's graphql() sends them.
        gqlTagName: 'gql',
        // Fragments only share fields between queries here; their data stays in the answer's shape.
        fragmentMasking: false,
      },
      config: {
        // Queries are sent as text by GET (cacheable), so the documents are strings, not ASTs to print.
        documentMode: 'string',
        // Enums as unions of strings: no code in the bundle, and 'EN' type-checks as a Lang.
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
        // The API's one JSON field is `elements`, which the server builds for Cytoscape.
        scalars: { Date: 'string', JSON: { input: 'unknown', output: "import('cytoscape').ElementsDefinition" } },
      },
    },
  },
} satisfies CodegenConfig;

export default config;

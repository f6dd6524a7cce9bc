import path from 'node:path';
import { printSchema } from 'graphql';
import { REPO_ROOT } from '../config';
import { buildApiSchema } from './schema';

/**
 * server/schema.graphql: the API's schema in SDL, committed so that the client's types are
 * generated from it (client/codegen.ts) and a change of the API shows in review as a change of
 * this file. `npm run schema` writes it; tests/unit/schemaFile.test.ts fails when it is stale.
 */
export const SCHEMA_FILE = path.join(REPO_ROOT, 'server', 'schema.graphql');

/** The schema as SDL, in the order the code declares it (as the IDE's docs show it). */
export async function printApiSchema(): Promise<string> {
  return `${printSchema(await buildApiSchema())}\n`;
}

/**
 * `npm run seed`: validates the ontology (every error listed, nothing written when there is one),
 * then loads it into Neo4j: the server NEO4J_URI names, or the embedded database.
 *
 *   npm run seed [-- --ontology-dir <folder>]   (default: the project's ontology/)
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatIssue, loadOntology, OntologyValidationError } from '../../ontology/src';
import { openDatabase } from '../../neo4j/connect';
import { loadDatabaseSettings } from '../../neo4j/settings';
import { seedGraph } from './seedGraph';

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { 'ontology-dir': { type: 'string' } } });
  // Only the NEO4J_* settings: the seed needs nothing of the server's.
  const settings = loadDatabaseSettings(process.env);
  let ontology;
  try {
    ontology = loadOntology(values['ontology-dir'] ? path.resolve(values['ontology-dir']) : undefined);
  } catch (error) {
    if (!(error instanceof OntologyValidationError)) throw error;
    console.error(`The ontology is not valid; nothing was written. ${error.issues.length} error(s):`);
    for (const issue of error.issues) console.error(`  ${formatIssue(issue)}`);
    return 1;
  }
  const database = await openDatabase(settings);
  try {
    const result = await seedGraph(database.driver, settings.database, ontology);
    const change = result.previousVersion === result.version ? 'unchanged' : `was ${result.previousVersion ?? 'empty'}`;
    console.log(
      `Seeded ${database.uri}: ${result.entities} entities, ${result.relations} relations, ${result.documents} documents, ${result.mentions} mentions; ` +
        `graph version ${result.version} (${change}).`,
    );
    return 0;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);

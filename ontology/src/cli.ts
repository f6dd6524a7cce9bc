/**
 * `npm run validate [-- --ontology-dir <folder>]`: checks the ontology without touching any
 * database, listing every error with its file, line and entry.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatIssue, loadOntology, OntologyValidationError } from './load';

const { values } = parseArgs({ options: { 'ontology-dir': { type: 'string' } } });
try {
  const ontology = loadOntology(values['ontology-dir'] ? path.resolve(values['ontology-dir']) : undefined);
  const derived = ontology.relations.filter((relation) => relation.derivedFrom).length;
  console.log(
    `The ontology is valid: ${ontology.entities.length} entities, ${ontology.relations.length - derived} relations ` +
      `(+${derived} consent and nomination edges drawn from appointments), ${ontology.documents.length} documents; version ${ontology.version}.`,
  );
} catch (error) {
  if (!(error instanceof OntologyValidationError)) throw error;
  console.error(`The ontology is not valid. ${error.issues.length} error(s):`);
  for (const issue of error.issues) console.error(`  ${formatIssue(issue)}`);
  process.exitCode = 1;
}

/**
 * `npm run report:coverage`: writes docs/coverage.md, which says for each source document which
 * entities and relations the ontology draws from it, and which of its sentences state an
 * institutional relation that no fact cites yet.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { coverageOf } from './coverage';
import { loadOntology } from './load';
import { findMentions } from './mentions';
import { measureMentionRecall } from './mentionSample';

const REPORT = path.resolve(__dirname, '..', '..', 'docs', 'coverage.md');

const ontology = loadOntology();
const coverage = coverageOf(ontology);
const recall = measureMentionRecall(findMentions(ontology.entities, ontology.documents));
const ownRelations = ontology.relations.filter((relation) => !relation.derivedFrom);

const lines = [
  '# Coverage of the source documents',
  '',
  'Made by `npm run report:coverage` from the ontology (version ' + ontology.version + '); do not edit by hand.',
  '',
  `The ontology holds ${ontology.entities.length} entities and ${ownRelations.length} relations ` +
    `(plus ${ontology.relations.length - ownRelations.length} consent and nomination edges drawn from appointments).`,
  '',
  'A sentence "states a relation" when it holds a word such as appoints, elects, dismisses, consents, nominates,',
  'supervises, heads, protests or reports to (`RELATION_MARKERS` in `ontology/src/coverage.ts`). It is cited when a',
  'quote of some fact overlaps it; sentences a person read and found to state no relation between institutions are',
  'listed with the reason (`ontology/quality/coverage-reviewed.yaml`).',
  '',
  '| document | relations quoting it | entities they concern | uncited sentences stating a relation | reviewed, no relation |',
  '| --- | --- | --- | --- | --- |',
  ...coverage.map(
    (item) => `| ${item.documentId} | ${item.relationIds.length} | ${item.entityIds.length} | ${item.uncited.length} | ${item.reviewed.length} |`,
  ),
  '',
  '## Mention detection, checked by hand',
  '',
  `On the hand-annotated sample in \`ontology/quality/mention-sample.yaml\`, names and aliases find ` +
    `${recall.found} of ${recall.expected} mentions: recall ${(recall.recall * 100).toFixed(1)}%.`,
  ...(recall.missed.length ? ['', 'Missed:', ...recall.missed.map((miss) => `- ${miss}`)] : []),
];

for (const item of coverage) {
  const document = ontology.documents.find((candidate) => candidate.id === item.documentId)!;
  lines.push('', `## ${item.documentId}: ${document.titles.en}`, '');
  lines.push(`Relations quoting it (${item.relationIds.length}): ${item.relationIds.map((id) => `\`${id}\``).join(', ') || 'none'}.`, '');
  lines.push(`Entities they concern (${item.entityIds.length}): ${item.entityIds.map((id) => `\`${id}\``).join(', ') || 'none'}.`, '');
  if (item.uncited.length === 0) {
    lines.push('Every sentence that states an institutional relation is cited by a fact.');
  } else {
    lines.push(`Sentences that state an institutional relation but no fact cites yet (${item.uncited.length}):`, '');
    for (const sentence of item.uncited) {
      const text = sentence.text.length > 300 ? `${sentence.text.slice(0, 300)}…` : sentence.text;
      lines.push(`- ${sentence.start}–${sentence.end}: ${text}`);
    }
  }
  if (item.reviewed.length > 0) {
    lines.push('', 'Reviewed by a person, no relation between institutions:', '');
    for (const sentence of item.reviewed) lines.push(`- ${sentence.start}–${sentence.end}: ${sentence.text.slice(0, 200)}… (${sentence.reason})`);
  }
}

writeFileSync(REPORT, `${lines.join('\n')}\n`);
console.log(`Wrote ${path.relative(process.cwd(), REPORT)}:`);
for (const item of coverage) {
  console.log(
    `  ${item.documentId}: ${item.relationIds.length} relations, ${item.entityIds.length} entities, ` +
      `${item.uncited.length} uncited sentences, ${item.reviewed.length} reviewed as stating no relation`,
  );
}
console.log(`  mention recall on the hand-checked sample: ${recall.found}/${recall.expected}`);

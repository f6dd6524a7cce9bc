/**
 * `npm run report:coverage`: writes docs/coverage.md, which says for each source document which
 * entities and relations the ontology draws from it, how many relations it states, and which of
 * them no relation quotes and no person has reviewed.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { coverageOf, type StatedRelation } from './coverage';
import { loadOntology } from './load';
import { findMentions } from './mentions';
import { measureMentionRecall } from './mentionSample';

const REPORT = path.resolve(__dirname, '..', '..', 'docs', 'coverage.md');

const ontology = loadOntology();
const coverage = coverageOf(ontology);
const recall = measureMentionRecall(findMentions(ontology.entities, ontology.documents));
const ownRelations = ontology.relations.filter((relation) => !relation.derivedFrom);
const sum = (pick: (item: (typeof coverage)[number]) => unknown[]) => coverage.reduce((total, item) => total + pick(item).length, 0);

/** The relation word in its sentence, the word in bold, the sentence cut around it. */
function inContext(relation: StatedRelation): string {
  const text = relation.sentence.text;
  const at = relation.offsetInSentence;
  const from = Math.max(0, at - 120);
  const to = Math.min(text.length, at + relation.word.length + 120);
  const before = `${from > 0 ? '…' : ''}${text.slice(from, at)}`;
  const after = `${text.slice(at + relation.word.length, to)}${to < text.length ? '…' : ''}`;
  return `${before}**${text.slice(at, at + relation.word.length)}**${after}`;
}

const lines = [
  '# Coverage of the source documents',
  '',
  'Made by `npm run report:coverage` from the ontology (version ' + ontology.version + '); do not edit by hand.',
  '',
  `The ontology holds ${ontology.entities.length} entities and ${ownRelations.length} relations ` +
    `(plus ${ontology.relations.length - ownRelations.length} consent and nomination edges drawn from appointments).`,
  '',
  '## How relations are counted',
  '',
  'Coverage is counted per relation stated, not per sentence touched.',
  '',
  '- **A stated relation is one relation word.** Each occurrence in a document of a word that states a relation',
  '  between institutions (appoints, dismisses, consents, nominates, elects, reports to, is subordinate to,',
  '  supervises, checks, controls, heads, is a member of, is part of or attached to, protests, represents,',
  '  takes part in, coordinates, dissolves, is set by; `RELATION_MARKERS` in `ontology/src/coverage.ts`, Kazakh',
  '  and Russian, matched at the start of a word) is one stated relation. A sentence with three such words',
  '  states three relations; "appoints and dismisses" states two.',
  '- **Modelled**: the word stands inside the quote of some relation of the ontology (consent and nomination',
  '  edges derived from appointments excluded; quotes on entities do not count). A quote covers only the',
  '  words it holds: a sentence that states two relations, one of which is quoted, keeps the other uncovered.',
  '- **Reviewed**: no relation quotes the word, but a passage of `ontology/quality/coverage-reviewed.yaml`',
  '  holds it, with the reason a person gave (modelled elsewhere from another passage, or no relation the',
  '  graph could hold).',
  '- **Uncovered**: neither. These are listed below, document by document.',
  '',
  'What the count cannot see: a relation stated without any of the listed words, and a relation word inside',
  'a quote that models a different relation of the same clause. A phrase with two relation words for one fact',
  '("with the consent of the Senate ... appoints") counts twice, and a quote of the whole clause covers both.',
  '',
  '| document | relations quoting it | entities they concern | stated relations (relation words) | modelled | reviewed | uncovered |',
  '| --- | --- | --- | --- | --- | --- | --- |',
  ...coverage.map(
    (item) =>
      `| ${item.documentId} | ${item.relationIds.length} | ${item.entityIds.length} | ${item.stated.length} | ` +
      `${item.modelled.length} | ${item.reviewed.length} | ${item.uncovered.length} |`,
  ),
  `| all | ${new Set(coverage.flatMap((item) => item.relationIds)).size} | ${new Set(coverage.flatMap((item) => item.entityIds)).size} | ` +
    `${sum((item) => item.stated)} | ${sum((item) => item.modelled)} | ${sum((item) => item.reviewed)} | ${sum((item) => item.uncovered)} |`,
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
  lines.push(
    `Stated relations: ${item.stated.length}; modelled ${item.modelled.length}, reviewed ${item.reviewed.length}, ` +
      `uncovered ${item.uncovered.length}.`,
    '',
  );
  lines.push(`Relations quoting it (${item.relationIds.length}): ${item.relationIds.map((id) => `\`${id}\``).join(', ') || 'none'}.`, '');
  lines.push(`Entities they concern (${item.entityIds.length}): ${item.entityIds.map((id) => `\`${id}\``).join(', ') || 'none'}.`, '');
  if (item.uncovered.length === 0) {
    lines.push("Every relation word of this document stands in a relation's quote or in a reviewed passage.");
  } else {
    lines.push(`Stated relations neither modelled nor reviewed (${item.uncovered.length}):`, '');
    for (const relation of item.uncovered) lines.push(`- ${relation.start}: ${inContext(relation)}`);
  }
  if (item.reviewed.length > 0) {
    lines.push('', `Reviewed by a person (${item.reviewed.length}):`, '');
    for (const relation of item.reviewed) lines.push(`- ${relation.start}: ${inContext(relation)} (${relation.reason})`);
  }
  if (item.reviewsWithoutRelationWord.length > 0) {
    lines.push(
      '',
      `Reviewed passages that hold no relation word left unmodelled (${item.reviewsWithoutRelationWord.length}): passages the ` +
        'marker list does not catch, recorded because an audit named them, or entries a later quote or review made redundant.',
      '',
    );
    for (const review of item.reviewsWithoutRelationWord) {
      lines.push(`- "${review.quote.length > 120 ? `${review.quote.slice(0, 120)}…` : review.quote}" (${review.reason})`);
    }
  }
}

writeFileSync(REPORT, `${lines.join('\n')}\n`);
console.log(`Wrote ${path.relative(process.cwd(), REPORT)}:`);
for (const item of coverage) {
  console.log(
    `  ${item.documentId}: ${item.relationIds.length} relations, ${item.entityIds.length} entities; ` +
      `${item.stated.length} stated relations: ${item.modelled.length} modelled, ${item.reviewed.length} reviewed, ${item.uncovered.length} uncovered`,
  );
}
console.log(`  mention recall on the hand-checked sample: ${recall.found}/${recall.expected}`);

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { Mention } from './mentions';
import { normaliseWithOffsets } from './normalise';

/** The hand-annotated sample: passages and, in order, every mention of an entity a reader finds there. */
export const MENTION_SAMPLE_FILE = path.resolve(__dirname, '..', 'quality', 'mention-sample.yaml');

interface Sample {
  document: string;
  mentions: { text: string; entity: string }[];
}

export interface MentionRecall {
  expected: number;
  found: number;
  recall: number;
  /** The expected mentions not found, as "document: text (entity)". */
  missed: string[];
}

/**
 * Compares detected mentions with the hand-annotated sample: each annotated mention is looked up
 * in its document, in order, and counts as found when a detected mention of the same entity
 * overlaps it.
 */
export function measureMentionRecall(detected: Mention[], sampleFile: string = MENTION_SAMPLE_FILE): MentionRecall {
  const { samples } = parse(readFileSync(sampleFile, 'utf8')) as { samples: Sample[] };
  const documentsDir = path.resolve(__dirname, '..', 'documents');
  let expected = 0;
  let found = 0;
  const missed: string[] = [];
  for (const sample of samples) {
    const text = normaliseWithOffsets(readFileSync(path.join(documentsDir, `${sample.document}.txt`), 'utf8'));
    const folded = text.text.toLocaleLowerCase('kk');
    let cursor = 0;
    for (const mention of sample.mentions) {
      expected++;
      const needle = normaliseWithOffsets(mention.text).text.toLocaleLowerCase('kk');
      const at = folded.indexOf(needle, cursor);
      if (at === -1) throw new Error(`${sampleFile}: "${mention.text}" is not in ${sample.document} after offset ${cursor}`);
      cursor = at + 1;
      const start = text.originalIndex[at];
      const end = text.originalIndex[at + needle.length - 1] + 1;
      const hit = detected.some(
        (candidate) =>
          candidate.documentId === sample.document &&
          candidate.entityId === mention.entity &&
          candidate.start < end &&
          candidate.end > start,
      );
      if (hit) found++;
      else missed.push(`${sample.document}: "${mention.text}" (${mention.entity})`);
    }
  }
  return { expected, found, recall: expected === 0 ? 1 : found / expected, missed };
}

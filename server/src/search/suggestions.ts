import { distance } from 'fastest-levenshtein';
import type { GraphRepository } from '../graph/graph.repository';
import { TIER } from './search.matching';
import { findSearchHits } from './search.service';

const MOST_SUGGESTIONS = 3;
/** Ids longer than any the ontology could hold are not typos of one. */
const LONGEST_ID = 100;
const GRAM = 3;

/** Edits allowed between an unknown id and a suggestion: about one per four letters, one to three. */
function allowedEdits(id: string): number {
  return Math.min(3, Math.max(1, Math.floor(id.length / 4)));
}

function distinctTrigrams(text: string): string[] {
  const grams = new Set<string>();
  for (let i = 0; i + GRAM <= text.length; i++) grams.add(text.slice(i, i + GRAM));
  return [...grams];
}

/**
 * Existing ids to offer for an unknown `id`, best first, at most three: those within a few edits
 * of it ("prosecutor-generall" → "prosecutor-general"), then the entities whose names match its
 * words ("general-prosecutor" → "prosecutor-general", whose alias is "General Prosecutor"). When
 * a near id exists, only names that match as a whole are added, so a typo gets one clear answer.
 */
export async function suggestIds(repository: GraphRepository, today: string, id: string): Promise<string[]> {
  const key = id.trim().toLowerCase();
  if (key.length === 0 || key.length > LONGEST_ID) return [];
  const edits = allowedEdits(key);
  const grams = distinctTrigrams(key);
  const [nearIds, hits] = await Promise.all([
    repository.findEntityIdsNear({ length: key.length, maxLengthDifference: edits, grams, minSharedGrams: grams.length - GRAM * edits }),
    findSearchHits(repository, today, key, { first: MOST_SUGGESTIONS }),
  ]);
  const closest = nearIds
    .map((candidate) => ({ id: candidate, edits: distance(key, candidate) }))
    .filter((candidate) => candidate.edits <= edits)
    .sort((a, b) => a.edits - b.edits || a.id.localeCompare(b.id))
    .map((candidate) => candidate.id);
  const named = hits.filter((hit) => closest.length === 0 || hit.score >= TIER.EXACT).map((hit) => hit.node.id);
  return [...new Set([...closest, ...named])].slice(0, MOST_SUGGESTIONS);
}

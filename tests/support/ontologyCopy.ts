import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ONTOLOGY_DIR } from '../../ontology/src';

/**
 * A throwaway copy of the real ontology folder, for tests that break or change one file.
 * Returns the copy's root (it has schema/, data/ and documents/ like the original).
 */
export function copyOntology(): string {
  const parent = mkdtempSync(path.join(os.tmpdir(), 'kz-legal-graph-ontology-'));
  const root = path.join(parent, 'ontology');
  cpSync(ONTOLOGY_DIR, root, { recursive: true, filter: (source) => !source.includes(`${path.sep}src`) });
  return root;
}

/** Replaces `search` by `replacement` in a file of an ontology copy, failing loudly if absent. */
export function editFile(root: string, relativePath: string, search: string, replacement: string): void {
  const file = path.join(root, relativePath);
  const text = readFileSync(file, 'utf8');
  if (!text.includes(search)) throw new Error(`${relativePath} does not contain ${JSON.stringify(search)}`);
  writeFileSync(file, text.replace(search, replacement));
}

export function writeFile(root: string, relativePath: string, text: string): void {
  writeFileSync(path.join(root, relativePath), text);
}

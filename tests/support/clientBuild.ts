import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const REPO_ROOT = path.resolve(__dirname, '../..');
const CLIENT_DIR = path.join(REPO_ROOT, 'client');
/** What `npm run build` writes, and the system tests serve. */
const OUTPUTS = ['index.html', 'embed.html', 'graphiql.html', 'kz-legal-graph.js'].map((name) => path.join(CLIENT_DIR, 'dist', name));

function newestInput(folder: string): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    const full = path.join(folder, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestInput(full) : statSync(full).mtimeMs);
  }
  return newest;
}

const modifiedAt = (file: string) => {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
  }
};

/**
 * Builds the explorer and the web component when client/dist is missing or older than client/ or
 * the locked dependencies, so that `npx jest` alone tests the client as it is written; fails at once,
 * with the build's own words, when the build does.
 */
export function ensureClientBuilt(): void {
  const oldestOutput = Math.min(...OUTPUTS.map(modifiedAt));
  const newestSource = Math.max(newestInput(CLIENT_DIR), modifiedAt(path.join(REPO_ROOT, 'package-lock.json')));
  if (oldestOutput > newestSource) return;
  console.log(
    oldestOutput === 0 ? 'client/dist is missing: building the explorer…' : 'client/ changed since the last build: building the explorer…',
  );
  try {
    execFileSync('npm', ['run', '-s', 'build'], { cwd: REPO_ROOT, stdio: 'pipe' });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`The explorer did not build; run \`npm run build\` to see why.\n${stdout ?? ''}${stderr ?? ''}`);
  }
}

/**
 * docs/benchmarks.md, written by the bench commands: each owns one section between markers and
 * replaces only that, so `npm run bench` and `npm run bench:client` can be run apart.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../../server/src/config';

export const BENCHMARKS_FILE = path.join(REPO_ROOT, 'docs', 'benchmarks.md');

const HEADER = `# Benchmarks

Written by \`npm run bench\` (the API, against the alternatives, and at 1k, 10k and 100k entities) and
\`npm run bench:client\` (the explorer in headless Chromium). Each section says the command that
made it, the machine and the date. These are measurements, not tests: \`npm test\` asserts no
timing, and runs only a seconds-long smoke run of the harness so that it cannot rot. On a shared
2-core machine absolute times are noise; compare the ratios, which come from one run.
`;

/** Where and when a measurement was taken, in one line. */
export function machineLine(): string {
  const cpus = os.cpus();
  return `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}, Node.js ${process.version}; ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** Replaces (or appends) the section `name` of docs/benchmarks.md with `markdown`. */
export function writeSection(name: string, markdown: string, file: string = BENCHMARKS_FILE): void {
  const begin = `<!-- section:${name} -->`;
  const end = `<!-- /section:${name} -->`;
  const current = existsSync(file) ? readFileSync(file, 'utf8') : HEADER;
  const block = `${begin}\n${markdown.trim()}\n${end}`;
  const start = current.indexOf(begin);
  const stop = current.indexOf(end);
  const next =
    start >= 0 && stop > start ? current.slice(0, start) + block + current.slice(stop + end.length) : `${current.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, next);
}

/** A markdown table. */
export function markdownTable(header: string[], rows: string[][]): string {
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join(
    '\n',
  );
}

/** The `p`th percentile (0–100) of `values` by nearest rank; 0 when there are none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

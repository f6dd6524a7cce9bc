import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Data flows one way, ontology → graph-seed → Neo4j → server → client: what the server may take
 * from the seed is the stored graph's contract (graph-seed/src/graphStore.ts), and the composition
 * root (main.ts) the seed itself; the seed takes nothing from the server.
 */
const ROOT = path.resolve(__dirname, '..', '..');

function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(ROOT, folder), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)));
}

/** Each relative import of `file`, as a path from the repository's root (without extension). */
function importsOf(file: string): string[] {
  const source = readFileSync(path.join(ROOT, file), 'utf8');
  return [...source.matchAll(/(?:from|import)\s+'(\.[^']+)'/g)].map(([, specifier]) => path.join(path.dirname(file), specifier));
}

const crossings = (from: string, into: string) =>
  sourceFiles(from).flatMap((file) =>
    importsOf(file)
      .filter((target) => target.startsWith(`${into}/`))
      .map((target) => `${file} → ${target}`),
  );

describe('layering', () => {
  it('the server takes from graph-seed only the store contract, and main.ts the seed', () => {
    const allowed = (crossing: string) =>
      crossing.endsWith('→ graph-seed/src/graphStore') || crossing === 'server/src/main.ts → graph-seed/src/seedGraph';
    const server = crossings('server', 'graph-seed');
    expect(server.filter((crossing) => !allowed(crossing))).toEqual([]);
    expect(server).toContain('server/src/main.ts → graph-seed/src/seedGraph');
  });

  it('graph-seed and neo4j take nothing from the server, and the ontology nothing from either', () => {
    expect([
      ...crossings('graph-seed', 'server'),
      ...crossings('neo4j', 'server'),
      ...crossings('ontology', 'server'),
      ...crossings('ontology', 'graph-seed'),
    ]).toEqual([]);
  });

  it("the server's configuration does not load the JVM launcher", () => {
    expect(importsOf('server/src/config.ts').filter((target) => target.startsWith('neo4j/') && target !== 'neo4j/settings')).toEqual([]);
  });
});

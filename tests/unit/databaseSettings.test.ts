import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { loadConfig } from '../../server/src/config';
import { ConfigError, EMBEDDED_DEFAULTS, loadDatabaseSettings } from '../../neo4j/settings';

const REPO_ROOT = path.resolve(__dirname, '../..');
const run = promisify(execFile);

describe('loadDatabaseSettings', () => {
  it('has a default for everything but the credentials, the same the launcher uses', () => {
    expect(loadDatabaseSettings({})).toEqual({
      uri: undefined,
      user: 'neo4j',
      password: undefined,
      database: 'neo4j',
      embedded: { ...EMBEDDED_DEFAULTS, dataDir: path.join(REPO_ROOT, EMBEDDED_DEFAULTS.dataDir) },
    });
    expect(Object.isFrozen(loadDatabaseSettings({}).embedded)).toBe(true);
  });

  it('reads only the NEO4J_* variables, and names each that is wrong', () => {
    const settings = loadDatabaseSettings({ PORT: 'eighty', NEO4J_EMBEDDED_PAGE_CACHE: '1g', NEO4J_DATA_DIR: '/tmp/neo4j-store' });
    expect(settings.embedded).toMatchObject({ pageCache: '1g', dataDir: '/tmp/neo4j-store' });
    const wrong = () =>
      loadDatabaseSettings({ NEO4J_URI: 'http://localhost:7474', NEO4J_EMBEDDED_PORT: '70000', NEO4J_EMBEDDED_TRANSACTION_MEMORY: '1.5g' });
    expect(wrong).toThrow(ConfigError);
    expect(wrong).toThrow(
      /NEO4J_URI: must look like bolt:\/\/host:7687[\s\S]*NEO4J_EMBEDDED_PORT: must be between 0 and 65535[\s\S]*NEO4J_EMBEDDED_TRANSACTION_MEMORY: must be a size/,
    );
  });

  it('takes the password from NEO4J_PASSWORD_FILE, as the server does', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'kz-legal-graph-settings-')), 'password');
    writeFileSync(file, 'from-a-file\n');
    expect(loadDatabaseSettings({ NEO4J_PASSWORD: 'ignored', NEO4J_PASSWORD_FILE: file }).password).toBe('from-a-file');
    expect(() => loadDatabaseSettings({ NEO4J_PASSWORD_FILE: '/nonexistent/secret' })).toThrow(
      'NEO4J_PASSWORD_FILE: cannot read /nonexistent/secret',
    );
  });

  it("is the server's config.neo4j, which adds only the API's read timeout", () => {
    const environment = { NEO4J_URI: 'neo4j+s://db.example.org', NEO4J_USER: 'reader', NEO4J_DATABASE: 'graph', NEO4J_EMBEDDED_HEAP: '2g' };
    expect(loadConfig(environment).neo4j).toEqual({ ...loadDatabaseSettings(environment), transactionTimeoutMs: 10_000 });
  });

  it('is what `npm run neo4j` and `npm run seed` read: a wrong NEO4J_* value stops them before anything starts', async () => {
    const tsx = path.join(REPO_ROOT, 'node_modules/.bin/tsx');
    for (const cli of ['neo4j/cli.ts', 'graph-seed/src/cli.ts']) {
      const environment = { ...process.env, NEO4J_EMBEDDED_HEAP: '2 GB' };
      // The timeout ends the test should a CLI ignore the variable and start a database after all.
      await expect(run(tsx, [cli], { cwd: REPO_ROOT, env: environment, timeout: 20_000 })).rejects.toMatchObject({
        code: 1,
        stderr: expect.stringContaining('NEO4J_EMBEDDED_HEAP: must be a size in megabytes or gigabytes'),
      });
    }
  });
});

/** The modules a file imports by relative path, and theirs, as paths from the repository's root. */
function importsOf(file: string, seen = new Set<string>()): Set<string> {
  const source = readFileSync(path.join(REPO_ROOT, file), 'utf8');
  for (const [, specifier] of source.matchAll(/(?:from|import)\s+'(\.[^']+)'/g)) {
    const base = path.join(path.dirname(file), specifier);
    const found = [`${base}.ts`, path.join(base, 'index.ts')].find((candidate) => existsSync(path.join(REPO_ROOT, candidate)));
    if (found && !seen.has(found)) {
      seen.add(found);
      importsOf(found, seen);
    }
  }
  return seen;
}

describe('who reads the settings', () => {
  it('loads neither the JVM launcher nor the driver to read the configuration', () => {
    for (const file of ['server/src/config.ts', 'neo4j/settings.ts']) {
      expect([...importsOf(file)].filter((imported) => imported.startsWith('neo4j/') && imported !== 'neo4j/settings.ts')).toEqual([]);
    }
  });

  it('gives the seed nothing of the server', () => {
    expect([...importsOf('graph-seed/src/cli.ts')].filter((imported) => imported.startsWith('server/'))).toEqual([]);
  });
});

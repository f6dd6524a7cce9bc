import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { REPO_ROOT } from '../../server/src/config';
import { printApiSchema, SCHEMA_FILE } from '../../server/src/graphql/schemaFile';

/**
 * The client is typed from the schema: server/schema.graphql is the schema the server builds, and
 * client/src/gql/ is what GraphQL Code Generator makes of it and of the client's queries. A query
 * asking for a field the schema lacks cannot be generated, and without its generated type it does
 * not type-check: `npm run schema` then fails, and so does `tsc -p client`.
 */
const CLIENT_DIR = path.join(REPO_ROOT, 'client');
const CODEGEN_CONFIG = path.join(CLIENT_DIR, 'codegen.ts');

/**
 * The generator's own command, `--check`ing (it writes nothing, and fails when a file it would
 * write differs). In a process of its own: its command line is an ES module, which jest's module
 * system does not load.
 */
function codegenCheck(config: string): { status: number | null; output: string } {
  const run = spawnSync(path.join(REPO_ROOT, 'node_modules', '.bin', 'graphql-codegen'), ['--config', config, '--check'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    // Under NODE_ENV=test (jest's) the generator keeps its errors to itself.
    env: Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV')),
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/** A client module asking for a field the schema lacks (the chain has links, not appointers). */
const BAD_QUERY_MODULE = `import { gql } from './gql';

export const BAD = gql(\`query Bad($id: ID!) {
  appointmentChain(id: $id) { appointers { id } }
}\`);
`;

describe('the client typed from the schema', () => {
  it('server/schema.graphql is the schema the server builds (`npm run schema` writes it)', async () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(await printApiSchema());
  });

  it("client/src/gql/ is what the generator makes of the schema and the client's queries (`npm run schema` writes it)", () => {
    expect(codegenCheck(CODEGEN_CONFIG)).toMatchObject({ status: 0 });
  });

  it('the generator refuses a client query that asks for a field the schema lacks', () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'kz-legal-graph-client-'));
    writeFileSync(path.join(folder, 'bad.ts'), BAD_QUERY_MODULE);
    // The client's configuration, with the bad module among its documents.
    writeFileSync(
      path.join(folder, 'codegen.ts'),
      `import config from ${JSON.stringify(CODEGEN_CONFIG.replace(/\.ts$/, ''))};
export default { ...config, documents: [...config.documents, ${JSON.stringify(path.join(folder, 'bad.ts'))}] };`,
    );
    const { status, output } = codegenCheck(path.join(folder, 'codegen.ts'));
    expect(status).not.toBe(0);
    expect(output).toContain('Cannot query field "appointers" on type "AppointmentChain"');
  });

  it('tsc -p client refuses that query too: the generated code has no type for it', () => {
    // The module is compiled as if it were client/src/bad.ts, with the client's own compiler options,
    // from memory: nothing is written into client/.
    const config = ts.getParsedCommandLineOfConfigFile(
      path.join(CLIENT_DIR, 'tsconfig.json'),
      {},
      { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined },
    )!;
    const badFile = path.join(CLIENT_DIR, 'src', 'bad.ts');
    const host = ts.createCompilerHost(config.options);
    const { getSourceFile, fileExists } = host;
    host.fileExists = (file) => file === badFile || fileExists(file);
    host.getSourceFile = (file, language, ...rest) =>
      file === badFile ? ts.createSourceFile(file, BAD_QUERY_MODULE, language) : getSourceFile(file, language, ...rest);
    const program = ts.createProgram({ rootNames: [badFile], options: config.options, host });
    const errors = ts
      .getPreEmitDiagnostics(program)
      .filter((diagnostic) => diagnostic.file?.fileName === badFile)
      .map((diagnostic) => `${diagnostic.code}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n').split('\n')[0]}`);
    expect(errors).toEqual([expect.stringMatching(/^2769: No overload matches this call/)]);
  });
});

/**
 * A server in a process of its own, as in production: benchmarks measure it without sharing its
 * event loop and read its memory; reliability tests send it signals, and read what it logs.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { findFreePort } from '../../neo4j/embedded';
import { REPO_ROOT } from '../../server/src/config';
import { waitFor } from './waitFor';

export interface ServerProcess {
  name: string;
  /** http://127.0.0.1:<port> */
  url: string;
  /** Resident memory now, in bytes. */
  rssBytes(): number;
  /** What it wrote to stdout and stderr so far. */
  output(): string;
  /** Sends a signal; `exited` tells when and how it ended. */
  signal(signal: NodeJS.Signals): void;
  /** Its exit code (null when a signal ended it). */
  exited: Promise<number | null>;
  /** SIGTERM, and SIGKILL if it is still there 15 s later. */
  stop(): Promise<void>;
}

const STARTUP_TIMEOUT_MS = 180_000;

/**
 * Runs a TypeScript file of the repository (`script`) with `env` (undefined removes a variable) and a
 * free PORT, and resolves when `readyPath` answers below 500. Fails with the end of its output if it
 * exits or takes too long.
 */
export async function startServer(
  name: string,
  script: string,
  env: Record<string, string | undefined>,
  readyPath: string,
): Promise<ServerProcess> {
  const port = await findFreePort();
  const environment: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', ...env, PORT: String(port) };
  for (const [key, value] of Object.entries(environment)) if (value === undefined) delete environment[key];
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, script)], {
    cwd: REPO_ROOT,
    env: environment,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  // The last 200 KB: enough for any failure, bounded for long runs.
  const remember = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-200_000);
  };
  child.stdout!.on('data', remember);
  child.stderr!.on('data', remember);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const url = `http://127.0.0.1:${port}`;
  const started = await waitFor(
    async () => {
      if (child.exitCode !== null) return 'exited';
      const status = await fetch(`${url}${readyPath}`).then(
        (response) => response.status,
        () => 0,
      );
      return status > 0 && status < 500 ? 'ready' : null;
    },
    { timeoutMs: STARTUP_TIMEOUT_MS, intervalMs: 250, what: `${name} to answer ${readyPath}` },
  ).catch((error: Error) => {
    child.kill('SIGKILL');
    throw new Error(`${error.message}\n${output}`);
  });
  if (started === 'exited') throw new Error(`${name} exited with code ${child.exitCode} before it was ready:\n${output}`);

  return {
    name,
    url,
    rssBytes() {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
    },
    output: () => output,
    signal: (signal) => child.kill(signal),
    exited,
    async stop() {
      process.removeListener('exit', killOnExit);
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

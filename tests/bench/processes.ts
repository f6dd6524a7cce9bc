/**
 * Servers under measurement run in processes of their own, as in production: the load generator
 * shares no event loop with them, and each one's memory can be read.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { findFreePort } from '../../neo4j/embedded';
import { REPO_ROOT } from '../../server/src/config';

export interface ServerProcess {
  name: string;
  /** http://127.0.0.1:<port> */
  url: string;
  /** Resident memory now, in bytes. */
  rssBytes(): number;
  stop(): Promise<void>;
}

const STARTUP_TIMEOUT_MS = 180_000;

/**
 * Runs a TypeScript file of the repository (`script`) with `env` and a free PORT, and resolves when
 * `readyPath` answers below 500. Fails with the end of its output if it exits or takes too long.
 */
export async function startServer(name: string, script: string, env: Record<string, string>, readyPath: string): Promise<ServerProcess> {
  const port = await findFreePort();
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, script)], {
    cwd: REPO_ROOT,
    env: { ...process.env, NODE_ENV: 'production', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const remember = (chunk: Buffer) => {
    output.push(chunk.toString());
    if (output.length > 50) output.shift();
  };
  child.stdout!.on('data', remember);
  child.stderr!.on('data', remember);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode} before it was ready:\n${output.join('')}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${name} was not ready after ${STARTUP_TIMEOUT_MS / 1000} s:\n${output.join('')}`);
    }
    const status = await fetch(`${url}${readyPath}`).then(
      (response) => response.status,
      () => 0,
    );
    if (status > 0 && status < 500) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }

  return {
    name,
    url,
    rssBytes() {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
    },
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

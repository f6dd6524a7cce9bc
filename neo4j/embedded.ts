/**
 * Starts Neo4j Community 5.26 in a child JVM (neo4j/src/EmbeddedNeo4j.java) so the app and the tests get a
 * real Bolt endpoint without Docker or a Neo4j install: only a JDK 17+ and Maven 3.8+ are needed.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { EMBEDDED_DEFAULTS, MEMORY_SIZE } from './settings';

/** How to start it; the defaults of port, data dir and memory are settings.ts's, as the NEO4J_* variables have them. */
export interface EmbeddedNeo4jOptions {
  /** Bolt port on 127.0.0.1; default 7687. */
  port?: number;
  /** Store and Neo4j logs live here; default `<repo>/.data/neo4j`. */
  dataDir?: string;
  /** Append the JVM's stdout/stderr here instead of forwarding stderr to this process's stderr. */
  logFile?: string;
  /** Default 120 s: the first start on a small machine compiles the launcher and creates the store. */
  startupTimeoutMs?: number;
  /** The JVM's heap (`-Xmx`), e.g. `768m` or `4g`; default 768m, plenty for the project's graph. */
  heap?: string;
  /** Neo4j's page cache (off the heap), caching the store files; default 128m. */
  pageCache?: string;
  /**
   * The most one transaction may hold in memory (the seed is one transaction); default 128m. Twice
   * this is the limit for all transactions together, so reads still run beside a seed.
   */
  transactionMemory?: string;
}

export interface EmbeddedNeo4j {
  /** `bolt://127.0.0.1:<port>`; auth is disabled, connect with `neo4j.auth.none()`. */
  uri: string;
  port: number;
  dataDir: string;
  /** The JVM's process id (benchmarks read its CPU time). */
  pid: number;
  /** SIGTERM (clean store shutdown), wait for exit, SIGKILL if it takes too long. Safe to call twice. */
  stop(): Promise<void>;
  /** SIGKILL, as a crash or a power cut would: for tests of what survives one. */
  kill(): Promise<void>;
}

const REPO_ROOT = path.resolve(__dirname, '..');
const NEO4J_DIR = __dirname;
const POM = path.join(NEO4J_DIR, 'pom.xml');
const JAVA_SOURCE = path.join(NEO4J_DIR, 'src', 'EmbeddedNeo4j.java');
const JVM_FLAGS_FILE = path.join(NEO4J_DIR, 'jvm-flags.txt');
const CACHE_DIR = path.join(REPO_ROOT, '.data');
const DEFAULT_STARTUP_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 30_000;
const READY_PREFIX = 'NEO4J_BOLT_READY ';
const TAIL_LINES = 200; // enough to still hold the root cause of a long Java stack trace
const SHOWN_TAIL_LINES = 30;

let classpathPromise: Promise<string> | undefined;

/**
 * Resolves the Maven classpath once and caches it under <repo>/.data/ (keyed by a hash of pom.xml so a pom
 * change re-resolves). Concurrent callers in one process share a single Maven run.
 */
export function resolveNeo4jClasspath(): Promise<string> {
  classpathPromise ??= resolveClasspathUncached().catch((err: unknown) => {
    classpathPromise = undefined; // let a later call retry, e.g. after installing Maven
    throw err;
  });
  return classpathPromise;
}

async function resolveClasspathUncached(): Promise<string> {
  const pomHash = createHash('sha256').update(fs.readFileSync(POM)).digest('hex').slice(0, 16);
  const cacheFile = path.join(CACHE_DIR, `neo4j-classpath-${pomHash}.txt`);
  const cached = readClasspathIfComplete(cacheFile);
  if (cached) return cached;

  requireTool('mvn', ['-v'], /Apache Maven (\d+)\.(\d+)/, [3, 8], 'Maven 3.8+ (mvn on PATH) to fetch its jars');
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  // Written aside and renamed so a parallel process never reads a half-written file.
  const partial = `${cacheFile}.${process.pid}.tmp`;
  process.stderr.write('Resolving Neo4j 5.26 with Maven (first run only)…\n');
  const code = await new Promise<number | null>((resolve, reject) => {
    const mvn = spawn(
      'mvn',
      ['-B', '--no-transfer-progress', '-f', POM, 'dependency:build-classpath', `-Dmdep.outputFile=${partial}`],
      // Maven's stdout goes to our stderr: callers' stdout may be a protocol or a report.
      { stdio: ['ignore', process.stderr, process.stderr], shell: process.platform === 'win32' },
    );
    mvn.on('error', reject);
    mvn.on('exit', resolve);
  });
  const classpath = code === 0 ? readClasspathIfComplete(partial) : undefined;
  if (!classpath) {
    fs.rmSync(partial, { force: true });
    throw new Error(
      `Maven could not resolve the Neo4j classpath (exit code ${code}); see its output above. ` +
        `It needs network access to Maven Central on the first run. Command: mvn -f ${POM} dependency:build-classpath`,
    );
  }
  fs.renameSync(partial, cacheFile);
  return classpath;
}

/** A cached classpath is only trusted while every jar is still in the local Maven repository. */
function readClasspathIfComplete(file: string): string | undefined {
  if (!fs.existsSync(file)) return undefined;
  const classpath = fs.readFileSync(file, 'utf8').trim();
  const entries = classpath.split(path.delimiter).filter(Boolean);
  if (entries.length === 0 || !entries.every((entry) => fs.existsSync(entry))) return undefined;
  return classpath;
}

/**
 * Starts Neo4j on 127.0.0.1 and resolves once Bolt accepts connections. Rejects with the tail of the JVM's
 * output and of Neo4j's debug.log if the JVM exits early or `startupTimeoutMs` passes. The JVM is stopped
 * when this process exits; it also exits by itself if this process dies (it watches its stdin for EOF).
 */
export async function startEmbeddedNeo4j(options: EmbeddedNeo4jOptions = {}): Promise<EmbeddedNeo4j> {
  const port = options.port ?? EMBEDDED_DEFAULTS.port;
  const dataDir = path.resolve(options.dataDir ?? path.join(REPO_ROOT, EMBEDDED_DEFAULTS.dataDir));
  const timeoutMs = options.startupTimeoutMs ?? DEFAULT_STARTUP_TIMEOUT_MS;
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`invalid Neo4j port: ${port}`);
  const memory = {
    heap: options.heap ?? EMBEDDED_DEFAULTS.heap,
    pageCache: options.pageCache ?? EMBEDDED_DEFAULTS.pageCache,
    transactionMemory: options.transactionMemory ?? EMBEDDED_DEFAULTS.transactionMemory,
  };
  for (const [name, size] of Object.entries(memory)) {
    if (!MEMORY_SIZE.test(size))
      throw new Error(`invalid Neo4j ${name}: ${JSON.stringify(size)}; give megabytes or gigabytes, e.g. 512m or 2g`);
  }

  const java = javaExecutable();
  requireTool(java, ['-version'], /version "(?:1\.)?(\d+)/, [17], 'a JDK 17+ (java on PATH, or JAVA_HOME)');
  const classpath = await resolveNeo4jClasspath();
  await assertPortFree(port);
  fs.mkdirSync(dataDir, { recursive: true });
  // A reused data dir has debug.log lines from earlier runs; failures should only quote this run's.
  const debugLog = path.join(dataDir, 'logs', 'debug.log');
  const debugLogOffset = fileSize(debugLog);

  const args = [
    ...readJvmFlags(),
    `-Xmx${memory.heap}`,
    '-cp',
    classpath,
    JAVA_SOURCE,
    '--data-dir',
    dataDir,
    '--port',
    String(port),
    '--page-cache',
    memory.pageCache,
    '--transaction-memory',
    memory.transactionMemory,
    '--exit-on-stdin-eof',
  ];
  const child = spawn(java, args, { stdio: ['pipe', 'pipe', 'pipe'], cwd: REPO_ROOT });
  const log = options.logFile ? openLog(options.logFile) : undefined;
  const tail: string[] = [];
  const remember = (line: string) => {
    tail.push(line);
    if (tail.length > TAIL_LINES) tail.shift();
  };

  // 'close' (not 'exit') so the output streams are drained before the log file is ended.
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));
  const killOnParentExit = () => child.kill('SIGTERM');
  process.once('exit', killOnParentExit);
  void exited.then(() => {
    process.removeListener('exit', killOnParentExit);
    log?.end();
  });

  forEachLine(child.stderr!, (line) => {
    remember(line);
    if (log) log.write(`${line}\n`);
    else process.stderr.write(`[neo4j] ${line}\n`);
  });

  const uri = await new Promise<string>((resolve, reject) => {
    let settled = false;
    const fail = (reason: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`Embedded Neo4j failed to start: ${reason}\n${describeFailure(tail, debugLog, debugLogOffset)}`));
    };
    const timer = setTimeout(() => fail(`not ready after ${timeoutMs} ms`), timeoutMs);
    forEachLine(child.stdout!, (line) => {
      log?.write(`${line}\n`);
      if (line.startsWith(READY_PREFIX) && !settled) {
        settled = true;
        clearTimeout(timer);
        resolve(line.slice(READY_PREFIX.length).trim());
      } else {
        remember(line);
      }
    });
    child.once('error', (err) => fail(`could not run ${java}: ${err.message}`));
    // 'close' again so the tail already holds the fatal stack trace.
    child.once('close', (code, signal) => fail(`JVM exited early (${signal ?? `exit code ${code}`})`));
  });

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= stopChild(child, exited);
    return stopping;
  };
  const kill = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await exited;
  };
  return { uri, port, dataDir, pid: child.pid!, stop, kill };
}

async function stopChild(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(true), STOP_TIMEOUT_MS);
  });
  if (await Promise.race([exited.then(() => false), timedOut])) {
    child.kill('SIGKILL');
    await exited;
  }
  clearTimeout(timer);
}

/** Asks the OS for a currently unused TCP port on 127.0.0.1 (for tests that must not clash with a dev Neo4j). */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Neo4j's own bind error is buried in a stack trace; say it plainly up front. */
function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', (err: NodeJS.ErrnoException) =>
      reject(
        err.code === 'EADDRINUSE'
          ? new Error(`port ${port} on 127.0.0.1 is already in use (another Neo4j running?); pick another port`)
          : err,
      ),
    );
    server.listen(port, '127.0.0.1', () => server.close(() => resolve()));
  });
}

/** Prefers JAVA_HOME, like Maven does, so both use the same JDK. */
function javaExecutable(): string {
  const home = process.env.JAVA_HOME;
  const candidate = home ? path.join(home, 'bin', process.platform === 'win32' ? 'java.exe' : 'java') : undefined;
  return candidate && fs.existsSync(candidate) ? candidate : 'java';
}

function requireTool(command: string, args: string[], versionPattern: RegExp, minimum: number[], needed: string): void {
  const result = spawnSync(command, args, { encoding: 'utf8', shell: process.platform === 'win32' });
  if (result.error || result.status !== 0) {
    const why = (result.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT' ? 'not found on PATH' : 'not working';
    throw new Error(`'${command}' ${why}: the embedded Neo4j needs ${needed}.`);
  }
  // eslint-disable-next-line no-control-regex -- removing terminal colour codes (ESC [ ... m) is the point
  const output = `${result.stdout}${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
  const match = versionPattern.exec(output);
  if (!match) return; // unknown format: let the real run speak for itself
  const version = match.slice(1).map(Number);
  for (let i = 0; i < minimum.length; i++) {
    if ((version[i] ?? 0) > minimum[i]) return;
    if ((version[i] ?? 0) < minimum[i]) {
      throw new Error(`'${command}' is version ${version.join('.')}, but the embedded Neo4j needs ${needed}.`);
    }
  }
}

function readJvmFlags(): string[] {
  return fs
    .readFileSync(JVM_FLAGS_FILE, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*/, '').trim())
    .filter(Boolean);
}

function openLog(file: string): fs.WriteStream {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  return fs.createWriteStream(file, { flags: 'a' });
}

function fileSize(file: string): number {
  return fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0;
}

function forEachLine(stream: NodeJS.ReadableStream, onLine: (line: string) => void): void {
  let buffered = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    buffered += chunk;
    const lines = buffered.split(/\r?\n/);
    buffered = lines.pop() ?? '';
    lines.forEach(onLine);
  });
  stream.on('end', () => {
    if (buffered) onLine(buffered);
  });
}

function describeFailure(outputTail: string[], debugLog: string, debugLogOffset: number): string {
  const parts: string[] = [];
  // Neo4j wraps the real problem (store locked, bad setting...) several exceptions deep.
  const rootCause = outputTail.filter((line) => line.startsWith('Caused by:')).pop();
  if (rootCause) parts.push(`root cause: ${rootCause.slice('Caused by:'.length).trim()}`);
  parts.push(`--- last JVM output ---\n${outputTail.slice(-SHOWN_TAIL_LINES).join('\n') || '(none)'}`);
  const written = fileSize(debugLog) > debugLogOffset ? fs.readFileSync(debugLog).subarray(debugLogOffset) : undefined;
  if (written) {
    const lines = written.toString('utf8').trimEnd().split('\n').slice(-15);
    parts.push(`--- last lines of ${debugLog} ---\n${lines.join('\n')}`);
  }
  return parts.join('\n');
}

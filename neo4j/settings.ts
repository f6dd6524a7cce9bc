/**
 * The NEO4J_* settings: which Neo4j to use, and how to start the embedded one. They live here,
 * beside the database code, so that everything that opens the database reads them alike: the server
 * (its config composes this schema with its own, and reports every bad variable in one error), the
 * seed (`npm run seed`) and the embedded database alone (`npm run neo4j`), which need nothing else.
 * This module only parses: it loads neither the driver nor the JVM launcher.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const REPO_ROOT = path.resolve(__dirname, '..');

/** What the memory sizes accept: megabytes or gigabytes, as both the JVM and Neo4j read them. */
export const MEMORY_SIZE = /^[1-9][0-9]*[mg]$/;

/** The embedded database's defaults; the launcher (embedded.ts) uses the same when an option is not given. */
export const EMBEDDED_DEFAULTS = Object.freeze({
  /** Neo4j's usual Bolt port. */
  port: 7687,
  /** Relative to the repository's root. */
  dataDir: '.data/neo4j',
  /** The JVM's heap: plenty for the project's graph. */
  heap: '768m',
  /** The page cache: the store files, cached off the heap. */
  pageCache: '128m',
  /** The most one transaction (the seed is one) may hold; a synthetic graph of 20k entities needs more. */
  transactionMemory: '128m',
});

/** A TCP port, in the words a wrong value is reported with. */
export const portNumber = z.coerce
  .number({ error: 'must be a port number' })
  .int('must be a whole number')
  .min(0, 'must be between 0 and 65535')
  .max(65535, 'must be between 0 and 65535');

const memorySize = (example: string) => z.string().regex(MEMORY_SIZE, `must be a size in megabytes or gigabytes, such as ${example}`);

/** The NEO4J_* variables, their defaults, and what each says when it is wrong. */
export const databaseVariables = z.object({
  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/\S+$/, 'must look like bolt://host:7687 or neo4j+s://host')
    .optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_PASSWORD_FILE: z.string().optional(),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  NEO4J_EMBEDDED_PORT: portNumber.default(EMBEDDED_DEFAULTS.port),
  NEO4J_DATA_DIR: z.string().min(1).default(EMBEDDED_DEFAULTS.dataDir),
  NEO4J_EMBEDDED_HEAP: memorySize('768m or 4g').default(EMBEDDED_DEFAULTS.heap),
  NEO4J_EMBEDDED_PAGE_CACHE: memorySize('128m or 1g').default(EMBEDDED_DEFAULTS.pageCache),
  NEO4J_EMBEDDED_TRANSACTION_MEMORY: memorySize('128m or 2g').default(EMBEDDED_DEFAULTS.transactionMemory),
});

/** The NEO4J_* variables once parsed, defaults filled in. */
export type DatabaseVariables = z.infer<typeof databaseVariables>;

/** Which Neo4j to use, as `openDatabase` (connect.ts) takes it. */
export interface DatabaseSettings {
  /** Set: use that server. Unset: start the embedded database. */
  uri?: string;
  user: string;
  password?: string;
  /** The database, on that server, that holds the graph. */
  database: string;
  /** The embedded database, when `uri` is unset; memory sizes such as `768m` or `4g`. */
  embedded: { port: number; dataDir: string; heap: string; pageCache: string; transactionMemory: string };
}

/** Settings that cannot be used, each problem naming its variable; lists them all at once. */
export class ConfigError extends Error {
  constructor(problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** zod's complaints as `VARIABLE: what is wrong`, the form every ConfigError lists. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

/**
 * The settings from variables already parsed (the server parses them with its own). Reads the
 * password file here, so that the password is taken once and a file that cannot be read is
 * reported like a wrong variable.
 */
export function toDatabaseSettings(values: DatabaseVariables): Readonly<DatabaseSettings> {
  let password = values.NEO4J_PASSWORD;
  if (values.NEO4J_PASSWORD_FILE) {
    try {
      password = readFileSync(values.NEO4J_PASSWORD_FILE, 'utf8').trim();
    } catch {
      throw new ConfigError([`NEO4J_PASSWORD_FILE: cannot read ${values.NEO4J_PASSWORD_FILE}`]);
    }
  }
  return Object.freeze({
    uri: values.NEO4J_URI,
    user: values.NEO4J_USER,
    password,
    database: values.NEO4J_DATABASE,
    embedded: Object.freeze({
      port: values.NEO4J_EMBEDDED_PORT,
      dataDir: path.resolve(REPO_ROOT, values.NEO4J_DATA_DIR),
      heap: values.NEO4J_EMBEDDED_HEAP,
      pageCache: values.NEO4J_EMBEDDED_PAGE_CACHE,
      transactionMemory: values.NEO4J_EMBEDDED_TRANSACTION_MEMORY,
    }),
  });
}

/**
 * Reads the NEO4J_* settings, and only those, from the environment: what the seed and
 * `npm run neo4j` need. Every variable has a default except the credentials; wrong values fail
 * with a ConfigError naming each.
 */
export function loadDatabaseSettings(environment: NodeJS.ProcessEnv): Readonly<DatabaseSettings> {
  const parsed = databaseVariables.safeParse(environment);
  if (!parsed.success) throw new ConfigError(describeIssues(parsed.error));
  return toDatabaseSettings(parsed.data);
}

import path from 'node:path';
import proxyAddr from 'proxy-addr';
import { z } from 'zod';
import {
  ConfigError,
  databaseVariables,
  describeIssues,
  portNumber,
  toDatabaseSettings,
  type DatabaseSettings,
} from '../../neo4j/settings';

/** A wrong variable, server's or NEO4J_*: one error class for both, so callers catch one thing. */
export { ConfigError };

/** The repository's root folder. */
export const REPO_ROOT = path.resolve(__dirname, '..', '..');

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' })
  .transform((value) => ['true', '1', 'yes'].includes(value));

// The NEO4J_* variables are neo4j/settings.ts's (the seed and `npm run neo4j` read them too); they
// are parsed here with the rest so that one ConfigError names every wrong variable.
const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: portNumber.default(4000),
  ...databaseVariables.shape,
  SEED_ON_START: booleanFlag.default(true),
  DEFAULT_PAGE_SIZE: z.coerce.number().int().min(1).max(1000).default(20),
  MAX_PAGE_SIZE: z.coerce.number().int().min(1).max(10_000).default(200),
  MAX_NEIGHBORHOOD_DEPTH: z.coerce.number().int().min(1).max(10).default(3),
  MAX_NEIGHBORHOOD_NODES: z.coerce.number().int().min(1).max(100_000).default(200),
  MAX_PATH_LENGTH: z.coerce.number().int().min(1).max(12).default(6),
  MAX_APPOINTMENT_CHAIN_LEVELS: z.coerce.number().int().min(1).max(12).default(8),
  MAX_APPOINTMENT_CHAIN_LINKS: z.coerce.number().int().min(1).max(10_000).default(200),
  MAX_QUERY_DEPTH: z.coerce.number().int().min(2).max(100).default(12),
  MAX_QUERY_COST: z.coerce.number().int().min(100).max(10_000_000).default(50_000),
  MAX_QUERY_TOKENS: z.coerce.number().int().min(100).max(100_000).default(1_000),
  INTROSPECTION: booleanFlag.default(true),
  MAX_BODY_KB: z.coerce.number().int().min(1).max(10_240).default(100),
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),
  // The API's read timeout, not the database's: it must stay below REQUEST_TIMEOUT_MS, so it is the server's.
  NEO4J_TRANSACTION_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  RATE_LIMIT_REQUESTS: z.coerce.number().int().min(0).max(100_000_000).default(1_200),
  RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
  TRUST_PROXY: z
    .string()
    .default('false')
    .refine(
      (value) => /^(true|false|\d+)$/.test(value) || isProxyList(value),
      'must be false, true, a number of proxies, or addresses and subnets (loopback, 10.0.0.0/8, ...) separated by commas',
    ),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
  RESPONSE_CACHE: booleanFlag.default(true),
  RESPONSE_CACHE_MB: z.coerce.number().int().min(1).max(65_536).default(64),
  GRAPH_VERSION_POLL_MS: z.coerce.number().int().min(0).max(3_600_000).default(1_000),
  HTTP_CACHE_MAX_AGE: z.coerce.number().int().min(0).max(31_536_000).default(60),
  CORS_ORIGINS: z
    .string()
    .default('*')
    .refine(
      (value) => value === '*' || value.split(',').every((origin) => /^https?:\/\/[^/\s]+$/.test(origin.trim())),
      'must be * or origins such as https://moodle.example.edu, separated by commas',
    ),
  TIME_ZONE: z
    .string()
    .default('Asia/Almaty')
    .refine((zone) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    }, 'must be an IANA time zone such as Asia/Almaty'),
});

/** Whether proxy-addr understands `value` as a list of trusted proxies. */
function isProxyList(value: string): boolean {
  try {
    proxyAddr.compile(value.split(',').map((entry) => entry.trim()));
    return true;
  } catch {
    return false;
  }
}

/** TRUST_PROXY as Express's `trust proxy` takes it: a yes or no, a number of hops, or a list. */
function parseTrustProxy(value: string): HttpSettings['trustProxy'] {
  if (value === 'true' || value === 'false') return value === 'true';
  if (/^\d+$/.test(value)) return Number(value);
  return Object.freeze(value.split(',').map((entry) => entry.trim())) as string[];
}

export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** Which Neo4j to use (neo4j/settings.ts), and how long the API's reads may take there. */
  neo4j: DatabaseSettings & {
    /** Neo4j stops a read transaction of the API that runs longer than this, in ms. */
    transactionTimeoutMs: number;
  };
  seedOnStart: boolean;
  /** On SIGTERM, how long requests in flight may take to finish before they are cut, in ms. */
  shutdownGraceMs: number;
  /** Bounds on what one request may ask for. */
  limits: Limits;
  /** Answers kept by graph version, in memory and by HTTP caches. */
  responseCache: ResponseCacheSettings;
  /** How much of the server one request, or one client, may take. */
  http: HttpSettings;
  /** Whether GraphQL answers introspection (the IDE at /graphql and code generators use it). */
  introspection: boolean;
  /** Who may call GraphQL from a page of another site (the web component does): '*' or a list. */
  corsOrigins: '*' | string[];
  /** The zone whose calendar decides what "today" is when a query gives no date. */
  timeZone: string;
  /** Where the built explorer lives. */
  clientDir: string;
}

export interface Limits {
  defaultPageSize: number;
  maxPageSize: number;
  maxNeighborhoodDepth: number;
  /** Most entities one `neighborhood` returns, the nearest first: the project's whole graph has fewer. */
  maxNeighborhoodNodes: number;
  maxPathLength: number;
  /** How far up `appointmentChain` walks: its appointers are level 1, theirs level 2, and so on. */
  maxAppointmentChainLevels: number;
  /** Most appointments one `appointmentChain` returns, the nearest levels first. */
  maxAppointmentChainLinks: number;
  /** Deepest nesting of fields a GraphQL operation may have. */
  maxQueryDepth: number;
  /** graphql-armor's estimate of an operation's cost (objects 2, scalars 1, times depth). */
  maxQueryCost: number;
  /** Most lexical tokens a GraphQL document may have (what bounds the time spent validating it). */
  maxQueryTokens: number;
}

export interface HttpSettings {
  /** Time allowed to answer a request, from its headers to the first byte of the answer, in ms. */
  requestTimeoutMs: number;
  /** The largest request body accepted, in bytes. */
  maxBodyBytes: number;
  /** Requests one client address may make per window; null: no limit. Health checks are not counted. */
  rateLimit: { requests: number; windowSeconds: number } | null;
  /** Which proxies in front of the app to believe about the client's address (X-Forwarded-For), as Express's `trust proxy` takes it. */
  trustProxy: boolean | number | string[];
}

export interface ResponseCacheSettings {
  /** Off: every request is answered afresh (to compare, or to measure). */
  enabled: boolean;
  /** Memory the kept answers may take, in bytes. */
  maxBytes: number;
  /** How often to look for a seed by another process, in ms (0: only on a miss). */
  versionPollMs: number;
  /** Cache-Control max-age of GET answers, in seconds. */
  maxAgeSeconds: number;
}

/**
 * Reads the configuration from the environment, once, at start. Every variable has a default
 * except the database credentials; a wrong value fails fast naming the variable.
 */
export function loadConfig(environment: NodeJS.ProcessEnv): Readonly<Config> {
  const parsed = environmentSchema
    // Neo4j must give up first, so that a slow query ends as a GraphQL error rather than a bare timeout.
    .refine((values) => values.NEO4J_TRANSACTION_TIMEOUT_MS < values.REQUEST_TIMEOUT_MS, {
      path: ['NEO4J_TRANSACTION_TIMEOUT_MS'],
      message: 'must be shorter than REQUEST_TIMEOUT_MS',
    })
    .safeParse(environment);
  if (!parsed.success) throw new ConfigError(describeIssues(parsed.error));
  const values = parsed.data;
  return Object.freeze({
    env: values.NODE_ENV,
    host: values.HOST,
    port: values.PORT,
    neo4j: Object.freeze({ ...toDatabaseSettings(values), transactionTimeoutMs: values.NEO4J_TRANSACTION_TIMEOUT_MS }),
    seedOnStart: values.SEED_ON_START,
    shutdownGraceMs: values.SHUTDOWN_GRACE_MS,
    limits: Object.freeze({
      defaultPageSize: Math.min(values.DEFAULT_PAGE_SIZE, values.MAX_PAGE_SIZE),
      maxPageSize: values.MAX_PAGE_SIZE,
      maxNeighborhoodDepth: values.MAX_NEIGHBORHOOD_DEPTH,
      maxNeighborhoodNodes: values.MAX_NEIGHBORHOOD_NODES,
      maxPathLength: values.MAX_PATH_LENGTH,
      maxAppointmentChainLevels: values.MAX_APPOINTMENT_CHAIN_LEVELS,
      maxAppointmentChainLinks: values.MAX_APPOINTMENT_CHAIN_LINKS,
      maxQueryDepth: values.MAX_QUERY_DEPTH,
      maxQueryCost: values.MAX_QUERY_COST,
      maxQueryTokens: values.MAX_QUERY_TOKENS,
    }),
    responseCache: Object.freeze({
      enabled: values.RESPONSE_CACHE,
      maxBytes: values.RESPONSE_CACHE_MB * 2 ** 20,
      versionPollMs: values.GRAPH_VERSION_POLL_MS,
      maxAgeSeconds: values.HTTP_CACHE_MAX_AGE,
    }),
    http: Object.freeze({
      requestTimeoutMs: values.REQUEST_TIMEOUT_MS,
      maxBodyBytes: values.MAX_BODY_KB * 1024,
      rateLimit:
        values.RATE_LIMIT_REQUESTS === 0
          ? null
          : Object.freeze({ requests: values.RATE_LIMIT_REQUESTS, windowSeconds: values.RATE_LIMIT_WINDOW_SECONDS }),
      trustProxy: parseTrustProxy(values.TRUST_PROXY),
    }),
    introspection: values.INTROSPECTION,
    corsOrigins:
      values.CORS_ORIGINS === '*' ? '*' : (Object.freeze(values.CORS_ORIGINS.split(',').map((origin) => origin.trim())) as string[]),
    timeZone: values.TIME_ZONE,
    clientDir: path.join(REPO_ROOT, 'client', 'dist'),
  });
}

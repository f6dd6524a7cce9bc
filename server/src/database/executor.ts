import { BrokenCircuitError, circuitBreaker, ConsecutiveBreaker, handleWhen, type CircuitBreakerPolicy } from 'cockatiel';
import { isRetryableError, Neo4jError, type Driver, type RecordShape } from 'neo4j-driver';
import { DatabaseUnavailableError, QueryTimeoutError } from '../errors';

/** What Neo4j says when it ends a transaction that ran past its timeout. */
const TIMED_OUT = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

/** How long reads fail at once after the database stopped answering, before one is let through to try. */
const RETRY_AFTER_MS = 1_000;

/** Errors that say the database is not there (down, restarting, unreachable), not that the query was wrong. */
const isUnavailable = (error: unknown) =>
  error instanceof Neo4jError && (isRetryableError(error) || ['ServiceUnavailable', 'SessionExpired'].includes(error.code));

/**
 * The reads of one answer, as far as they tell which version of the graph it comes from. A read
 * that also returns the version (`readWithVersion`) read it after its data; when no other read of
 * the answer ran beside it or after it, that version is the one the whole answer was read from,
 * and the endpoint need not ask the database again (graphql.endpoint.ts). The answer's
 * repositories read through `ReadExecutor.noting(reads)`: passed along, not found in an
 * AsyncLocalStorage, whose hooks would run at every promise of the process.
 */
export class AnswerReads {
  private started = 0;
  private running = 0;
  /** The version the answer's last read returned, if it returned one and ran alone; otherwise undefined. */
  versionAfterLastRead: string | null | undefined = undefined;

  begin(): { ticket: number; alone: boolean } {
    this.versionAfterLastRead = undefined;
    return { ticket: ++this.started, alone: this.running++ === 0 };
  }

  end(read: { ticket: number; alone: boolean }, version?: string | null): void {
    this.running--;
    if (version !== undefined && read.alone && read.ticket === this.started) this.versionAfterLastRead = version;
  }
}

/** What the repositories read the graph through: the executor, or its reads for one answer. */
export type Reader = Pick<ReadExecutor, 'read' | 'readWithVersion'>;

/**
 * Cypher as sent: each line break and the indentation after it made one space (no query of the
 * API breaks a line inside a string). The driver writes a query to the socket in chunks of 1,400
 * bytes, and on this kind of machine each write is a system call of about 80 µs: the indentation
 * alone pushed the longer queries into a second one.
 */
const withoutIndentation = (cypher: string) => cypher.replace(/\n\s*/g, ' ');

/**
 * The one place that opens sessions for the API: read-only, always closed, and driver failures
 * turned into errors the API can show.
 *
 * When the database stops answering, a circuit breaker (cockatiel) fails the reads that follow at
 * once, for a second, then lets one through to see whether it is back: a request never waits for
 * connection timeouts while Neo4j restarts, and Neo4j is not flooded when it comes back. Each read
 * is one auto-commit transaction in READ mode, without the driver's retries, for the same reason.
 */
export class ReadExecutor {
  private readonly breaker: CircuitBreakerPolicy = circuitBreaker(handleWhen(isUnavailable), {
    halfOpenAfter: RETRY_AFTER_MS,
    breaker: new ConsecutiveBreaker(1),
  });

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    /** Told of every query before it runs (tests count round trips with it). */
    private readonly onQuery?: (cypher: string) => void,
    /** Told when Neo4j stops answering (with why) and when it answers again. */
    log?: (message: string, cause?: unknown) => void,
    /** Neo4j ends a transaction that runs longer, in ms; unset: the server's own setting. */
    private readonly transactionTimeoutMs?: number,
  ) {
    if (log) {
      // Once per outage, not at every probe that finds it still down.
      let down = false;
      this.breaker.onBreak((reason) => {
        if (!down) log('Neo4j stopped answering; reads fail at once until it answers again.', 'error' in reason ? reason.error : reason);
        down = true;
      });
      this.breaker.onReset(() => {
        down = false;
        log('Neo4j answers again.');
      });
    }
  }

  /** Reads through this executor, each noted in `reads`: one answer's repositories read through it. */
  noting(reads: AnswerReads): Reader {
    return {
      read: (cypher, parameters) => this.read(cypher, parameters, reads),
      readWithVersion: (cypher, parameters) => this.readWithVersion(cypher, parameters, reads),
    };
  }

  /** Runs a parameterised read query and returns its records as plain objects. */
  async read<Row extends RecordShape>(cypher: string, parameters: Record<string, unknown> = {}, reads?: AnswerReads): Promise<Row[]> {
    const read = reads?.begin();
    try {
      return await this.query<Row>(cypher, parameters);
    } finally {
      if (read) reads!.end(read);
    }
  }

  /**
   * `read` for a query whose rows all carry the same `graphVersion`, read after its data
   * (graphStore's READ_GRAPH_VERSION_AFTER): the answer's reads take note of the version.
   */
  async readWithVersion<Row extends RecordShape & { graphVersion: string | null }>(
    cypher: string,
    parameters: Record<string, unknown> = {},
    reads?: AnswerReads,
  ): Promise<Row[]> {
    const read = reads?.begin();
    let version: string | null | undefined;
    try {
      const rows = await this.query<Row>(cypher, parameters);
      version = rows[0]?.graphVersion;
      return rows;
    } finally {
      if (read) reads!.end(read, version);
    }
  }

  /** Every query of the API, whichever way it is read, runs here. */
  protected async query<Row extends RecordShape>(source: string, parameters: Record<string, unknown>): Promise<Row[]> {
    const cypher = withoutIndentation(source);
    this.onQuery?.(cypher);
    try {
      return await this.breaker.execute(() => this.run<Row>(cypher, parameters));
    } catch (error) {
      if (error instanceof BrokenCircuitError || isUnavailable(error)) throw new DatabaseUnavailableError();
      if (error instanceof Neo4jError && TIMED_OUT.has(error.code)) throw new QueryTimeoutError();
      throw error;
    }
  }

  private async run<Row extends RecordShape>(cypher: string, parameters: Record<string, unknown>): Promise<Row[]> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'READ' });
    try {
      const result = await session.run<Row>(cypher, parameters, { timeout: this.transactionTimeoutMs });
      return result.records.map((record) => record.toObject());
    } finally {
      await session.close();
    }
  }
}

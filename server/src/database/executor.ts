import { isRetryableError, Neo4jError, type Driver, type RecordShape } from 'neo4j-driver';
import { DatabaseUnavailableError, QueryTimeoutError } from '../errors';

/** What Neo4j says when it ends a transaction that ran past its timeout. */
const TIMED_OUT = new Set(['Neo.ClientError.Transaction.TransactionTimedOut', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration']);

/**
 * The one place that opens sessions for the API: read-only, always closed, and driver failures
 * turned into errors the API can show.
 */
export class ReadExecutor {
  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    /** Told of every query before it runs (tests count round trips with it). */
    private readonly onQuery?: (cypher: string) => void,
    /** Neo4j ends a transaction that runs longer, in ms; unset: the server's own setting. */
    private readonly transactionTimeoutMs?: number,
  ) {}

  /** Runs a parameterised read query and returns its records as plain objects. */
  async read<Row extends RecordShape>(cypher: string, parameters: Record<string, unknown> = {}): Promise<Row[]> {
    this.onQuery?.(cypher);
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'READ' });
    try {
      const result = await session.executeRead((tx) => tx.run<Row>(cypher, parameters), { timeout: this.transactionTimeoutMs });
      return result.records.map((record) => record.toObject());
    } catch (error) {
      if (error instanceof Neo4jError && (isRetryableError(error) || error.code === 'ServiceUnavailable')) {
        throw new DatabaseUnavailableError();
      }
      if (error instanceof Neo4jError && TIMED_OUT.has(error.code)) throw new QueryTimeoutError();
      throw error;
    } finally {
      await session.close();
    }
  }
}

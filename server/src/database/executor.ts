import { isRetryableError, Neo4jError, type Driver, type RecordShape } from 'neo4j-driver';
import { DatabaseUnavailableError } from '../errors';

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
  ) {}

  /** Runs a parameterised read query and returns its records as plain objects. */
  async read<Row extends RecordShape>(cypher: string, parameters: Record<string, unknown> = {}): Promise<Row[]> {
    this.onQuery?.(cypher);
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'READ' });
    try {
      const result = await session.executeRead((tx) => tx.run<Row>(cypher, parameters));
      return result.records.map((record) => record.toObject());
    } catch (error) {
      if (error instanceof Neo4jError && (isRetryableError(error) || error.code === 'ServiceUnavailable')) {
        throw new DatabaseUnavailableError();
      }
      throw error;
    } finally {
      await session.close();
    }
  }
}

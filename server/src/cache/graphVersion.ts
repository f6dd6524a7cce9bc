/**
 * The graph's version as this process last saw it. The graph changes only when it is seeded, and
 * every seed that changes it stamps a new version, so an answer computed under a version stays
 * right for as long as the version does. A seed run by another process (`npm run seed`) is
 * noticed by polling; a cache miss reads the version itself, and so notices at once.
 */
export class GraphVersionWatcher {
  private known: string | null = null;
  private timer: NodeJS.Timeout | undefined;
  private readonly listeners: ((version: string | null) => void)[] = [];

  constructor(
    private readonly readVersion: () => Promise<string | null>,
    /** How often to ask the database; 0 asks only when `refresh` is called. */
    private readonly pollMs: number,
  ) {}

  /** The last version read; null before the first read, or for a graph never seeded. */
  get current(): string | null {
    return this.known;
  }

  /** Reads the version from the database, tells the listeners if it changed, and returns it. */
  async refresh(): Promise<string | null> {
    const version = await this.readVersion();
    if (version !== this.known) {
      this.known = version;
      for (const listener of this.listeners) listener(version);
    }
    return version;
  }

  /** Called with the new version whenever it changes. */
  onChange(listener: (version: string | null) => void): void {
    this.listeners.push(listener);
  }

  /** Reads the version now and then every `pollMs`; a database that does not answer keeps the last one known. */
  async start(): Promise<void> {
    await this.refresh().catch(() => undefined);
    if (this.pollMs <= 0) return;
    this.timer = setInterval(() => void this.refresh().catch(() => undefined), this.pollMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

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

  constructor(private readonly readVersion: () => Promise<string | null>) {}

  /** The last version read; null before the first read, or for a graph never seeded. */
  get current(): string | null {
    return this.known;
  }

  /** Reads the version from the database, tells the listeners if it changed, and returns it. */
  async refresh(): Promise<string | null> {
    const version = await this.readVersion();
    this.observe(version);
    return version;
  }

  /** Takes the version a read found (one that read it with its data, say), telling the listeners if it changed. */
  observe(version: string | null): void {
    if (version === this.known) return;
    this.known = version;
    for (const listener of this.listeners) listener(version);
  }

  /**
   * The version as a read that begins after this call finds it. Callers that ask while a read is
   * under way share the one that follows it (the one under way may have begun before their work
   * ended), so requests that finish together cost the database one read, not one each.
   */
  readAfterNow(): Promise<string | null> {
    if (this.next) return this.next;
    if (!this.underWay) return this.startRead();
    const next = this.underWay
      .catch(() => undefined)
      .then(() => {
        this.next = null;
        return this.startRead();
      });
    this.next = next;
    return next;
  }

  private underWay: Promise<string | null> | null = null;
  private next: Promise<string | null> | null = null;

  private startRead(): Promise<string | null> {
    const read = this.refresh().finally(() => {
      if (this.underWay === read) this.underWay = null;
    });
    this.underWay = read;
    return read;
  }

  /** Called with the new version whenever it changes. */
  onChange(listener: (version: string | null) => void): void {
    this.listeners.push(listener);
  }

  /**
   * Reads the version now and then every `pollMs` (0: only when asked); a database that does not
   * answer keeps the last one known.
   */
  async start(pollMs: number): Promise<void> {
    await this.refresh().catch(() => undefined);
    if (pollMs <= 0) return;
    this.timer = setInterval(() => void this.refresh().catch(() => undefined), pollMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

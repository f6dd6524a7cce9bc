/** Tells what "today" is, in the time zone whose law the graph describes. */
export interface Clock {
  /** Today's date, YYYY-MM-DD. */
  today(): string;
}

/** How long a computed date is reused: every request asks, and formatting one costs microseconds. */
const REUSE_MS = 1_000;

export function createClock(timeZone: string): Clock {
  // en-CA formats dates as YYYY-MM-DD.
  const format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  let today = '';
  let computedAt = -Infinity;
  return {
    // Reused for a second, so the new day begins at most a second late.
    today() {
      const now = Date.now();
      if (now - computedAt >= REUSE_MS || now < computedAt) {
        today = format.format(now);
        computedAt = now;
      }
      return today;
    },
  };
}

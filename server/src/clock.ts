/** Tells what "today" is, in the time zone whose law the graph describes. */
export interface Clock {
  /** Today's date, YYYY-MM-DD. */
  today(): string;
}

export function createClock(timeZone: string): Clock {
  // en-CA formats dates as YYYY-MM-DD.
  const format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  return { today: () => format.format(new Date()) };
}

/** How long to wait for a condition, how often to look, and what is awaited (for the failure message). */
export interface WaitOptions {
  timeoutMs: number;
  /** Pause between two looks; 100 ms unless given. */
  intervalMs?: number;
  /** What is awaited, as the failure will say it: "the server to be ready". */
  what: string;
}

/**
 * Looks at `condition` until it gives a value other than false, null or undefined, and resolves with
 * that value; fails after `timeoutMs` saying what did not happen and what the last look saw (its value
 * or its error). The one way the tests wait for something that happens on its own time (a process
 * starting, a seed noticed by polling): never a fixed sleep before an assertion.
 */
export async function waitFor<T>(
  condition: () => T | Promise<T>,
  { timeoutMs, intervalMs = 100, what }: WaitOptions,
): Promise<Exclude<T, false | null | undefined>> {
  const deadline = Date.now() + timeoutMs;
  let last: string;
  for (;;) {
    try {
      const value = await condition();
      if (value !== false && value !== null && value !== undefined) return value as Exclude<T, false | null | undefined>;
      last = `it gave ${String(value)}`;
    } catch (error) {
      last = `it failed: ${error instanceof Error ? error.message : String(error)}`;
    }
    if (Date.now() >= deadline) throw new Error(`Waited ${timeoutMs / 1000} s for ${what}; the last look: ${last}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

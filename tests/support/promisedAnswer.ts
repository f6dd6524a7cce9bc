/**
 * Whether an answer holds what a worked example promises: every value shown is there, and every item
 * of a list shown is somewhere in the real list (which may hold more).
 */
export function holdsPromised(actual: unknown, expected: unknown): boolean {
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && expected.every((item) => actual.some((candidate) => holdsPromised(candidate, item)));
  }
  if (expected !== null && typeof expected === 'object') {
    return (
      actual !== null &&
      typeof actual === 'object' &&
      Object.entries(expected).every(([key, value]) => holdsPromised((actual as Record<string, unknown>)[key], value))
    );
  }
  return actual === expected;
}

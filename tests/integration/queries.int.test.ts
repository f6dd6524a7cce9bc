import { loadQueryExamples } from '../../server/src/graphql/examples';
import { postGraphQL, startTestApp, type RunningApp } from '../support/testApp';

/**
 * The answer holds what the example promises: every value shown is there, and every item of a list
 * shown is somewhere in the real list (which may hold more).
 */
function contains(actual: unknown, expected: unknown): boolean {
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && expected.every((item) => actual.some((candidate) => contains(candidate, item)));
  }
  if (expected !== null && typeof expected === 'object') {
    return actual !== null && typeof actual === 'object' && Object.entries(expected).every(([key, value]) => contains((actual as Record<string, unknown>)[key], value));
  }
  return actual === expected;
}

const examples = loadQueryExamples();

describe('the examples in docs/queries.md', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startTestApp({ clock: { today: () => '2026-11-21' } });
  });
  afterAll(() => app.close());

  it('are at least fifteen, each with the answer it promises', () => {
    expect(examples.length).toBeGreaterThanOrEqual(15);
    for (const example of examples) expect([example.title, example.expected !== undefined]).toEqual([example.title, true]);
  });

  it.each(examples.map((example) => [example.title, example] as const))('%s', async (_title, example) => {
    const response = await postGraphQL(app.url, example.query, example.variables);
    expect(response.errors).toBeUndefined();
    if (!contains(response.data, example.expected)) {
      // Show both in full, so that a changed fact is easy to see.
      expect(response.data).toEqual(example.expected);
    }
  });
});

import { loadQueryExamples } from '../../server/src/graphql/examples';
import { holdsPromised } from '../support/promisedAnswer';
import { postGraphQL, startTestApp, type RunningApp } from '../support/testApp';

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
    if (!holdsPromised(response.data, example.expected)) {
      // Show both in full, so that a changed fact is easy to see.
      expect(response.data).toEqual(example.expected);
    }
  });
});

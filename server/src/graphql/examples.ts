import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../config';

/** docs/queries.md: the worked examples, each a heading, a GraphQL block and the answer it checks. */
export const EXAMPLES_FILE = path.join(REPO_ROOT, 'docs', 'queries.md');

export interface QueryExample {
  title: string;
  query: string;
  variables: Record<string, unknown>;
  /** The part of the answer the example promises (tests compare it with the real answer). */
  expected: unknown;
}

/**
 * Reads the examples: under each `### ` heading, a ```graphql block, optionally a ```json block of
 * variables, and a `<!-- expect: {...} -->` comment holding the promised part of the answer.
 */
export function loadQueryExamples(file: string = EXAMPLES_FILE): QueryExample[] {
  if (!existsSync(file)) return [];
  const sections = readFileSync(file, 'utf8').split(/^### /m).slice(1);
  return sections.flatMap((section) => {
    const query = /```graphql\n([\s\S]*?)```/.exec(section)?.[1];
    if (!query) return [];
    const variables = /```json\n([\s\S]*?)```/.exec(section)?.[1];
    const expected = /<!-- expect: ([\s\S]*?) -->/.exec(section)?.[1];
    return [
      {
        title: section.split('\n')[0].trim(),
        query: query.trim(),
        variables: variables ? JSON.parse(variables) : {},
        expected: expected ? JSON.parse(expected) : undefined,
      },
    ];
  });
}

/**
 * Contender: the floor for answers kept in memory. A bare node:http handler that finds our answer
 * by the whole question, as our cache does (the GET's query string, the language, Accept and
 * Origin), and sends it with the headers our API sends; in a process that has read Neo4j through
 * neo4j-driver first and keeps its connections, as every server with a database does. The limit
 * (precomputed.ts) does neither.
 *
 * Why the driver: Node's net and stream code is shared by every socket of a process, and V8
 * optimises it for the kinds of socket it has seen. The same handler spent about 26 µs of CPU a
 * request after the process had used TCP client sockets, against 21 µs in a process that had
 * served HTTP alone (docs/benchmarks.md, notes on the goals). No server that reads a database
 * can have the second.
 *
 *   ANSWERS_FILE=answers.json NEO4J_URI=bolt://127.0.0.1:7687 PORT=4304 tsx tests/bench/contenders/keptAnswerFloor.ts
 *   (answers.json: { "<path and query of the GET>": { "headers": ["name", "value", …], "body": "<JSON text>" } })
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createDriver } from '../../../neo4j/connect';

interface KeptAnswer {
  headers: string[];
  body: string;
}

async function main(): Promise<void> {
  const file = process.env.ANSWERS_FILE;
  const uri = process.env.NEO4J_URI;
  if (!file || !uri) throw new Error('ANSWERS_FILE and NEO4J_URI are required');
  const driver = createDriver(uri, { user: 'neo4j' });
  // What a server does before its first kept answer: reads, a few at a time.
  for (let batch = 0; batch < 50; batch++) await Promise.all([1, 2, 3, 4].map((n) => driver.executeQuery('RETURN $n AS n', { n })));

  // The first request of each kind is "computed" (taken from the file), then kept by its whole question.
  const known = new Map(
    Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, KeptAnswer>).map(([url, answer]) => [
      url,
      { headers: answer.headers, body: Buffer.from(answer.body) },
    ]),
  );
  const kept = new Map<string, { headers: string[]; body: Buffer }>();
  const server = createServer((request, response) => {
    const { headers } = request;
    const url = request.url ?? '';
    const question = `${headers['accept-language'] ?? ''}\n${headers.accept ?? ''}\n${headers.origin ?? ''}\n${url}`;
    let answer = kept.get(question);
    if (!answer) {
      answer = known.get(url);
      if (!answer) {
        response.writeHead(404).end();
        return;
      }
      kept.set(question, answer);
    }
    response.writeHead(200, answer.headers);
    response.end(answer.body);
  });
  server.listen(Number(process.env.PORT ?? 4304), '127.0.0.1', () => console.log('ready'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

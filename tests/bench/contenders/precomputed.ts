/**
 * Contender: the limit. A bare node:http handler that sends answers computed beforehand, the
 * same bytes our API sends, from memory: nothing can answer faster over HTTP on this machine.
 *
 *   ANSWERS_FILE=answers.json PORT=4303 tsx tests/bench/contenders/precomputed.ts
 *   (answers.json: { "/whoAppoints": "<the JSON text>", ... }; GET that path)
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

function main(): void {
  const file = process.env.ANSWERS_FILE;
  if (!file) throw new Error('ANSWERS_FILE is required');
  const answers = new Map(
    Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>).map(([path, text]) => [path, Buffer.from(text)]),
  );
  const server = createServer((request, response) => {
    const answer = answers.get((request.url ?? '/').split('?')[0]);
    if (!answer) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(answer);
  });
  server.listen(Number(process.env.PORT ?? 4303), '127.0.0.1', () => console.log('ready'));
}

main();

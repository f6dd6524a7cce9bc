/**
 * `npm run export:view -- <url-or-params> [--out file.html]`: saves a view as one self-contained
 * HTML file (data and code inline; opens from file:// with no network), for learning platforms that
 * block iframes and for archives. Give an explorer link (http://localhost:4000/?focus=senate&date=2010-01-01)
 * or just its parameters (focus=senate&date=2010-01-01, asked of http://localhost:$PORT, 4000 by default).
 * The server must be running (`npm start`).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

async function main(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, options: { out: { type: 'string' } }, allowPositionals: true });
  const [view] = positionals;
  const out = values.out;
  if (!view)
    throw new Error('Give a view: an explorer link such as http://localhost:4000/?focus=senate&date=2010-01-01, or its parameters.');
  const link = /^https?:\/\//.test(view)
    ? new URL(view)
    : new URL(`http://localhost:${process.env.PORT ?? 4000}/?${view.replace(/^\?/, '')}`);
  const exportUrl = `${link.origin}/export/view.html${link.search}`;
  let response: Response;
  try {
    response = await fetch(exportUrl);
  } catch {
    throw new Error(`No server answers at ${link.origin}: start it with \`npm start\`, or give the link of a running one.`);
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new Error(`${link.origin} could not export this view (${response.status}): ${body?.error?.message ?? response.statusText}`);
  }
  const suggested = /filename="?([^";]+)"?/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'kz-legal-graph-view.html';
  const file = path.resolve(out ?? suggested);
  writeFileSync(file, await response.text());
  console.log(`Saved ${file}: open it in any browser, even offline.`);
}

main(process.argv.slice(2)).catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});

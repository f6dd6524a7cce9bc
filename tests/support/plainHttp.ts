import { request as httpRequest } from 'node:http';

/**
 * One HTTP request on a connection of its own, with no client cleverness in between: no pool
 * whose idle connection the server may close just as it is reused, no headers added.
 */
export function plainRequest(
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string | Uint8Array; timeoutMs: number },
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(url, { method: init.method, headers: init.headers, agent: false, timeout: init.timeoutMs }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', reject);
    });
    outgoing.on('timeout', () => outgoing.destroy(new Error(`no answer within ${init.timeoutMs} ms`)));
    outgoing.on('error', reject);
    outgoing.end(init.body);
  });
}

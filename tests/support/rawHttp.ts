import { connect } from 'node:net';

export interface RawAnswer {
  /** 0 when the server closed the connection without an answer. */
  status: number;
  /** Everything the server sent, headers and body. */
  text: string;
}

/**
 * Sends bytes over a plain TCP connection, as no well-behaved client would: a body that stops
 * half-way, a request line or headers that break the rules. Resolves with what came back once the
 * server closes the connection, or `waitMs` after the last part was sent.
 *
 * @param parts written one after another, `pauseMs` apart
 */
export function rawRequest(baseUrl: string, parts: (string | Buffer)[], { pauseMs = 0, waitMs = 60_000 } = {}): Promise<RawAnswer> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    const received: Buffer[] = [];
    let timer: NodeJS.Timeout | undefined;
    const finish = () => {
      clearTimeout(timer);
      socket.destroy();
      const text = Buffer.concat(received).toString('utf8');
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0), text });
    };
    socket.on('data', (chunk) => received.push(chunk));
    socket.on('close', finish);
    socket.on('error', (error: NodeJS.ErrnoException) =>
      error.code === 'ECONNRESET' || error.code === 'EPIPE' ? finish() : reject(error),
    );
    socket.on('connect', async () => {
      for (const [index, part] of parts.entries()) {
        if (index > 0 && pauseMs > 0) await new Promise((wait) => setTimeout(wait, pauseMs));
        if (socket.destroyed) return;
        socket.write(part);
      }
      timer = setTimeout(finish, waitMs);
    });
  });
}

/**
 * Test support: one raw HTTP exchange over a socket, for requests no HTTP client would send (a
 * broken request line, a header with a line break, a body cut short). The bytes are written, the
 * sending side is closed, and everything the server sends back until it closes is collected.
 */
import net from 'node:net';

export interface Exchange {
  /** What the server sent back, as latin1 text (bytes kept one to one). */
  text: string;
  /** The server neither answered nor closed the connection in time. */
  timedOut: boolean;
}

/** Sends `bytes` to 127.0.0.1:`port` and collects the reply until the server closes the connection. */
export function exchange(port: number, bytes: string | Buffer, timeoutMs = 10_000): Promise<Exchange> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const socket = net.connect(port, '127.0.0.1');
    const done = (timedOut: boolean) => {
      clearTimeout(timer);
      socket.destroy();
      resolve({ text: Buffer.concat(chunks).toString('latin1'), timedOut });
    };
    const timer = setTimeout(() => done(true), timeoutMs);
    socket.on('connect', () => socket.end(bytes));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    // A reset after the server refused to read on (a body too large) ends the exchange too.
    socket.on('error', () => done(false));
    socket.on('close', () => done(false));
  });
}

/** The status code of the first reply, or 0 when the server closed without one. */
export function statusOf(reply: Exchange): number {
  return Number(/^HTTP\/1\.[01] (\d{3})/.exec(reply.text)?.[1] ?? 0);
}

/**
 * A `POST /api/call` with the token, as the page sends it; `declaredLength` may differ from the
 * body's real length (a body cut short).
 */
export function jsonRequest(port: number, token: string, body: unknown, declaredLength?: number): Buffer {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const length = declaredLength ?? Buffer.byteLength(text);
  return Buffer.from(
    `POST /api/call HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAuthorization: Bearer ${token}\r\n` +
      `Content-Type: application/json\r\nContent-Length: ${length}\r\nConnection: close\r\n\r\n${text}`,
    'utf8',
  );
}

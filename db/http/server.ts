/**
 * The loopback HTTP adapter of the API, for `npm run serve` and end-to-end tests: the same
 * operation table as the Electron IPC adapter, behind `POST /api/call`, plus the built
 * renderer as static files. It binds 127.0.0.1 only, requires the per-run token on every
 * request, and refuses other origins and other Host names (DNS rebinding).
 * It never logs request bodies or results: they are health records.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Envelope, ErrorCode } from '../api/contract';
import { dispatchAsync } from '../api/dispatch';
import type { ApiContext } from '../api/handlers';

export interface ApiServerOptions {
  ctx: ApiContext;
  /** The built renderer (dist/renderer); omit to serve the API only. */
  staticDir?: string | undefined;
  /** 0 picks a free port. */
  port?: number | undefined;
  /** Defaults to a fresh random token. */
  token?: string | undefined;
}

export interface RunningServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/** Big enough for a JSON export being imported (import.json), still a bound. */
const MAX_BODY_BYTES = 256 * 1024 * 1024;

const statusFor: Record<ErrorCode, number> = {
  invalid_input: 400,
  unknown_operation: 404,
  not_found: 404,
  conflict: 409,
  read_only: 409,
  unauthorized: 401,
  locked: 423,
  internal: 500,
};

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

function sameSecret(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

function sendJson(res: http.ServerResponse, envelope: Envelope<unknown>): void {
  const status = envelope.ok ? 200 : statusFor[envelope.error.code];
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(envelope));
}

function refuse(res: http.ServerResponse, code: ErrorCode, message: string): void {
  sendJson(res, { ok: false, error: { code, message } });
}

function readBody(req: http.IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(undefined);
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

export function startApiServer(options: ApiServerOptions): Promise<RunningServer> {
  const token = options.token ?? crypto.randomBytes(24).toString('base64url');
  let port = 0;
  const allowedHosts = () => [`127.0.0.1:${port}`, `localhost:${port}`];
  const cookieName = () => `knotbook_${port}`;

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (req.method !== 'POST') return refuse(res, 'unknown_operation', 'The API takes POST requests only.');
    const auth = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (!sameSecret(auth, token)) return refuse(res, 'unauthorized', 'This request did not carry the session token.');
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return refuse(res, 'invalid_input', 'The request must be sent as JSON.');
    }
    const body = await readBody(req);
    if (body === undefined) return refuse(res, 'invalid_input', 'The request is too large.');
    let message: unknown;
    try {
      message = JSON.parse(body);
    } catch {
      return refuse(res, 'invalid_input', 'The request is not valid JSON.');
    }
    if (typeof message !== 'object' || message === null || Array.isArray(message)) {
      return refuse(res, 'invalid_input', 'The request must name an operation and its input.');
    }
    const { op, input } = message as { op?: unknown; input?: unknown };
    sendJson(res, await dispatchAsync(options.ctx, op, input));
  }

  function handleStatic(req: http.IncomingMessage, res: http.ServerResponse, url: URL): void {
    const queryToken = url.searchParams.get('token') ?? undefined;
    const cookieToken = cookieValue(req.headers.cookie, cookieName());
    if (!sameSecret(queryToken, token) && !sameSecret(cookieToken, token)) {
      res.writeHead(401, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Open Knotbook with the full address printed by "npm run serve", including its token.');
      return;
    }
    const root = path.resolve(options.staticDir ?? '');
    const requested = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname);
    const file = path.resolve(root, `.${requested}`);
    if (
      !options.staticDir ||
      !file.startsWith(root + path.sep) ||
      !fs.existsSync(file) ||
      !fs.statSync(file).isFile()
    ) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found.');
      return;
    }
    res.writeHead(200, {
      'Content-Type': mimeTypes[path.extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-store',
      'Set-Cookie': `${cookieName()}=${token}; Path=/; HttpOnly; SameSite=Strict`,
    });
    fs.createReadStream(file).pipe(res);
  }

  const server = http.createServer((req, res) => {
    if (!allowedHosts().includes(req.headers.host ?? '')) {
      res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Knotbook answers on 127.0.0.1 only.');
      return;
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts().some((host) => origin === `http://${host}`)) {
      return refuse(res, 'unauthorized', 'Requests from other web pages are refused.');
    }
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    if (url.pathname === '/api/call') {
      handleApi(req, res).catch(() => refuse(res, 'internal', 'The request could not be read.'));
    } else if (req.method === 'GET' || req.method === 'HEAD') {
      handleStatic(req, res, url);
    } else {
      res.writeHead(405).end();
    }
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      resolve({
        url: `http://127.0.0.1:${port}/?token=${token}`,
        port,
        token,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

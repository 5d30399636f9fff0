/**
 * The loopback HTTP adapter of the API, for `npm run serve` and end-to-end tests: the same
 * operation table as the Electron IPC adapter, behind `POST /api/call`, the export and import
 * of a whole practice as files (`/api/export`, `/api/import`: file-routes.ts), plus the built
 * renderer as static files. It binds 127.0.0.1 only, requires the per-run token on every
 * request, and refuses other origins and other Host names (DNS rebinding). Any request at all
 * is answered or has its connection closed, never stopping the server (db/http/fuzz.test.ts).
 * It never logs request bodies or results: they are health records.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pipeline } from 'node:stream';
import type { Envelope, ErrorCode } from '../api/contract';
import { dispatchAsync } from '../api/dispatch';
import type { ApiContext } from '../api/handlers';
import { fileRoutes } from './file-routes';

export interface ApiServerOptions {
  ctx: ApiContext;
  /** The built renderer (dist/renderer); omit to serve the API only. */
  staticDir?: string | undefined;
  /** 0 picks a free port. */
  port?: number | undefined;
  /** Defaults to a fresh random token. */
  token?: string | undefined;
  /** The largest request body taken; MAX_BODY_BYTES unless a test wants less. */
  maxBodyBytes?: number | undefined;
  /** The time an export is named after and made at; the clock's unless a test sets it. */
  now?: (() => Date) | undefined;
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

/** Said for an address that cannot be read: a broken %-escape (`/%E0%A4%A`), or `//`. */
const BAD_ADDRESS = 'This address is not valid. Open Knotbook with the full address printed by "npm run serve".';
/** Said when answering failed in a way no check above foresaw; the server stays up. */
const NOT_ANSWERED = 'Knotbook could not answer this request. Try again.';

function sameSecret(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

/**
 * Once a reply has begun, nothing else can be said on it: the connection is dropped instead
 * (the client then sees a cut-off reply, never a wrong one). True when a reply may still be sent.
 */
function canReply(res: http.ServerResponse): boolean {
  if (!res.headersSent) return true;
  if (!res.writableEnded) res.destroy();
  return false;
}

function sendText(res: http.ServerResponse, status: number, text: string): void {
  if (!canReply(res)) return;
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

function sendJson(res: http.ServerResponse, envelope: Envelope<unknown>, status?: number): void {
  if (!canReply(res)) return;
  const body = JSON.stringify(envelope);
  res.writeHead(status ?? (envelope.ok ? 200 : statusFor[envelope.error.code]), {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

function refuse(res: http.ServerResponse, code: ErrorCode, message: string, status?: number): void {
  sendJson(res, { ok: false, error: { code, message } }, status);
}

/** The last resort of every handler: a plain 500, or a dropped connection; never a throw. */
function answerFailure(res: http.ServerResponse): void {
  try {
    sendText(res, 500, NOT_ANSWERED);
  } catch {
    res.destroy();
  }
}

type Body = { ok: true; text: string } | { ok: false; reason: 'too_large' | 'cut_short' };

/**
 * The request's body, up to `limit` bytes: a body said (Content-Length) or found to be larger is
 * not read any further; a client that goes away before the end gives 'cut_short'.
 */
function readBody(req: http.IncomingMessage, limit: number): Promise<Body> {
  return new Promise((resolve) => {
    if (Number(req.headers['content-length']) > limit) return resolve({ ok: false, reason: 'too_large' });
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      req.off('data', onData);
      chunks.length = 0;
      resolve({ ok: false, reason: 'too_large' });
    };
    req.on('data', onData);
    req.on('end', () => resolve({ ok: true, text: Buffer.concat(chunks).toString('utf8') }));
    req.on('error', () => resolve({ ok: false, reason: 'cut_short' }));
    req.on('close', () => resolve({ ok: false, reason: 'cut_short' })); // after 'end' this changes nothing
  });
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

/** The request's address, or undefined when it cannot be read (`//`, `\\`, `//[`). */
function requestUrl(target: string | undefined): URL | undefined {
  try {
    return new URL(target ?? '/', 'http://127.0.0.1');
  } catch {
    return undefined;
  }
}

/** The path asked for, %-escapes decoded, or undefined when an escape is broken (`/%`). */
function decodedPath(pathname: string): string | undefined {
  try {
    return decodeURIComponent(pathname === '/' ? '/index.html' : pathname);
  } catch {
    return undefined;
  }
}

/** The file under `root` to send for `requested`, if it is one (never a folder, never outside). */
function fileToServe(root: string, requested: string): string | undefined {
  const file = path.resolve(root, `.${requested}`);
  if (!file.startsWith(root + path.sep)) return undefined;
  try {
    return fs.statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined; // missing, or a name the file system refuses (a NUL byte)
  }
}

export function startApiServer(options: ApiServerOptions): Promise<RunningServer> {
  const token = options.token ?? crypto.randomBytes(24).toString('base64url');
  const maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;
  let port = 0;
  const allowedHosts = () => [`127.0.0.1:${port}`, `localhost:${port}`];
  const cookieName = () => `knotbook_${port}`;

  const files = fileRoutes(options.ctx, sendJson, options.now);
  const hasToken = (req: http.IncomingMessage) =>
    sameSecret(/^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1], token);
  const NO_TOKEN = 'This request did not carry the session token.';

  /** The export and import of a whole practice as files (file-routes.ts), behind the token. */
  async function handleFiles(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
    if (!hasToken(req)) return refuse(res, 'unauthorized', NO_TOKEN);
    if (url.pathname === '/api/export/progress' && req.method === 'GET') return files.exportProgress(res);
    if (url.pathname === '/api/export' && req.method === 'GET') return files.exportDownload(res, url);
    if (url.pathname === '/api/import' && req.method === 'POST') return files.importUpload(req, res, url);
    return sendText(res, 405, 'Knotbook does not take this kind of request here.');
  }

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (req.method !== 'POST') return refuse(res, 'unknown_operation', 'The API takes POST requests only.');
    if (!hasToken(req)) return refuse(res, 'unauthorized', NO_TOKEN);
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return refuse(res, 'invalid_input', 'The request must be sent as JSON.');
    }
    const body = await readBody(req, maxBodyBytes);
    if (!body.ok && body.reason === 'too_large') {
      // The rest of the body is not read: the connection closes once this is sent.
      res.setHeader('Connection', 'close');
      return refuse(res, 'invalid_input', 'The request is too large.', 413);
    }
    if (!body.ok) return refuse(res, 'invalid_input', 'The request was cut short.');
    let message: unknown;
    try {
      message = JSON.parse(body.text);
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
      return sendText(res, 401, 'Open Knotbook with the full address printed by "npm run serve", including its token.');
    }
    const requested = decodedPath(url.pathname);
    if (requested === undefined) return sendText(res, 400, BAD_ADDRESS);
    const file = options.staticDir ? fileToServe(path.resolve(options.staticDir), requested) : undefined;
    if (!file) return sendText(res, 404, 'Not found.');
    res.writeHead(200, {
      'Content-Type': mimeTypes[path.extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-store',
      'Set-Cookie': `${cookieName()}=${token}; Path=/; HttpOnly; SameSite=Strict`,
    });
    // A file that cannot be read after all (removed meanwhile) drops the connection mid-reply.
    pipeline(fs.createReadStream(file), res, () => undefined);
  }

  function route(req: http.IncomingMessage, res: http.ServerResponse): void {
    if (!allowedHosts().includes(req.headers.host ?? '')) {
      return sendText(res, 403, 'Knotbook answers on 127.0.0.1 only.');
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts().some((host) => origin === `http://${host}`)) {
      return refuse(res, 'unauthorized', 'Requests from other web pages are refused.');
    }
    const url = requestUrl(req.url);
    if (!url) return sendText(res, 400, BAD_ADDRESS);
    if (url.pathname === '/api/call') {
      handleApi(req, res).catch(() => answerFailure(res));
    } else if (['/api/export', '/api/export/progress', '/api/import'].includes(url.pathname)) {
      handleFiles(req, res, url).catch(() => answerFailure(res));
    } else if (req.method === 'GET' || req.method === 'HEAD') {
      handleStatic(req, res, url);
    } else {
      sendText(res, 405, 'Knotbook does not take this kind of request here.');
    }
  }

  // Whatever a request holds, it is answered (or its connection dropped): it never stops the
  // server. Requests Node itself cannot parse get Node's own 400 ('clientError').
  const server = http.createServer((req, res) => {
    try {
      route(req, res);
    } catch {
      answerFailure(res);
    }
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      server.off('error', reject);
      // A connection that could not be accepted (too many open files) is no reason to stop.
      server.on('error', (error: NodeJS.ErrnoException) =>
        console.error(`knotbook: the local server could not take a connection (${error.code ?? error.name})`),
      );
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

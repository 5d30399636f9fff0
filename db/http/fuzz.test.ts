/**
 * The loopback adapter never stops on a request. Random request lines, paths, headers and bodies
 * go as raw bytes over a socket to the real `npm run serve` process on 127.0.0.1 (so a crash is
 * what it would be for the therapist: the process gone). After every request the process is
 * still running, has written nothing (it logs nothing per request), and answers a good request;
 * nothing without the token gets a 200 or changes a record; no answer holds a stack trace.
 *
 * A failure prints fast-check's seed and path; replay it with
 * `FC_SEED=<seed> FC_PATH=<path> npx vitest run db/http/fuzz.test.ts -t <test>`.
 * `FC_RUNS=<n>` scales the number of runs.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServe, type ServeProcess } from '../../tests/support/serve';
import { exchange, jsonRequest, statusOf, type Exchange } from './testing/raw-http';

const RUNS = Number(process.env.FC_RUNS ?? 1);
const runs = (n: number) => Math.max(1, Math.round(n * RUNS));
const replay = {
  ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED) } : {}),
  ...(process.env.FC_PATH ? { path: process.env.FC_PATH } : {}),
};

let folder = '';
let serve: ServeProcess;
let port = 0;
let output = '';

beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'knotbook-fuzz-'));
  serve = await startServe(path.join(folder, 'knotbook.sqlite'), { extraArgs: ['--no-backup'] });
  port = Number(serve.url.port);
  // What the process writes from here on: the adapter logs nothing per request.
  serve.child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  serve.child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
}, 60_000);

afterAll(async () => {
  await serve?.stop(); // undefined when the process did not start
  fs.rmSync(folder, { recursive: true, force: true });
});

/** Whether a request carries the session token, a wrong one, or none. */
type TokenMode = 'right' | 'wrong' | 'none';
const tokenMode = fc.constantFrom<TokenMode>('right', 'wrong', 'none');
const tokenFor = (mode: TokenMode) => (mode === 'right' ? serve.token : mode === 'wrong' ? 'x'.repeat(32) : '');

/** Records made by refused requests carry this first name, so their absence can be checked. */
const INTRUDER = 'Intruder';

async function clientNames(): Promise<string[]> {
  const list = await serve.call<{ givenName: string }[]>('clients.list', { includeArchived: true });
  if (!list.ok) throw new Error(`clients.list failed: ${list.error.message}`);
  return list.value.map((client) => client.givenName);
}

/** After each request: the process runs, said nothing, answers a good request, and no answer leaked. */
async function stillServing(reply: Exchange): Promise<void> {
  expect(serve.child.exitCode, 'the serve process exited').toBeNull();
  expect(serve.child.signalCode, 'the serve process was killed').toBeNull();
  expect(reply.timedOut, 'the server neither answered nor closed the connection').toBe(false);
  expect(reply.text).not.toMatch(/\n\s+at .+:\d+/);
  const good = await exchange(port, jsonRequest(port, serve.token, { op: 'app.info', input: {} }));
  expect(statusOf(good)).toBe(200);
  expect(output).toBe('');
}

// ---------------------------------------------------------------------------------------------
// Request lines and paths.

const hex = fc.constantFrom(...'0123456789abcdefABCDEFgG%'.split(''));
/** A path piece: plain text, a whole or broken %-escape, dots, slashes, or any character. */
const pathPiece = fc.oneof(
  fc.constantFrom(
    'index.html',
    'assets',
    'api',
    'call',
    '..',
    '.',
    '',
    '%2e%2e',
    '%2F',
    '%00',
    '%E0%A4%A',
    '%C0%AF',
    '%FF',
  ),
  fc.tuple(hex, hex).map(([a, b]) => `%${a}${b}`),
  hex.map((a) => `%${a}`),
  fc.constant('%'),
  fc.string({ unit: 'binary', maxLength: 6 }),
);
const target = fc.oneof(
  fc.array(pathPiece, { maxLength: 6 }).map((pieces) => `/${pieces.join('/')}`),
  fc.constantFrom('/%E0%A4%A', '/%', '//', '//[', '\\\\', '*', '/api/call', '/api/call%00', 'http://x/', '?'),
  fc.string({ unit: 'binary', maxLength: 40 }),
);
const method = fc.oneof(
  fc.constantFrom('GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'TRACE', 'CONNECT', 'get', 'G ET'),
  fc.string({ unit: 'binary-ascii', maxLength: 8 }),
);
const version = fc.constantFrom('HTTP/1.1', 'HTTP/1.1', 'HTTP/1.0', 'HTTP/2', 'HTTP/1.1x', '');

describe('the loopback adapter, fuzzed over a socket', () => {
  it('answers any request line and path, and stays up', async () => {
    await fc.assert(
      fc.asyncProperty(method, target, version, tokenMode, fc.boolean(), async (verb, where, http, mode, utf8) => {
        const query = mode === 'none' ? '' : `${where.includes('?') ? '&' : '?'}token=${tokenFor(mode)}`;
        const head = `${verb} ${where}${query} ${http}\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`;
        const reply = await exchange(port, Buffer.from(head, utf8 ? 'utf8' : 'latin1'));
        if (mode !== 'right') expect(statusOf(reply)).not.toBe(200);
        await stillServing(reply);
      }),
      { numRuns: runs(150), ...replay },
    );
  }, 120_000);

  it('answers malformed addresses with the token in plain words', async () => {
    for (const where of ['/%E0%A4%A', '/%', '/%zz/index.html', '//', '//[']) {
      const sep = where === '//[' ? '' : '?';
      const reply = await exchange(
        port,
        `GET ${where}${sep}token=${serve.token} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`,
      );
      expect([statusOf(reply), where]).toEqual([400, where]);
      expect(reply.text).toContain('This address is not valid.');
      await stillServing(reply);
    }
  });

  // -------------------------------------------------------------------------------------------
  // Headers.

  const headerName = fc.oneof(
    fc.constantFrom(
      'Host',
      'Origin',
      'Authorization',
      'Content-Type',
      'Content-Length',
      'Transfer-Encoding',
      'Cookie',
      'Expect',
      'Connection',
      'Upgrade',
      'Referer',
    ),
    fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 12 }),
  );
  const headerValue = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 60 }),
    fc.constantFrom(
      'chunked',
      'gzip, chunked',
      '-1',
      '99999999999999999999',
      '0',
      'websocket',
      'Upgrade',
      '100-continue',
    ),
    fc.constantFrom(`http://127.0.0.1`, 'null', 'Bearer ', 'Bearer', 'application/json; charset=latin1'),
    fc.integer({ min: 1, max: 40_000 }).map((n) => 'v'.repeat(n)),
  );

  it('answers any headers, and nothing without the token gets in', async () => {
    await fc.assert(
      fc.asyncProperty(
        tokenMode,
        fc.array(fc.tuple(headerName, headerValue), { maxLength: 5 }),
        fc.boolean(),
        async (mode, extra, replace) => {
          const givenName = mode === 'right' ? 'Welcome' : INTRUDER;
          const body = JSON.stringify({ op: 'clients.create', input: { givenName } });
          const headers: [string, string][] = [
            ['Host', `127.0.0.1:${port}`],
            ['Content-Type', 'application/json'],
            ['Content-Length', String(Buffer.byteLength(body))],
            ['Connection', 'close'],
            ...(mode === 'none' ? [] : [['Authorization', `Bearer ${tokenFor(mode)}`] as [string, string]]),
          ];
          const names = new Set(extra.map(([name]) => name.toLowerCase()));
          const kept = replace ? headers.filter(([name]) => !names.has(name.toLowerCase())) : headers;
          const lines = [...kept, ...extra].map(([name, value]) => `${name}: ${value}\r\n`).join('');
          const reply = await exchange(port, Buffer.from(`POST /api/call HTTP/1.1\r\n${lines}\r\n${body}`, 'utf8'));
          if (mode !== 'right') expect(statusOf(reply)).not.toBe(200);
          await stillServing(reply);
        },
      ),
      { numRuns: runs(150), ...replay },
    );
    // Requests with the token may have made records ('Welcome'); none was made without it.
    expect(await clientNames()).not.toContain(INTRUDER);
  }, 120_000);

  // -------------------------------------------------------------------------------------------
  // Bodies.

  const badBody = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.json().map((text) => text.slice(0, Math.max(0, text.length - 1))),
    fc.constantFrom('null', '[]', '42', '"op"', '{}', '{"op": 42}', '{"op": "clients.create"', '{"op": null}'),
    fc.integer({ min: 1, max: 50_000 }).map((n) => '['.repeat(n) + ']'.repeat(n)),
    fc
      .integer({ min: 1, max: 50_000 })
      .map((n) => `{"op":"clients.list","input":${'{"a":'.repeat(n)}1${'}'.repeat(n)}}`),
  );

  it('refuses bad JSON in plain words, and stays up', async () => {
    await fc.assert(
      fc.asyncProperty(badBody, async (body) => {
        const reply = await exchange(port, jsonRequest(port, serve.token, body));
        const status = statusOf(reply);
        expect(status === 400 || status === 404, `${status}: ${reply.text.slice(0, 300)}`).toBe(true);
        const envelope = JSON.parse(reply.text.slice(reply.text.indexOf('\r\n\r\n') + 4)) as {
          ok: boolean;
          error: { message: string };
        };
        expect(envelope.ok).toBe(false);
        expect(envelope.error.message.length).toBeLessThan(300);
        await stillServing(reply);
      }),
      { numRuns: runs(100), ...replay },
    );
  }, 120_000);

  it('answers a cut-short body or one said to be too large, and stays up', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 0, max: 100 }),
        async (declaredExtra, sentPercent) => {
          const body = JSON.stringify({ op: 'clients.create', input: { givenName: 'Ann' } });
          const sent = body.slice(0, Math.floor((body.length * sentPercent) / 100));
          const declared = Buffer.byteLength(body) + declaredExtra;
          const reply = await exchange(port, jsonRequest(port, serve.token, sent, declared));
          await stillServing(reply);
        },
      ),
      { numRuns: runs(60), ...replay },
    );
    const tooLarge = await exchange(port, jsonRequest(port, serve.token, '{}', 300 * 1024 * 1024));
    expect(statusOf(tooLarge)).toBe(413);
    expect(tooLarge.text).toContain('The request is too large.');
    await stillServing(tooLarge);
  }, 120_000);
});

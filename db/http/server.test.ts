import { afterEach, describe, expect, it } from 'vitest';
import { ACTOR, openTempDb } from '../testing/temp-db';
import { startApiServer, type RunningServer } from './server';
import type Database from 'better-sqlite3';
import { databaseSnapshot } from '../testing/snapshot';
import { exchange, jsonRequest, statusOf } from './testing/raw-http';

let server: RunningServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(maxBodyBytes?: number): Promise<{ db: Database.Database; server: RunningServer }> {
  const { db, file } = openTempDb();
  server = await startApiServer({
    ctx: { db, actor: ACTOR, databasePath: file, appVersion: '0.0.0-test' },
    maxBodyBytes,
  });
  return { db, server };
}

function call(s: RunningServer, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`http://127.0.0.1:${s.port}/api/call`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${s.token}`, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** Everything a therapist has entered, to show that a refused request changed nothing. */
const snapshot = databaseSnapshot;

describe('loopback HTTP adapter', () => {
  it('creates and lists clients through the operation table', async () => {
    const { server: s } = await start();
    const created = await (
      await call(s, { op: 'clients.create', input: { givenName: ' Maya ', familyName: 'Okafor' } })
    ).json();
    expect(created).toMatchObject({ ok: true, value: { givenName: 'Maya', familyName: 'Okafor', archived: false } });
    const list = await (await call(s, { op: 'clients.list', input: {} })).json();
    expect(list).toMatchObject({ ok: true, value: [{ givenName: 'Maya', visitCount: 0 }] });
  });

  it('rejects malformed input with a message naming the field, and saves nothing', async () => {
    const { db, server: s } = await start();
    await call(s, { op: 'clients.create', input: { givenName: 'Maya' } });
    const before = snapshot(db);
    const cases: [unknown, RegExp][] = [
      [{ op: 'clients.create', input: { givenName: '   ' } }, /^First name is required\.$/],
      [
        { op: 'clients.create', input: { givenName: 'Ann', dateOfBirth: '1984-02-30' } },
        /Date of birth must be a real date/,
      ],
      [
        { op: 'clients.create', input: { givenName: 'Ann', email: 'ann at home' } },
        /Email must look like name@example\.com/,
      ],
      [{ op: 'clients.create', input: { givenName: 42 } }, /First name must be text/],
      [{ op: 'clients.create', input: { givenName: 'Ann', shoeSize: 9 } }, /does not know: shoeSize/],
      [{ op: 'clients.update', input: { id: 'not-an-id', givenName: 'Ann' } }, /Record id is not valid/],
      [
        { op: 'sessions.create', input: { clientId: '01960000-0000-7000-8000-000000000000', durationMinutes: 2 } },
        /Duration must be at least 5/,
      ],
    ];
    for (const [body, message] of cases) {
      const res = await call(s, body);
      expect(res.status).toBe(400);
      const envelope = (await res.json()) as { ok: boolean; error: { code: string; message: string } };
      expect(envelope.ok).toBe(false);
      expect(envelope.error.code).toBe('invalid_input');
      expect(envelope.error.message).toMatch(message);
    }
    expect((await call(s, '{"op": "clients.create", "input": {')).status).toBe(400);
    expect(snapshot(db)).toEqual(before);
  });

  it('rejects unknown operations and saves nothing', async () => {
    const { db, server: s } = await start();
    const before = snapshot(db);
    const res = await call(s, { op: 'clients.deleteEverything', input: {} });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      ok: false,
      error: { code: 'unknown_operation', message: 'Knotbook does not know the operation "clients.deleteEverything".' },
    });
    expect(((await (await call(s, { input: {} })).json()) as { error: { code: string } }).error.code).toBe(
      'unknown_operation',
    );
    expect(snapshot(db)).toEqual(before);
  });

  it('refuses requests without the token, from other origins or other host names', async () => {
    const { db, server: s } = await start();
    const create = { op: 'clients.create', input: { givenName: 'Intruder' } };
    expect((await call(s, create, { Authorization: 'Bearer wrong' })).status).toBe(401);
    expect((await call(s, create, { Authorization: '' })).status).toBe(401);
    expect((await call(s, create, { Origin: 'https://example.com' })).status).toBe(401);
    expect((await call(s, create, { 'Content-Type': 'text/plain' })).status).toBe(400);
    expect((await fetch(`http://127.0.0.1:${s.port}/`)).status).toBe(401);
    expect(db.prepare('SELECT count(*) FROM clients').pluck().get()).toBe(0);
    expect((await call(s, create, { Origin: `http://127.0.0.1:${s.port}` })).status).toBe(200);
  });

  it('answers only on 127.0.0.1', async () => {
    const { server: s } = await start();
    expect(s.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=/);
    const net = await import('node:net');
    const reply = await new Promise<string>((resolve) => {
      const socket = net.connect(s.port, '127.0.0.1', () =>
        socket.write(`GET / HTTP/1.1\r\nHost: attacker.example:${s.port}\r\nConnection: close\r\n\r\n`),
      );
      let text = '';
      socket.on('data', (d) => (text += d.toString()));
      socket.on('end', () => resolve(text));
    });
    expect(reply).toMatch(/^HTTP\/1\.1 403/);
  });

  it('does not save a change when the disk is full, and says so', async () => {
    const { db, server: s } = await start();
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    const before = snapshot(db);
    const envelope = await (
      await call(s, { op: 'clients.create', input: { givenName: 'Ann', healthHistory: 'x'.repeat(20000) } })
    ).json();
    expect(envelope).toEqual({
      ok: false,
      error: {
        code: 'internal',
        message: 'The disk is full, so this change was not saved. Free some space and try again.',
      },
    });
    expect(snapshot(db)).toEqual(before);
  });

  it('answers an address it cannot read in plain words, and keeps answering (issue 17)', async () => {
    const { server: s } = await start();
    const get = (where: string) =>
      exchange(s.port, `GET ${where} HTTP/1.1\r\nHost: 127.0.0.1:${s.port}\r\nConnection: close\r\n\r\n`);
    for (const where of [`/%E0%A4%A?token=${s.token}`, `/%?token=${s.token}`, '//', '//[']) {
      const reply = await get(where);
      expect([statusOf(reply), where]).toEqual([400, where]);
      expect(reply.text).toMatch(/\r\n\r\nThis address is not valid\. Open Knotbook with the full address/);
    }
    // Without the token the address is not even read.
    expect(statusOf(await get('/%'))).toBe(401);
    expect((await call(s, { op: 'clients.list', input: {} })).status).toBe(200);
  });

  it('refuses a body larger than the limit without reading it all, and keeps answering', async () => {
    const { db, server: s } = await start(64 * 1024);
    const before = snapshot(db);
    const big = JSON.stringify({
      op: 'clients.create',
      input: { givenName: 'Ann', healthHistory: 'x'.repeat(100_000) },
    });
    // Said to be too large: refused at once.
    const declared = await exchange(s.port, jsonRequest(s.port, s.token, '{}', 1024 * 1024));
    expect(statusOf(declared)).toBe(413);
    expect(declared.text).toContain('"message":"The request is too large."');
    // Found to be too large as it arrives (no length said): refused, or the connection closed.
    const chunk = (text: string) => `${Buffer.byteLength(text).toString(16)}\r\n${text}\r\n`;
    const streamed = await exchange(
      s.port,
      `POST /api/call HTTP/1.1\r\nHost: 127.0.0.1:${s.port}\r\nAuthorization: Bearer ${s.token}\r\n` +
        `Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n` +
        `${chunk(big.slice(0, 50_000))}${chunk(big.slice(50_000))}0\r\n\r\n`,
    );
    expect([0, 413]).toContain(statusOf(streamed));
    expect(streamed.timedOut).toBe(false);
    expect(snapshot(db)).toEqual(before);
    expect((await call(s, { op: 'clients.list', input: {} })).status).toBe(200);
  });
});

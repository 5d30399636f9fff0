import fs from 'node:fs';
import { format } from 'date-fns';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ApiContext } from '../api/handlers';
import { defaultBackupFolder } from '../backup';
import { writeExportJson } from '../export';
import { addMarks } from '../export/stream-testing';
import { createClient, EMPTY_CLIENT } from '../queries/clients';
import { createSession } from '../queries/sessions';
import { ACTOR, openTempDb, tempPath } from '../testing/temp-db';
import { startApiServer, type RunningServer } from './server';

const AT = new Date('2026-11-21T08:30:00.000Z');
const servers: RunningServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});

async function start(marks = 0) {
  const { db, file } = openTempDb();
  const ctx: ApiContext = { db, actor: ACTOR, databasePath: file, appVersion: '0.0.0-test' };
  const client = createClient(db, ACTOR, { ...EMPTY_CLIENT, givenName: 'Maya', familyName: 'Okafor' });
  if (marks > 0) addMarks(db, createSession(db, ACTOR, { clientId: client.id }).id, marks, 100);
  const server = await startApiServer({ ctx, now: () => AT });
  servers.push(server);
  const url = (route: string) => `http://127.0.0.1:${server.port}${route}`;
  const auth = { Authorization: `Bearer ${server.token}` };
  return { ctx, db, server, url, auth };
}

/** What is left in the backups folder: nothing of an export or import once it has ended. */
function leftInBackups(ctx: ApiContext): string[] {
  const folder = defaultBackupFolder(ctx.databasePath);
  return fs.existsSync(folder) ? fs.readdirSync(folder) : [];
}

describe('the loopback adapter exports and imports a whole practice as files', () => {
  it('sends the export everything as a download, byte for byte the streamed export, leaving no file behind', async () => {
    const { ctx, db, url, auth } = await start(2000);
    expect((await fetch(url('/api/export?format=json'))).status).toBe(401);
    expect((await fetch(url('/api/export?format=json'), { headers: { Authorization: 'Bearer wrong' } })).status).toBe(
      401,
    );
    expect(leftInBackups(ctx)).toEqual([]);

    const response = await fetch(url('/api/export?format=json'), { headers: auth });
    expect(response.status).toBe(200);
    const name = `knotbook-everything-${format(AT, 'yyyy-MM-dd')}.json`;
    expect(response.headers.get('content-disposition')).toContain(`attachment; filename="${name}"`);
    const body = Buffer.from(await response.arrayBuffer());
    const expected = tempPath('expected.json');
    await writeExportJson(db, { kind: 'all' }, expected, { now: AT });
    expect(body.equals(fs.readFileSync(expected))).toBe(true);
    // Removed once the last byte is sent (which the reader may see a moment before).
    await vi.waitFor(() => expect(leftInBackups(ctx)).toEqual([]));
    expect(await (await fetch(url('/api/export/progress'), { headers: auth })).json()).toEqual({
      ok: true,
      value: null,
    });
  });

  it('sends CSV files in a zip, and refuses an unknown format or an export during a restore', async () => {
    const { ctx, url, auth } = await start();
    const zip = await fetch(url('/api/export?format=csv'), { headers: auth });
    expect(zip.headers.get('content-type')).toBe('application/zip');
    expect(
      Buffer.from(await zip.arrayBuffer())
        .subarray(0, 2)
        .toString('latin1'),
    ).toBe('PK');
    const xml = await fetch(url('/api/export?format=xml'), { headers: auth });
    expect(xml.status).toBe(400);
    ctx.busy = 'Knotbook is restoring a backup. Try again in a moment.';
    const busy = await fetch(url('/api/export?format=json'), { headers: auth });
    expect(await busy.json()).toEqual({ ok: false, error: { code: 'conflict', message: ctx.busy } });
    await vi.waitFor(() => expect(leftInBackups(ctx)).toEqual([]));
  });

  it('imports a file sent as the body, with the settings choice, leaving no file behind', async () => {
    const from = await start();
    const exported = Buffer.from(
      await (await fetch(from.url('/api/export?format=json'), { headers: from.auth })).arrayBuffer(),
    );
    const to = await start();
    expect((await fetch(to.url('/api/import'), { method: 'POST', body: exported })).status).toBe(401);
    const imported = await fetch(to.url('/api/import?settings=keep'), {
      method: 'POST',
      body: exported,
      headers: to.auth,
    });
    expect(await imported.json()).toMatchObject({ ok: true, value: { imported: { clients: 1 } } });
    const again = await fetch(to.url('/api/import?settings=replace'), {
      method: 'POST',
      body: exported,
      headers: to.auth,
    });
    expect(await again.json()).toMatchObject({ ok: true, value: { alreadyPresent: { clients: 1 } } });
    const notJson = await fetch(to.url('/api/import'), { method: 'POST', body: 'my notes', headers: to.auth });
    expect(await notJson.json()).toMatchObject({ ok: false, error: { message: expect.stringContaining('not JSON') } });
    expect(to.db.prepare('SELECT count(*) FROM clients').pluck().get()).toBe(2);
    expect(leftInBackups(to.ctx)).toEqual([]);
  });
});

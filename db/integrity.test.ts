/**
 * The full check in the background: a file whose damage lies in a big table (the chart marks)
 * still opens at once, the check in the worker then finds the damage, and from that moment every
 * change is refused in plain words while the records stay readable.
 */
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import type { Envelope } from './api/contract';
import { dispatch } from './api/dispatch';
import type { ApiContext } from './api/handlers';
import { checkIntegrityInBackground, watchIntegrity, type IntegrityStatus } from './integrity';
import { openDatabase } from './open';
import { EMPTY_CLIENT } from './queries/clients';
import { chartMark, fresh } from './testing/api';
import { ACTOR, clientWithSession, openTempDb, tempPath, track } from './testing/temp-db';

const DAMAGED_MESSAGE =
  'Knotbook found damage in this database file, so it is not saving changes to it. Your records are still shown. Close Knotbook and restore the file from a backup.';

function contextFor(db: Database.Database, file: string, integrity?: IntegrityStatus): ApiContext {
  return { db, actor: ACTOR, databasePath: file, appVersion: 'test', integrity };
}

/** A closed database file with one client whose session holds `marks` chart points. */
function fileWithManyMarks(marks: number): string {
  const { db, file } = openTempDb();
  const { session } = clientWithSession(db, 'Maya');
  const ctx = contextFor(db, file);
  for (let saved = 0; saved < marks; saved += 250) {
    const batch = Array.from({ length: 250 }, () =>
      fresh(chartMark({ note: 'Taut band, local twitch on snapping palpation. '.repeat(4) })),
    );
    const result = dispatch(ctx, 'chart.save', { sessionId: session.id, marks: batch, zones: [] });
    if (!result.ok) throw new Error(result.error.message);
  }
  db.close(); // the last connection: the write-ahead log is folded into the file
  return file;
}

/** Scribbles over one leaf page of the marks table, halfway through it. Returns its number. */
function damageMarksPage(file: string): number {
  const reader = new Database(file, { readonly: true });
  const leaves = reader
    .prepare("SELECT pageno FROM dbstat WHERE name = 'marks' AND pagetype = 'leaf' ORDER BY pageno")
    .pluck()
    .all() as number[];
  reader.close();
  expect(leaves.length).toBeGreaterThan(50);
  const page = leaves[Math.floor(leaves.length / 2)]!;
  const pageSize = fs.readFileSync(file).readUInt16BE(16);
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, (page - 1) * pageSize);
  fs.closeSync(fd);
  return page;
}

async function settled(status: IntegrityStatus): Promise<void> {
  await vi.waitFor(() => expect(status.state).not.toBe('checking'), { timeout: 15_000, interval: 20 });
}

const unwrap = <T>(envelope: Envelope<unknown>) => {
  if (!envelope.ok) throw new Error(envelope.error.message);
  return envelope.value as T;
};

describe('checkIntegrityInBackground', () => {
  it('finds a sound file ok', async () => {
    const file = fileWithManyMarks(500);
    await expect(checkIntegrityInBackground(file)).resolves.toBe('ok');
  });

  it('finds a damaged page of a big table, in a file that still opened at once', async () => {
    const file = fileWithManyMarks(1500);
    damageMarksPage(file);
    track(openDatabase(file)); // the cheap checks on open pass: clients, settings, exercises are sound
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(checkIntegrityInBackground(file)).resolves.toBe('damaged');
    // Only the kind of problem reaches the log: no path, no record.
    expect(errors.mock.calls.map((call) => String(call[0]))).toEqual([
      'knotbook: the background check of the database found a problem (quick_check)',
    ]);
    errors.mockRestore();
  });

  it('calls a file that is not a database damaged', async () => {
    const file = tempPath('notes.sqlite');
    fs.writeFileSync(file, 'Shopping list: massage oil, towels\n'.repeat(200));
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(checkIntegrityInBackground(file)).resolves.toBe('damaged');
    expect(String(errors.mock.calls[0]?.[0])).toMatch(/\(SQLITE_NOTADB\)$/);
    errors.mockRestore();
  });

  it('leaves a sound file writable when the check itself cannot run', async () => {
    const { db, file } = openTempDb();
    db.close();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = await checkIntegrityInBackground(file, { nativeBinding: tempPath('missing-build.node') });
    expect(result).toBe('unchecked');
    expect(String(errors.mock.calls[0]?.[0])).toMatch(/could not run/);
    errors.mockRestore();
  });
});

describe('a database found damaged while the app is open', () => {
  it('says so in app.info, refuses every change in plain words and still shows the records', async () => {
    const file = fileWithManyMarks(1500);
    damageMarksPage(file);
    const db = track(openDatabase(file));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const integrity = watchIntegrity(db, file);
    const ctx = contextFor(db, file, integrity);
    expect(unwrap<{ integrity: string }>(dispatch(ctx, 'app.info', {})).integrity).toBe('checking');
    await settled(integrity);
    vi.restoreAllMocks();

    expect(integrity.state).toBe('damaged');
    expect(unwrap<{ integrity: string }>(dispatch(ctx, 'app.info', {})).integrity).toBe('damaged');
    const clientsBefore = unwrap<{ id: string }[]>(dispatch(ctx, 'clients.list', {}));
    const auditBefore = db.prepare('SELECT count(*) FROM audit_log').pluck().get();

    const refused = dispatch(ctx, 'clients.create', { ...EMPTY_CLIENT, givenName: 'Ana', familyName: 'Lima' });
    expect(refused).toEqual({ ok: false, error: { code: 'read_only', message: DAMAGED_MESSAGE } });
    const update = dispatch(ctx, 'clients.update', { id: clientsBefore[0]!.id, familyName: 'Okafor' });
    expect(update).toEqual({ ok: false, error: { code: 'read_only', message: DAMAGED_MESSAGE } });

    expect(unwrap<{ id: string; familyName: string }[]>(dispatch(ctx, 'clients.list', {}))).toEqual(clientsBefore);
    expect(db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(auditBefore);
  });

  it('keeps saving changes to a sound file', async () => {
    const { db, file } = openTempDb();
    const integrity = watchIntegrity(db, file);
    await settled(integrity);
    expect(integrity.state).toBe('ok');
    const ctx = contextFor(db, file, integrity);
    expect(unwrap<{ integrity: string }>(dispatch(ctx, 'app.info', {})).integrity).toBe('ok');
    expect(dispatch(ctx, 'clients.create', { ...EMPTY_CLIENT, givenName: 'Ana', familyName: 'Lima' }).ok).toBe(true);
  });

  it('reports ok when the host runs no check', () => {
    const { db, file } = openTempDb();
    expect(unwrap<{ integrity: string }>(dispatch(contextFor(db, file), 'app.info', {})).integrity).toBe('ok');
  });
});

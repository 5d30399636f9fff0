/**
 * The full check in the background: a file whose damage lies in a big table (the chart marks)
 * still opens at once, the check in the worker then finds the damage, and from that moment every
 * change is refused in plain words while the records stay readable. A sound file changed outside
 * Knotbook (audit entries edited or removed, a safeguard dropped) is found too, named, and stays
 * in use.
 */
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import type { Envelope } from './api/contract';
import { dispatch } from './api/dispatch';
import type { ApiContext } from './api/handlers';
import { checkFileInBackground, checkIntegrityInBackground, watchIntegrity, type IntegrityStatus } from './integrity';
import { AUDIT_CHAIN_SQL, findAuditChainBreak, type AuditChainRow } from './queries/audit-log';
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

/** A closed file with a client, a session and a few edits: a short audit log. Returns its path. */
function fileWithAuditLog(): string {
  const { db, file } = openTempDb();
  const { client, session } = clientWithSession(db, 'Maya');
  const ctx = contextFor(db, file);
  for (const subjective of ['Neck stiff.', 'Neck stiff since Monday.', 'Neck stiff since Monday; desk work.']) {
    unwrap(dispatch(ctx, 'sessions.update', { id: session.id, subjective }));
  }
  unwrap(dispatch(ctx, 'clients.update', { id: client.id, familyName: 'Okafor' }));
  db.close();
  return file;
}

/** Runs `sql` on the file with a plain connection, as any SQLite client could. */
function outsideKnotbook(file: string, sql: string): void {
  const other = new Database(file);
  try {
    other.exec(sql);
  } finally {
    other.close();
  }
}

/** The chain's first break as the TypeScript check finds it, in the worker's terms. */
function breakFoundInTypeScript(file: string) {
  const reader = new Database(file, { readonly: true });
  try {
    const found = findAuditChainBreak(reader.prepare(AUDIT_CHAIN_SQL).iterate() as Iterable<AuditChainRow>);
    return found && { entryId: found.id, at: found.at, reason: found.reason };
  } finally {
    reader.close();
  }
}

const quietly = async <T>(work: () => Promise<T>): Promise<T> => {
  const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    return await work();
  } finally {
    errors.mockRestore();
  }
};

describe('a file changed outside Knotbook', () => {
  it('finds audit entries removed after the delete trigger was dropped, and names both', async () => {
    const file = fileWithAuditLog();
    const reader = new Database(file, { readonly: true });
    const third = reader.prepare('SELECT at FROM audit_log WHERE id = 3').pluck().get() as string;
    reader.close();
    outsideKnotbook(file, 'DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id = 2;');
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const report = await checkFileInBackground(file);
    expect(report).toEqual({
      result: 'tampered',
      tamper: { auditBreak: { entryId: 3, at: third, reason: 'missing before' }, safeguards: ['the audit log'] },
    });
    // Only which kind of change reaches the log: no entry, no time, no path.
    expect(errors.mock.calls.map((call) => String(call[0]))).toEqual([
      'knotbook: the background check found changes made outside Knotbook (audit log, safeguards)',
    ]);
    errors.mockRestore();
    expect(breakFoundInTypeScript(file)).toEqual(report.tamper?.auditBreak);
  });

  it('finds an entry edited after the update trigger was dropped', async () => {
    const file = fileWithAuditLog();
    outsideKnotbook(
      file,
      "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor = 'someone else' WHERE id = 4;",
    );
    const report = await quietly(() => checkFileInBackground(file));
    expect(report.result).toBe('tampered');
    expect(report.tamper?.auditBreak).toMatchObject({ entryId: 4, reason: 'changed' });
    expect(breakFoundInTypeScript(file)).toEqual(report.tamper?.auditBreak);
  });

  it('agrees with findAuditChainBreak on every kind of break', async () => {
    const cases = [
      'DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id = 1;',
      'DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id IN (3, 4);',
      "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET changes = '[]' WHERE id = 3;",
      'DROP TRIGGER audit_log_no_update; UPDATE audit_log SET hash = prev_hash WHERE id = 2;',
      "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET at = '2020-01-01T00:00:00.000Z' WHERE id = 5;",
      `DROP TRIGGER audit_log_chained;
       INSERT INTO audit_log (at, actor, action, entity, entity_id, client_id, changes, prev_hash, hash)
         SELECT at, actor, 'delete', entity, entity_id, client_id, changes, prev_hash, hash FROM audit_log WHERE id = 2;`,
    ];
    for (const sql of cases) {
      const file = fileWithAuditLog();
      outsideKnotbook(file, sql);
      const report = await quietly(() => checkFileInBackground(file));
      expect(report.result, sql).toBe('tampered');
      expect(report.tamper?.auditBreak, sql).not.toBeNull();
      expect(report.tamper?.auditBreak, sql).toEqual(breakFoundInTypeScript(file));
    }
  });

  it('finds a safeguard of signed sessions dropped, or replaced by one that does nothing', async () => {
    const dropped = fileWithAuditLog();
    outsideKnotbook(dropped, 'DROP TRIGGER marks_signed_no_update; DROP TRIGGER marks_signed_no_delete;');
    expect(await quietly(() => checkFileInBackground(dropped))).toEqual({
      result: 'tampered',
      tamper: { auditBreak: null, safeguards: ['the chart points of signed sessions'] },
    });
    const replaced = fileWithAuditLog();
    outsideKnotbook(
      replaced,
      `DROP TRIGGER sessions_signed_no_update;
       CREATE TRIGGER sessions_signed_no_update BEFORE UPDATE ON sessions WHEN 0
         BEGIN SELECT RAISE(ABORT, 'This session is signed and cannot be changed. Add an amendment instead.'); END;`,
    );
    expect(await quietly(() => checkFileInBackground(replaced))).toEqual({
      result: 'tampered',
      tamper: { auditBreak: null, safeguards: ['signed sessions'] },
    });
  });

  it('says what was found in app.info, keeps the records readable and keeps saving', async () => {
    const file = fileWithAuditLog();
    outsideKnotbook(file, 'DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id = 2;');
    const db = track(openDatabase(file));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const integrity = watchIntegrity(db, file);
    const ctx = contextFor(db, file, integrity);
    await settled(integrity);
    vi.restoreAllMocks();

    const info = unwrap<{ integrity: string; tamper?: unknown }>(dispatch(ctx, 'app.info', {}));
    expect(info.integrity).toBe('tampered');
    expect(info.tamper).toEqual({
      auditBreak: { entryId: 3, at: expect.any(String) as string, reason: 'missing before' },
      safeguards: ['the audit log'],
    });
    expect(unwrap<{ familyName: string }[]>(dispatch(ctx, 'clients.list', {}))[0]?.familyName).toBe('Okafor');
    expect(dispatch(ctx, 'clients.create', { ...EMPTY_CLIENT, givenName: 'Ana', familyName: 'Lima' }).ok).toBe(true);
    // The break stays where it was: new entries follow the last one and do not mend it.
    expect(breakFoundInTypeScript(file)).toEqual(info.tamper && (info.tamper as { auditBreak: unknown }).auditBreak);
  });
});

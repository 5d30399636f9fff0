/**
 * restoreBackup: with the app's connection closed, the database is replaced by the backup, a
 * copy of the database as it was is kept first, and a backup that cannot be restored changes
 * nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, migrate } from '../migrations';
import { openDatabase } from '../open';
import { createClient, EMPTY_CLIENT, listClients } from '../queries/clients';
import { ACTOR, openTempDb, tempPath, track } from '../testing/temp-db';
import { BackupError } from './errors';
import { inspectBackup } from './inspect';
import { listBackups } from './names';
import { restoreBackup } from './restore';
import { rotateBackups } from './rotation';
import { addPractice, damageTable, namesIn, rowsOf, rowsOfFile, sha256, rejectionOf } from './testing';
import { backupTo } from './write';

const at = new Date('2026-11-21T08:30:00.000Z');

/** A backup (in a folder of its own) of a practice of Maya, Tomas and Ines. */
async function backupOfPractice(): Promise<{ backup: string; rows: ReturnType<typeof rowsOf> }> {
  const { db } = openTempDb();
  addPractice(db);
  const backup = tempPath('knotbook-manual-2026-11-20T18-00-00Z.sqlite');
  await backupTo(db, backup);
  return { backup, rows: rowsOf(db) };
}

/** A database with one client, Walk-in, closed as the host closes it before a restore. */
function currentDatabase(): { file: string; rows: ReturnType<typeof rowsOf> } {
  const { db, file } = openTempDb();
  createClient(db, ACTOR, { ...EMPTY_CLIENT, givenName: 'Walk-in' });
  const rows = rowsOf(db);
  db.close();
  return { file, rows };
}

async function inspectionMessage(file: string): Promise<string> {
  const inspection = await inspectBackup(file);
  return inspection.ok ? 'accepted' : inspection.message;
}

const refusal = (promise: Promise<unknown>) => rejectionOf(promise, BackupError);

describe('restoreBackup', () => {
  it('replaces the database with the backup and keeps the database as it was', async () => {
    const { backup, rows: backupRows } = await backupOfPractice();
    const backupBytes = sha256(backup);
    const { file, rows: currentRows } = currentDatabase();
    const folder = path.join(path.dirname(file), 'knotbook-backups');

    const result = await restoreBackup({ databaseFile: file, backupFile: backup, now: at });

    expect(result).toEqual({
      restoredFrom: backup,
      safetyCopy: path.join(folder, 'knotbook-before-restore-2026-11-21T08-30-00Z.sqlite'),
      safetyCopyVerified: true,
      restored: {
        schemaVersion: LATEST_SCHEMA_VERSION,
        clients: 3,
        sessions: 6,
        lastChangeAt: expect.any(String) as unknown,
      },
    });
    expect(sha256(backup)).toBe(backupBytes);
    expect(rowsOfFile(result.safetyCopy!)).toEqual(currentRows);
    expect(namesIn(path.dirname(file))).toEqual(['knotbook-backups', 'knotbook.sqlite']);

    const reopened = track(openDatabase(file));
    expect(rowsOf(reopened)).toEqual(backupRows);
    expect(
      listClients(reopened, { includeArchived: false })
        .map((c) => c.givenName)
        .sort(),
    ).toEqual(['Ines', 'Maya', 'Tomas']);
    // The copy of what was replaced is listed, and rotation never deletes it.
    expect(listBackups(folder)).toMatchObject([{ kind: 'before-restore' }]);
    expect(rotateBackups(folder, new Date('2030-01-01T00:00:00.000Z'))).toEqual([]);
  });

  it('keeps in the copy the changes still in the write-ahead log, and none of the log reaches the restored file', async () => {
    const { backup, rows: backupRows } = await backupOfPractice();
    const { db, file: live } = openTempDb();
    db.pragma('wal_autocheckpoint = 0');
    createClient(db, ACTOR, { ...EMPTY_CLIENT, givenName: 'Only in the log' });
    const liveRows = rowsOf(db);
    // The file and its log as a crash would leave them.
    const file = tempPath();
    fs.copyFileSync(live, file);
    fs.copyFileSync(`${live}-wal`, `${file}-wal`);
    expect(fs.statSync(`${file}-wal`).size).toBeGreaterThan(0);

    const result = await restoreBackup({ databaseFile: file, backupFile: backup, now: at });

    expect(rowsOfFile(result.safetyCopy!)).toEqual(liveRows);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    expect(rowsOf(track(openDatabase(file)))).toEqual(backupRows);
  });

  it('refuses a backup that cannot be restored, and changes nothing', async () => {
    const { file } = currentDatabase();
    const before = sha256(file);
    const cases: [string, (backup: string) => void, string][] = [
      ['notes.sqlite', (f) => fs.writeFileSync(f, 'Shopping list\n'), 'not_sqlite'],
      ['damaged.sqlite', (f) => damageTable(f, 'clients'), 'damaged'],
    ];
    for (const [name, spoil, reason] of cases) {
      const { backup: good } = await backupOfPractice();
      const backup = path.join(path.dirname(good), name);
      fs.copyFileSync(good, backup);
      spoil(backup);
      const backupBefore = sha256(backup);

      const error = await refusal(restoreBackup({ databaseFile: file, backupFile: backup, now: at }));

      expect(error.reason).toBe('refused');
      expect(error.detail).toBe(reason);
      // The same plain words as the inspection shows.
      expect(error.message).toBe(await inspectionMessage(backup));
      expect(error.message).toMatch(new RegExp(`^"${name}" is .*Nothing was changed\\.$`));
      expect(sha256(file)).toBe(before);
      expect(sha256(backup)).toBe(backupBefore);
      expect(namesIn(path.dirname(file))).toEqual(['knotbook.sqlite']);
    }
  });

  it('refuses to restore the database over itself', async () => {
    const { file } = currentDatabase();
    const error = await refusal(restoreBackup({ databaseFile: file, backupFile: file }));
    expect(error.reason).toBe('refused');
    expect(error.message).toBe(
      'That is the database itself, not a backup of it. Choose a backup file; nothing was changed.',
    );
  });

  it('refuses while the database is still open, and leaves it as it was', async () => {
    const { backup } = await backupOfPractice();
    const { db, file } = openTempDb();
    createClient(db, ACTOR, { ...EMPTY_CLIENT, givenName: 'Walk-in' });

    const error = await refusal(restoreBackup({ databaseFile: file, backupFile: backup, now: at }));

    expect(error.reason).toBe('busy');
    expect(error.message).toBe(
      'The database is still open, in Knotbook or in another program, so it was not replaced. Close it and try again; your records are unchanged.',
    );
    expect(listClients(db, { includeArchived: false }).map((c) => c.givenName)).toEqual(['Walk-in']);
    createClient(db, ACTOR, { ...EMPTY_CLIENT, givenName: 'Still saving' });
    db.close();
    expect(rowsOf(track(openDatabase(file))).clients).toHaveLength(2);
    // No temporary copy of the backup is left beside the database.
    expect(namesIn(path.dirname(file)).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('restores over a damaged database, keeping every byte of it', async () => {
    const { backup, rows: backupRows } = await backupOfPractice();
    const { file } = currentDatabase();
    damageTable(file, 'clients');
    const damagedBytes = sha256(file);

    const result = await restoreBackup({ databaseFile: file, backupFile: backup, now: at });

    expect(result.safetyCopyVerified).toBe(false);
    expect(sha256(result.safetyCopy!)).toBe(damagedBytes);
    expect(rowsOf(track(openDatabase(file)))).toEqual(backupRows);
  });

  it('restores when the database file is missing', async () => {
    const { backup, rows: backupRows } = await backupOfPractice();
    const file = tempPath();

    const result = await restoreBackup({ databaseFile: file, backupFile: backup, now: at });

    expect(result.safetyCopy).toBeNull();
    expect(rowsOf(track(openDatabase(file)))).toEqual(backupRows);
  });

  it('restores a backup of an older schema, which is brought up to date on opening', async () => {
    const backup = tempPath('knotbook-before-v7-2026-01-01T00-00-00Z.sqlite');
    const old = new Database(backup);
    migrate(old, 5);
    old.exec(
      "INSERT INTO clients (id, given_name, created_at, updated_at) VALUES ('c1', 'Maya', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')",
    );
    old.close();
    const { file } = currentDatabase();

    const result = await restoreBackup({ databaseFile: file, backupFile: backup, now: at });

    expect(result.restored.schemaVersion).toBe(5);
    const reopened = track(openDatabase(file));
    expect(reopened.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(listClients(reopened, { includeArchived: false }).map((c) => c.givenName)).toEqual(['Maya']);
  });
});

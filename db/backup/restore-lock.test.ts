/**
 * A restore keeps the app lock: the restored file ends with the current file's lock when it has
 * one, else with the backup's own; a backup too old to hold a lock is refused while one is set.
 */
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrations';
import { openDatabase } from '../open';
import { APP_LOCK_KEY, initialLockState } from '../queries/app-lock';
import { openTempDb, tempPath, track } from '../testing/temp-db';
import { BackupError } from './errors';
import { listBackups, defaultBackupFolder } from './names';
import { restoreBackup } from './restore';
import { addPractice, namesIn, sha256, rejectionOf } from './testing';
import { backupTo } from './write';

const at = new Date('2026-11-21T08:30:00.000Z');

/** A stored lock as db/queries/app-lock.ts keeps it (the hash of some passphrase). */
function lockValue(idleMinutes: number, hash: string): string {
  return JSON.stringify({ salt: '0f'.repeat(16), hash, N: 2 ** 15, r: 8, p: 1, idleMinutes });
}

function setLock(db: Database.Database, value: string, updatedAt: string): void {
  db.prepare(
    `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  ).run(APP_LOCK_KEY, value, updatedAt);
}

function lockRowOf(file: string): unknown {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT value, updated_at FROM settings WHERE key = ?').get(APP_LOCK_KEY) ?? null;
  } finally {
    db.close();
  }
}

/** A backup of a small practice, with `lock` set in it when given. */
async function backupWith(lock?: string): Promise<string> {
  const { db } = openTempDb();
  addPractice(db);
  if (lock) setLock(db, lock, '2026-01-01T00:00:00.000Z');
  const backup = tempPath('knotbook-manual-2026-11-20T18-00-00Z.sqlite');
  await backupTo(db, backup);
  return backup;
}

/** The current database, closed as the host closes it before a restore, with `lock` when given. */
function currentWith(lock?: string): string {
  const { db, file } = openTempDb();
  if (lock) setLock(db, lock, '2026-11-21T08:00:00.000Z');
  db.close();
  return file;
}

describe('restoreBackup and the app lock', () => {
  it('keeps the lock set after the backup was made', async () => {
    const backup = await backupWith();
    const lock = lockValue(5, 'aa'.repeat(32));
    const file = currentWith(lock);

    await restoreBackup({ databaseFile: file, backupFile: backup, now: at });

    expect(lockRowOf(file)).toEqual({ value: lock, updated_at: '2026-11-21T08:00:00.000Z' });
    const db = track(openDatabase(file));
    expect(initialLockState(db).enabled).toBe(true);
    expect(initialLockState(db).locked).toBe(true);
    // What was restored is the backup's: its three clients.
    expect(db.prepare('SELECT count(*) FROM clients').pluck().get()).toBe(3);
  });

  it('keeps the current lock over the backup’s own older lock', async () => {
    const backup = await backupWith(lockValue(10, 'bb'.repeat(32)));
    const current = lockValue(5, 'cc'.repeat(32));
    const file = currentWith(current);

    await restoreBackup({ databaseFile: file, backupFile: backup, now: at });

    expect(lockRowOf(file)).toEqual({ value: current, updated_at: '2026-11-21T08:00:00.000Z' });
  });

  it('keeps the backup’s own lock when the current file has none', async () => {
    const own = lockValue(10, 'dd'.repeat(32));
    const backup = await backupWith(own);
    const file = currentWith();

    await restoreBackup({ databaseFile: file, backupFile: backup, now: at });

    expect(lockRowOf(file)).toEqual({ value: own, updated_at: '2026-01-01T00:00:00.000Z' });
  });

  it('never changes the backup file itself', async () => {
    const backup = await backupWith();
    const before = sha256(backup);
    const file = currentWith(lockValue(5, 'ee'.repeat(32)));

    await restoreBackup({ databaseFile: file, backupFile: backup, now: at });

    expect(sha256(backup)).toBe(before);
  });

  it('refuses, changing nothing, a backup too old to carry the lock', async () => {
    const old = tempPath('knotbook-manual-2026-01-01T00-00-00Z.sqlite');
    const db = new Database(old);
    migrate(db, 2);
    db.close();
    const file = currentWith(lockValue(5, 'ff'.repeat(32)));
    const before = sha256(file);
    const namesBefore = namesIn(fs.realpathSync(`${file}/..`));

    const error = await rejectionOf(restoreBackup({ databaseFile: file, backupFile: old, now: at }), BackupError);

    expect(error.reason).toBe('refused');
    expect(error.message).toMatch(/would remove the lock.*Turn the lock off in Settings/);
    expect(sha256(file)).toBe(before);
    expect(namesIn(fs.realpathSync(`${file}/..`))).toEqual(namesBefore);
    expect(listBackups(defaultBackupFolder(file))).toEqual([]);
  });

  it('restores an old backup when no lock is set (it is updated when opened)', async () => {
    const old = tempPath('knotbook-manual-2026-01-01T00-00-00Z.sqlite');
    const db = new Database(old);
    migrate(db, 2);
    db.close();
    const file = currentWith();

    const result = await restoreBackup({ databaseFile: file, backupFile: old, now: at });

    expect(result.restored.schemaVersion).toBe(2);
  });
});

/**
 * The app lock across a restore. The lock is the settings row `app_lock` (db/queries/app-lock.ts:
 * the passphrase's hash, the idle minutes, the wrong guesses counted); removing or changing it
 * needs the passphrase, so restoring an older backup must not do it either. The rule: the
 * restored file ends with the current file's lock when it has one (its row, exactly, replaces the
 * backup's), else with the backup's own lock. A backup too old to hold a lock (schema before the
 * settings table) is refused while a lock is set.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { APP_LOCK_KEY } from '../queries/app-lock';
import { BackupError } from './errors';
import { removeQuietly } from './files';

/** The lock's settings row, as stored. */
export interface LockRow {
  value: string;
  updated_at: string;
}

/** The schema version that added the settings table (db/migrations/003-session-record.ts). */
export const FIRST_VERSION_WITH_SETTINGS = 3;

/**
 * The current database's lock row, read through a read-only connection: null when it has none
 * (or there is no database). A file that cannot be read (damaged, the usual reason to restore;
 * not Knotbook's) gives null too: the backup's own lock then stays, as with no current lock.
 */
export function currentLock(databaseFile: string, nativeBinding: string | undefined): LockRow | null {
  try {
    if (fs.statSync(databaseFile).size === 0) return null;
  } catch {
    return null;
  }
  // A read-only connection to a file in write-ahead-log mode makes `-wal` and `-shm` files when
  // there are none: removed again after it closes, so a refused restore leaves the folder as it was.
  const made = ['-wal', '-shm'].filter((suffix) => !fs.existsSync(`${databaseFile}${suffix}`));
  let db: Database.Database | undefined;
  try {
    db = new Database(databaseFile, { readonly: true, fileMustExist: true, nativeBinding });
    const row = db.prepare('SELECT value, updated_at FROM settings WHERE key = ?').get(APP_LOCK_KEY) as
      LockRow | undefined;
    return row ?? null;
  } catch {
    return null;
  } finally {
    db?.close();
    if (made.length === 2 && fileSize(`${databaseFile}-wal`) === 0) {
      for (const suffix of made) removeQuietly(`${databaseFile}${suffix}`);
    }
  }
}

function fileSize(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}

/** Refuses, before anything is changed, a backup that could not carry the current lock. */
export function refuseLosingLock(lock: LockRow | null, backupVersion: number, backupFile: string): void {
  if (lock === null || backupVersion >= FIRST_VERSION_WITH_SETTINGS) return;
  throw new BackupError(
    'refused',
    `"${path.basename(backupFile)}" was made before Knotbook had an app lock, so restoring it would remove the lock. Turn the lock off in Settings first (it asks for the passphrase), then restore it and set the lock again. Nothing was changed.`,
    'app_lock',
  );
}

/**
 * Writes the current lock into the restored copy (a temporary file of ours, not yet in place),
 * replacing the backup's own. Does nothing when there is no current lock.
 */
export function keepLock(copy: string, lock: LockRow | null, nativeBinding: string | undefined): void {
  if (lock === null) return;
  const db = new Database(copy, { fileMustExist: true, nativeBinding });
  try {
    // An online backup keeps the source's write-ahead-log mode: the copy leaves it first, so
    // nothing is left beside it and the rename that follows moves the whole of it.
    db.pragma('journal_mode = DELETE');
    db.prepare(
      `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
    ).run(APP_LOCK_KEY, lock.value, lock.updated_at);
  } finally {
    db.close();
  }
}

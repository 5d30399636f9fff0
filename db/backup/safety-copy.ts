/**
 * The copy of the current database kept before a restore replaces it. Made with the online
 * backup through a connection of its own, which reads the write-ahead log too, so changes not
 * yet folded into the file are in the copy. The connection then leaves WAL mode
 * (`journal_mode = DELETE`): that folds the log into the file and removes it, and SQLite
 * refuses it while any other connection has the file open, so a database still in use is never
 * replaced. A damaged database (the usual reason to restore) cannot pass verification: every
 * byte of it is copied instead, its log beside it.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { BackupError, errorCode, writeFailure } from './errors';
import { fsyncFile, moveIntoPlace, randomSuffix, removeWithSidecars } from './files';
import { freeBackupPath, tempPathFor } from './names';
import { backupTo } from './write';

export interface SafetyCopy {
  file: string;
  /** False when the database was damaged and was copied byte for byte instead. */
  verified: boolean;
}

const RESTORING = 'restore the backup';

function stillOpen(code: string): BackupError {
  return new BackupError(
    'busy',
    'The database is still open, in Knotbook or in another program, so it was not replaced. Close it and try again; your records are unchanged.',
    code,
  );
}

const isBusy = (code: string) => code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED');
const isDamage = (code: string) => code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB';

/** Copies the file byte for byte to `final` (its write-ahead log, if any, to `final`-wal). */
function copyEveryByte(databaseFile: string, final: string): void {
  const wal = `${databaseFile}-wal`;
  if (fs.existsSync(wal) && fs.statSync(wal).size > 0) {
    fs.copyFileSync(wal, `${final}-wal`, fs.constants.COPYFILE_EXCL);
    fsyncFile(`${final}-wal`);
  }
  const temp = tempPathFor(final, randomSuffix());
  try {
    fs.copyFileSync(databaseFile, temp, fs.constants.COPYFILE_EXCL);
    fsyncFile(temp);
    if (!moveIntoPlace(temp, final, false)) throw new Error('name taken');
  } finally {
    removeWithSidecars(temp);
  }
}

/**
 * Keeps a copy of `databaseFile` as it is now (knotbook-before-restore-….sqlite in `folder`) and
 * leaves the database with no write-ahead log beside it. Returns null when there is no database
 * to keep. Rejects with a BackupError ('busy' when another connection has it open).
 */
export async function keepSafetyCopy(
  databaseFile: string,
  folder: string,
  now: Date,
  nativeBinding: string | undefined,
): Promise<SafetyCopy | null> {
  const hasContents = (file: string) => fs.existsSync(file) && fs.statSync(file).size > 0;
  if (!hasContents(databaseFile) && !hasContents(`${databaseFile}-wal`)) return null;
  let db: Database.Database | undefined;
  try {
    fs.mkdirSync(folder, { recursive: true });
    const final = freeBackupPath(folder, 'before-restore', now);
    db = new Database(databaseFile, { fileMustExist: true, nativeBinding });
    db.pragma('busy_timeout = 2000');
    let verified = true;
    try {
      await backupTo(db, final, { nativeBinding });
    } catch (error) {
      const cause = writeFailure(error, folder, RESTORING);
      if (cause.reason === 'busy') throw stillOpen(cause.detail);
      if (cause.reason !== 'not_verified' && !isDamage(cause.detail)) throw cause;
      // Before anything below writes to its header: the bytes exactly as they were.
      copyEveryByte(databaseFile, final);
      verified = false;
    }
    try {
      db.pragma('journal_mode = DELETE');
    } catch (error) {
      const code = errorCode(error);
      if (isBusy(code)) throw stillOpen(code);
      if (!isDamage(code)) throw error;
      // A damaged file may refuse to leave WAL mode: its log was copied beside the copy above.
    }
    db.close();
    return { file: final, verified };
  } catch (error) {
    throw writeFailure(error, folder, RESTORING);
  } finally {
    if (db?.open) db.close();
  }
}

/** Removes what SQLite may have left beside the database, so none of it is applied to the restored file. */
export function removeSidecars(databaseFile: string): void {
  for (const suffix of ['-wal', '-shm', '-journal']) {
    fs.rmSync(`${databaseFile}${suffix}`, { force: true });
  }
}

export const restoringFailure = (error: unknown, databaseFile: string) =>
  writeFailure(error, path.dirname(databaseFile), RESTORING);

/**
 * The copy made before a file is updated to a newer schema, so an update that goes wrong, or a
 * return to the older Knotbook, never costs a record. Synchronous, for db/open.ts: the copy is
 * made with `VACUUM INTO` through a read-only connection (the file itself is not touched) and
 * verified in a worker that this thread waits for, before the app is up.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { KNOTBOOK_APPLICATION_ID, LATEST_SCHEMA_VERSION } from '../migrations';
import { BackupError, writeFailure } from './errors';
import { fsyncFile, moveIntoPlace, randomSuffix, removeWithSidecars } from './files';
import { defaultBackupFolder, freeBackupPath, tempPathFor } from './names';
import { verifyBackupSync, type ExpectedContents } from './verify';
import { sourceContents, type BackupSummary } from './write';

export interface BeforeMigrationOptions {
  /** Where the copy goes; `<folder of file>/backups` by default. */
  folder?: string | undefined;
  /** Path to a better-sqlite3 build for this runtime (see db/native-binding.ts). */
  nativeBinding?: string | undefined;
  /** The current time (tests). */
  now?: Date | undefined;
}

function explained(error: unknown, file: string, folder: string): BackupError {
  const cause = writeFailure(error, folder);
  let todo = `Make sure the folder "${folder}" can be written to, then open it again.`;
  const damaged = cause.detail.startsWith('SQLITE_CORRUPT') || cause.detail === 'SQLITE_NOTADB';
  if (cause.reason === 'not_verified' || damaged) {
    todo = 'Try opening it again; if this happens again, the file may be damaged: restore it from a backup.';
  } else if (cause.reason === 'busy') {
    todo = 'Close any other program or Knotbook window using it, then open it again.';
  } else if (cause.detail === 'ENOSPC' || cause.detail.startsWith('SQLITE_FULL')) {
    todo = 'Free some space on the disk, then open it again.';
  }
  return new BackupError(
    cause.reason,
    `Before updating "${path.basename(file)}" for this version of Knotbook, Knotbook saves a copy of it, and the copy could not be made. The file has not been changed. ${todo}`,
    cause.detail,
  );
}

/**
 * For an existing Knotbook file whose schema is older than this version's (and above 0), makes
 * a verified copy named like knotbook-before-v7-2026-11-21T08-30-00Z.sqlite (7: the version it
 * is about to be updated to) and returns its summary; returns null when no update is due (no
 * file, an empty or new file, another program's file, a file already up to date or newer:
 * db/open.ts refuses those it must). Throws a BackupError when the copy could not be made or
 * verified: the file must then not be updated.
 */
export function backupBeforeMigration(file: string, options: BeforeMigrationOptions = {}): BackupSummary | null {
  const source = path.resolve(file);
  try {
    if (fs.statSync(source).size === 0) return null;
  } catch {
    return null;
  }
  const folder = options.folder ?? defaultBackupFolder(source);
  let db: Database.Database | undefined;
  let temp: string | undefined;
  try {
    let expected: ExpectedContents;
    let final: string;
    try {
      db = new Database(source, { readonly: true, fileMustExist: true, nativeBinding: options.nativeBinding });
      db.pragma('busy_timeout = 5000');
      const applicationId = db.pragma('application_id', { simple: true }) as number;
      const version = db.pragma('user_version', { simple: true }) as number;
      if (applicationId !== KNOTBOOK_APPLICATION_ID || version < 1 || version >= LATEST_SCHEMA_VERSION) return null;
      fs.mkdirSync(folder, { recursive: true });
      final = freeBackupPath(folder, 'before-migration', options.now ?? new Date(), LATEST_SCHEMA_VERSION);
      temp = tempPathFor(final, randomSuffix());
      expected = sourceContents(db);
      db.prepare('VACUUM INTO ?').run(temp);
    } finally {
      db?.close();
    }
    const contents = verifyBackupSync(temp, expected, { nativeBinding: options.nativeBinding });
    fsyncFile(temp);
    const bytes = fs.statSync(temp).size;
    if (!moveIntoPlace(temp, final, false)) throw new Error('name taken');
    return { file: final, bytes, ...contents, verified: true };
  } catch (error) {
    throw explained(error, source, folder);
  } finally {
    if (temp) removeWithSidecars(temp);
  }
}

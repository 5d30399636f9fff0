/**
 * The copy made before a file is updated to a newer schema, so an update that goes wrong, or a
 * return to the older Knotbook, never costs a record. The file itself is only read, through a
 * read-only connection; the copy is written under a temporary name, verified (integrity, schema,
 * counts), and only then given its final name. Two drivers share the decisions (is a copy due,
 * its name, the plain-words refusal):
 *
 * - backupBeforeMigrationAsync, for the desktop app (db/open.ts openDatabaseAsync): SQLite's
 *   online backup copies a hundred pages per turn of the event loop, reporting the fraction
 *   done, and the copy is verified in a worker thread, so the main process keeps answering.
 * - backupBeforeMigration, for the synchronous openDatabase (tests, `npm run serve`):
 *   `VACUUM INTO`, then the same verification in a worker that this thread waits for.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { KNOTBOOK_APPLICATION_ID, LATEST_SCHEMA_VERSION } from '../migrations';
import type { OpenProgressListener } from '../open-progress';
import { BackupError, writeFailure } from './errors';
import { fsyncFile, moveIntoPlace, randomSuffix, removeWithSidecars } from './files';
import { defaultBackupFolder, freeBackupPath, tempPathFor } from './names';
import { reusableCopy } from './reuse-copy';
import { verifyBackup, verifyBackupSync, type ExpectedContents, type VerifiedContents } from './verify';
import { sourceContents, type BackupSummary } from './write';

export interface BeforeMigrationOptions {
  /** Where the copy goes; the database's backups folder by default (names.ts defaultBackupFolder). */
  folder?: string | undefined;
  /** Path to a better-sqlite3 build for this runtime (see db/native-binding.ts). */
  nativeBinding?: string | undefined;
  /** The current time (tests). */
  now?: Date | undefined;
}

export interface BeforeMigrationAsyncOptions extends BeforeMigrationOptions {
  /** Told the fraction copied after each step, then when the copy is being checked (not throttled). */
  onProgress?: OpenProgressListener | undefined;
}

/**
 * Pages copied per turn of the event loop: better-sqlite3's default. Measured on a 80 MB file
 * here, a step takes about a millisecond and 1,000 pages per step copied no faster.
 */
const PAGES_PER_STEP = 100;

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

/** The file to copy and the folder the copy goes to; null when there is nothing to copy. */
function target(file: string, options: BeforeMigrationOptions): { source: string; folder: string } | null {
  const source = path.resolve(file);
  try {
    if (fs.statSync(source).size === 0) return null;
  } catch {
    return null;
  }
  return { source, folder: options.folder ?? defaultBackupFolder(source) };
}

/** A copy that is due: the read-only connection to the file, and the copy's final and temporary names. */
interface DueCopy {
  db: Database.Database;
  final: string;
  temp: string;
}

/**
 * What is due: nothing, the copy an earlier, interrupted open of this same file already made and
 * verified (reuse-copy.ts: an update cut off by a kill then makes no second copy), or a new copy.
 */
type Due = null | { reuse: BackupSummary } | DueCopy;

/**
 * Opens the file read-only and decides: a copy is due for a Knotbook file whose schema is above 0
 * and below this version's, unless the newest copy before this update is already a copy of the
 * file as it is. Returns null (the connection closed) when none is due.
 */
function dueCopy(source: string, folder: string, options: BeforeMigrationOptions): Due {
  const db = new Database(source, { readonly: true, fileMustExist: true, nativeBinding: options.nativeBinding });
  try {
    db.pragma('busy_timeout = 5000');
    const applicationId = db.pragma('application_id', { simple: true }) as number;
    const version = db.pragma('user_version', { simple: true }) as number;
    if (applicationId !== KNOTBOOK_APPLICATION_ID || version < 1 || version >= LATEST_SCHEMA_VERSION) {
      db.close();
      return null;
    }
    const reuse = reusableCopy(db, folder, LATEST_SCHEMA_VERSION, options.nativeBinding);
    if (reuse) {
      db.close();
      return { reuse };
    }
    fs.mkdirSync(folder, { recursive: true });
    const final = freeBackupPath(folder, 'before-migration', options.now ?? new Date(), LATEST_SCHEMA_VERSION);
    return { db, final, temp: tempPathFor(final, randomSuffix()) };
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Flushes the verified copy to the disk and gives it its final name. */
function keep(copy: DueCopy, contents: VerifiedContents): BackupSummary {
  fsyncFile(copy.temp);
  const bytes = fs.statSync(copy.temp).size;
  if (!moveIntoPlace(copy.temp, copy.final, false)) throw new Error('name taken');
  return { file: copy.final, bytes, ...contents, verified: true };
}

/**
 * For an existing Knotbook file whose schema is older than this version's (and above 0), makes
 * a verified copy named like knotbook-before-v7-2026-11-21T08-30-00Z.sqlite (7: the version it
 * is about to be updated to) and returns its summary; returns null when no update is due (no
 * file, an empty or new file, another program's file, a file already up to date or newer:
 * db/open.ts refuses those it must). Rejects with a BackupError in plain words when the copy
 * could not be made or verified: the file must then not be updated. Nothing half-made is left.
 *
 * The copy and its check run off this thread's critical path: the online backup yields to the
 * event loop between steps, and the check runs in a worker thread.
 */
export async function backupBeforeMigrationAsync(
  file: string,
  options: BeforeMigrationAsyncOptions = {},
): Promise<BackupSummary | null> {
  const where = target(file, options);
  if (!where) return null;
  const report = options.onProgress ?? (() => undefined);
  let temp: string | undefined;
  try {
    const copy = dueCopy(where.source, where.folder, options);
    if (!copy) return null;
    if ('reuse' in copy) return copy.reuse;
    temp = copy.temp;
    let expected: ExpectedContents;
    try {
      await copy.db.backup(copy.temp, {
        progress: ({ totalPages, remainingPages }) => {
          report({ stage: 'copying', fraction: totalPages > 0 ? (totalPages - remainingPages) / totalPages : 0 });
          return PAGES_PER_STEP;
        },
      });
      // Straight after the last page was copied, through the connection the copy was made from.
      expected = sourceContents(copy.db);
    } finally {
      copy.db.close();
    }
    report({ stage: 'copying', fraction: 1 });
    report({ stage: 'checking-copy' });
    // The online backup keeps the source's write-ahead-log mode in the copy's header: switched
    // back first, so reading the kept copy later leaves nothing beside it (as db/backup/write.ts).
    const contents = await verifyBackup(copy.temp, expected, {
      nativeBinding: options.nativeBinding,
      toRollbackJournal: true,
    });
    return keep(copy, contents);
  } catch (error) {
    throw explained(error, where.source, where.folder);
  } finally {
    if (temp) removeWithSidecars(temp);
  }
}

/**
 * backupBeforeMigrationAsync's copy on this thread, which waits for the whole copy and check:
 * for the synchronous openDatabase only (tests, `npm run serve`), never the desktop app's main
 * process. Throws a BackupError with the same words.
 */
export function backupBeforeMigration(file: string, options: BeforeMigrationOptions = {}): BackupSummary | null {
  const where = target(file, options);
  if (!where) return null;
  let temp: string | undefined;
  try {
    const copy = dueCopy(where.source, where.folder, options);
    if (!copy) return null;
    if ('reuse' in copy) return copy.reuse;
    temp = copy.temp;
    let expected: ExpectedContents;
    try {
      expected = sourceContents(copy.db);
      copy.db.prepare('VACUUM INTO ?').run(copy.temp);
    } finally {
      copy.db.close();
    }
    // Switched to a rollback journal as the async copy is, so a later look at it (reuse-copy.ts)
    // leaves nothing beside it.
    const contents = verifyBackupSync(copy.temp, expected, {
      nativeBinding: options.nativeBinding,
      toRollbackJournal: true,
    });
    return keep(copy, contents);
  } catch (error) {
    throw explained(error, where.source, where.folder);
  } finally {
    if (temp) removeWithSidecars(temp);
  }
}

/**
 * An online backup of the open connection (better-sqlite3's `db.backup`, which copies a few
 * pages at a time between turns of the event loop, so the app keeps reading and writing), written
 * under a temporary name beside the destination, verified, and only then renamed into place.
 */
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { BackupError, writeFailure } from './errors';
import { fsyncFile, moveIntoPlace, randomSuffix, removeWithSidecars } from './files';
import { tempPathFor } from './names';
import { verifyBackup, type ExpectedContents } from './verify';

export interface BackupOptions {
  /** Replace a file already at the destination (never done otherwise). */
  overwrite?: boolean;
  /** Path to a better-sqlite3 build for this runtime, for the verifying connection. */
  nativeBinding?: string | undefined;
}

/** A backup that was written and verified. */
export interface BackupSummary {
  /** The absolute path of the backup. */
  file: string;
  bytes: number;
  clients: number;
  sessions: number;
  /** The newest audit_log.at in the backup: when the last change it holds was made. */
  lastChangeAt: string | null;
  schemaVersion: number;
  verified: true;
}

function alreadyThere(file: string): BackupError {
  return new BackupError(
    'exists',
    `A file named "${path.basename(file)}" is already there. Choose another name; nothing was changed.`,
  );
}

/** What the connection holds now: read on this thread, at once, so nothing runs in between. */
export function sourceContents(db: Database.Database): ExpectedContents {
  const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  return {
    schemaVersion: db.pragma('user_version', { simple: true }) as number,
    clients: count('clients'),
    sessions: count('sessions'),
  };
}

/**
 * backupTo with a hook that runs between writing and verifying, so a test can damage the
 * temporary file and see it refused. The app calls backupTo.
 */
export async function writeBackup(
  db: Database.Database,
  destination: string,
  options: BackupOptions = {},
  afterWrite?: (tempFile: string) => void,
): Promise<BackupSummary> {
  const final = path.resolve(destination);
  const folder = path.dirname(final);
  const overwrite = options.overwrite ?? false;
  if (db.name && path.resolve(db.name) === final) {
    throw new BackupError(
      'exists',
      'A backup cannot replace the database it is a copy of. Choose another name; nothing was changed.',
    );
  }
  if (!overwrite && fs.existsSync(final)) throw alreadyThere(final);
  try {
    fs.mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw writeFailure(error, folder);
  }
  const temp = tempPathFor(final, randomSuffix());
  try {
    let expected: ExpectedContents;
    try {
      await db.backup(temp);
      // Straight after the last page was copied: a write made during the backup through this
      // connection was copied too, and none can run before these counts are read.
      expected = sourceContents(db);
    } catch (error) {
      throw writeFailure(error, folder);
    }
    afterWrite?.(temp);
    const contents = await verifyBackup(temp, expected, {
      nativeBinding: options.nativeBinding,
      toRollbackJournal: true,
    });
    let bytes: number;
    try {
      fsyncFile(temp);
      bytes = fs.statSync(temp).size;
      if (!moveIntoPlace(temp, final, overwrite)) throw alreadyThere(final);
    } catch (error) {
      throw writeFailure(error, folder);
    }
    return { file: final, bytes, ...contents, verified: true };
  } finally {
    // Gone already after the rename; after a failure, nothing half-written is left behind.
    removeWithSidecars(temp);
  }
}

/**
 * Writes an online backup of `db` to `destination` and verifies it (see verifyBackup). Never
 * leaves a half-written or unverified file under the final name, and never replaces an existing
 * file unless `options.overwrite`. Rejects with a BackupError in plain words.
 */
export function backupTo(
  db: Database.Database,
  destination: string,
  options: BackupOptions = {},
): Promise<BackupSummary> {
  return writeBackup(db, destination, options);
}

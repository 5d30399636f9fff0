/**
 * Restoring a backup, for when the app's connection is closed (the host closes it, calls this,
 * and opens the database again). In order, stopping with nothing replaced at any failure:
 *  1. the backup is inspected (inspect.ts) and refused unless it can be restored, or unless it
 *     is too old to carry the app lock the database has (keep-lock.ts);
 *  2. it is copied beside the database under a temporary name (one the next start removes if
 *     this is cut off: leftovers.ts), the database's app lock written into the copy in place of
 *     the backup's (so a restore never removes or changes the lock), flushed, and the copy checked;
 *  3. the database as it is now is kept in the backups folder (safety-copy.ts), which also
 *     folds its write-ahead log into it and makes sure nothing else has it open;
 *  4. SQLite's files beside the database are removed (a stale log would be applied to the
 *     restored file), and the copy is renamed over the database in one step.
 */
import fs from 'node:fs';
import path from 'node:path';
import { BackupError } from './errors';
import { readFacts } from './facts';
import { fsyncFile, fsyncFolder, randomSuffix, removeWithSidecars } from './files';
import { inspectBackup } from './inspect';
import { currentLock, keepLock, refuseLosingLock } from './keep-lock';
import { defaultBackupFolder, tempPathFor } from './names';
import { keepSafetyCopy, removeSidecars, restoringFailure } from './safety-copy';

export interface RestoreOptions {
  /** The database file to replace. Its connection must be closed. */
  databaseFile: string;
  /** The backup to restore. It is only read. */
  backupFile: string;
  /** Where the copy of the current database goes; `<folder of databaseFile>/backups` by default. */
  folder?: string | undefined;
  /** Path to a better-sqlite3 build for this runtime (see db/native-binding.ts). */
  nativeBinding?: string | undefined;
  /** The current time (tests). */
  now?: Date | undefined;
}

export interface RestoreResult {
  /** The backup that was restored (absolute path). */
  restoredFrom: string;
  /** The database as it was before the restore, or null when there was none. Never rotated away. */
  safetyCopy: string | null;
  /** False when the database was damaged and was kept byte for byte instead of verified. */
  safetyCopyVerified: boolean;
  /** What the restored database holds. */
  restored: { schemaVersion: number; clients: number; sessions: number; lastChangeAt: string | null };
}

const COPY_FAILED =
  'The backup could not be copied correctly, so nothing was restored. Your records are unchanged; try again.';

/**
 * Replaces the database with the backup, keeping a copy of the database as it was. Rejects with a
 * BackupError in plain words ('refused' for a backup that cannot be restored, 'busy' when the
 * database is still open), having replaced nothing.
 */
export async function restoreBackup(options: RestoreOptions): Promise<RestoreResult> {
  const databaseFile = path.resolve(options.databaseFile);
  const backupFile = path.resolve(options.backupFile);
  const folder = options.folder ?? defaultBackupFolder(databaseFile);
  const { nativeBinding } = options;
  if (backupFile === databaseFile) {
    throw new BackupError(
      'refused',
      'That is the database itself, not a backup of it. Choose a backup file; nothing was changed.',
      'same_file',
    );
  }
  const inspection = await inspectBackup(backupFile, { nativeBinding });
  if (!inspection.ok) throw new BackupError('refused', inspection.message, inspection.reason);
  const lock = currentLock(databaseFile, nativeBinding);
  refuseLosingLock(lock, inspection.schemaVersion, backupFile);

  const temp = tempPathFor(databaseFile, randomSuffix());
  try {
    try {
      await fs.promises.copyFile(backupFile, temp, fs.constants.COPYFILE_EXCL);
      keepLock(temp, lock, nativeBinding);
    } catch (error) {
      throw restoringFailure(error, databaseFile);
    }
    // A byte copy of the backup just inspected whole: what is checked is the writing (facts.ts).
    const copied = await readFacts(temp, { nativeBinding, toRollbackJournal: true, check: 'pages' });
    if (
      'error' in copied ||
      copied.facts.intact !== true ||
      copied.facts.schemaVersion !== inspection.schemaVersion ||
      copied.facts.clients !== inspection.clients ||
      copied.facts.sessions !== inspection.sessions
    ) {
      throw new BackupError('write_failed', COPY_FAILED, 'copy_check');
    }
    fsyncFile(temp);

    const safety = await keepSafetyCopy(databaseFile, folder, options.now ?? new Date(), nativeBinding);

    try {
      removeSidecars(databaseFile);
      fs.renameSync(temp, databaseFile);
    } catch (error) {
      throw restoringFailure(error, databaseFile);
    }
    fsyncFolder(path.dirname(databaseFile));
    return {
      restoredFrom: backupFile,
      safetyCopy: safety?.file ?? null,
      safetyCopyVerified: safety?.verified ?? false,
      restored: {
        schemaVersion: copied.facts.schemaVersion,
        clients: copied.facts.clients,
        sessions: copied.facts.sessions,
        lastChangeAt: copied.facts.lastChangeAt,
      },
    };
  } finally {
    removeWithSidecars(temp);
  }
}

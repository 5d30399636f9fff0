/** The automatic backup: once per local calendar day, then rotation (rotation.ts). */
import type Database from 'better-sqlite3';
import { isSameDay } from 'date-fns';
import { defaultBackupFolder, freeBackupPath, listBackups } from './names';
import { rotateBackups } from './rotation';
import { backupTo, type BackupSummary } from './write';

export interface AutomaticBackupOptions {
  /** The database file `db` is connected to: the backups go beside it by default. */
  databaseFile: string;
  /** Where the backups go; `<folder of databaseFile>/backups` by default. */
  folder?: string | undefined;
  /** The current time (tests). */
  now?: Date | undefined;
  /** Path to a better-sqlite3 build for this runtime (see db/native-binding.ts). */
  nativeBinding?: string | undefined;
}

export type AutomaticBackupResult =
  | { made: false }
  | {
      made: true;
      backup: BackupSummary;
      /** The older daily backups rotation deleted. */
      deleted: string[];
    };

/**
 * Makes the day's backup of `db` (named like knotbook-2026-11-21T08-30-00Z.sqlite) unless one
 * was already made on the same local calendar day, then deletes the daily backups rotation no
 * longer keeps. Rejects with a BackupError when the backup could not be made or verified; the
 * existing backups are then left as they were.
 */
export async function automaticBackup(
  db: Database.Database,
  options: AutomaticBackupOptions,
): Promise<AutomaticBackupResult> {
  const folder = options.folder ?? defaultBackupFolder(options.databaseFile);
  const now = options.now ?? new Date();
  const madeToday = listBackups(folder).some((entry) => entry.kind === 'daily' && isSameDay(new Date(entry.at), now));
  if (madeToday) return { made: false };
  const backup = await backupTo(db, freeBackupPath(folder, 'daily', now), { nativeBinding: options.nativeBinding });
  return { made: true, backup, deleted: rotateBackups(folder, now) };
}

/**
 * When the database file cannot be opened (damaged, cut short, not Knotbook's, from a newer
 * Knotbook), the desktop app offers the newest backup from the backups folder beside it instead
 * of only saying so. Restoring keeps the refused file too (as a "before restore" copy, byte for
 * byte when it is damaged), so nothing is thrown away. Kept apart from main.ts so it runs in
 * Node tests: the dialog is passed in.
 */
import { defaultBackupFolder, listBackups, restoreBackup, type BackupEntry } from '../db/backup';

export type RecoveryChoice = 'restore' | 'open-folder' | 'quit';

export interface RecoveryQuestion {
  /** Why the file was refused, in plain words. */
  message: string;
  /** The newest backup that could be restored, or null when the folder has none. */
  newest: BackupEntry | null;
  folder: string;
}

export interface RecoveryDeps {
  ask: (question: RecoveryQuestion) => Promise<RecoveryChoice>;
  openFolder: (folder: string) => void;
  nativeBinding?: string | undefined;
}

/** Backups a refused file can be replaced by: made by Knotbook, never the refused-file copies. */
function restorable(folder: string): BackupEntry | null {
  return listBackups(folder).find((entry) => entry.kind !== 'before-restore') ?? null;
}

/**
 * Asks what to do about a file that was refused; restores the newest backup when asked.
 * Resolves true when the file was replaced (open it again), false to quit.
 */
export async function offerRestore(databaseFile: string, message: string, deps: RecoveryDeps): Promise<boolean> {
  const folder = defaultBackupFolder(databaseFile);
  const newest = restorable(folder);
  const choice = await deps.ask({ message, newest, folder });
  if (choice === 'open-folder') deps.openFolder(folder);
  if (choice !== 'restore' || !newest) return false;
  await restoreBackup({ databaseFile, backupFile: newest.file, nativeBinding: deps.nativeBinding });
  return true;
}

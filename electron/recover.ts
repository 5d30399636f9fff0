/**
 * When the database file cannot be opened (damaged, cut short, not Knotbook's, from a newer
 * Knotbook), the desktop app offers the newest backup from the backups folder beside it instead
 * of only saying so, or shows that folder. Restoring keeps the refused file too (as a "before
 * restore" copy, byte for byte when it is damaged), so nothing is thrown away. Only for a file
 * problem: when the database engine itself is missing or does not fit (electron/database.ts), no
 * backup would help and none is offered. Kept apart from main.ts so it runs in Node tests: the
 * dialogs and the file manager are passed in.
 */
import fs from 'node:fs';
import { defaultBackupFolder, listBackups, restoreBackup, type BackupEntry } from '../db/backup';
import { errorKind } from './startup-messages';

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
  /**
   * Shows the folder in the file manager. Resolves to '' when it did, or to what went wrong
   * (Electron's `shell.openPath` answers this way).
   */
  openFolder: (folder: string) => Promise<string>;
  /** An error box: a title and a message in plain words. */
  showError: (title: string, message: string) => void;
  /**
   * The better-sqlite3 build the app runs on (db/native-binding.ts), for the restore's checks:
   * they run in worker threads, which load it again. Required, so no caller can forget it.
   */
  nativeBinding: string | undefined;
}

export const SHOW_FOLDER_FAILED = 'Knotbook could not show the backups folder';

/** Backups a refused file can be replaced by: made by Knotbook, never the refused-file copies. */
function restorable(folder: string): BackupEntry | null {
  return listBackups(folder).find((entry) => entry.kind !== 'before-restore') ?? null;
}

/**
 * Makes the folder if it is not there yet (a file with no backup has none), shows it, and
 * resolves once the file manager has been asked, so the app does not quit before that.
 */
async function showFolder(folder: string, deps: RecoveryDeps): Promise<void> {
  try {
    fs.mkdirSync(folder, { recursive: true });
  } catch (error) {
    deps.showError(
      SHOW_FOLDER_FAILED,
      `The backups folder could not be made (${errorKind(error)}). It belongs here:\n${folder}`,
    );
    return;
  }
  const problem = await deps.openFolder(folder);
  if (problem) {
    deps.showError(SHOW_FOLDER_FAILED, `${problem}\n\nThe backups folder is here:\n${folder}`);
  }
}

/**
 * Asks what to do about a file that was refused; restores the newest backup, or shows the
 * backups folder, when asked. Resolves true when the file was replaced (open it again), false to
 * quit.
 */
export async function offerRestore(databaseFile: string, message: string, deps: RecoveryDeps): Promise<boolean> {
  const folder = defaultBackupFolder(databaseFile);
  const newest = restorable(folder);
  const choice = await deps.ask({ message, newest, folder });
  if (choice === 'open-folder') await showFolder(folder, deps);
  if (choice !== 'restore' || !newest) return false;
  await restoreBackup({ databaseFile, backupFile: newest.file, nativeBinding: deps.nativeBinding });
  return true;
}

/**
 * What the desktop app says when it cannot start, in plain words: a file it refuses (with the
 * startup offer of a backup, electron/recover.ts), a database engine that is missing or does not
 * fit (no offer: no file is to blame), a full disk (no offer either: the file is not to blame,
 * and a restore needs room too), a settings folder it cannot use, and anything unexpected while
 * starting. Never a stack trace, and nothing from the records: of an unexpected error,
 * only its code or kind is shown. Pure, so it is tested in Node.
 */
import type { MessageBoxOptions } from 'electron';
import { AppError, DISK_FULL_ON_OPEN, isDiskFull } from '../db/errors';
import type { RecoveryChoice, RecoveryQuestion } from './recover';

export const REFUSED_FILE_TITLE = 'Knotbook cannot open this file';
export const ENGINE_PROBLEM_TITLE = 'Knotbook cannot start its database engine';
export const STARTUP_FAILED_TITLE = 'Knotbook could not start';
export const RESTORE_FAILED_TITLE = 'Knotbook could not restore the backup';
export const DISK_FULL_TITLE = 'The disk is full';

/**
 * An error's code (EACCES, SQLITE_BUSY, ERR_DLOPEN_FAILED) or else its kind (TypeError): enough
 * for support, and never its message, which may hold a path or a record.
 */
export function errorKind(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = String(error.code);
    if (/^[A-Z][A-Z0-9_]{1,40}$/.test(code)) return code;
  }
  if (error instanceof Error && /^[A-Za-z]{1,40}$/.test(error.name)) return error.name;
  return 'unknown';
}

/** The engine problem (db/native-binding.ts and electron/database.ts say what to do). */
export function engineProblemDetail(message: string): string {
  return `${message}\n\nKnotbook stopped before opening your records, so nothing in them has changed.`;
}

/** The user-data folder (--data-dir, or a demo's own) could not be made or used. */
export function settingsFolderProblem(folder: string, error: unknown): string {
  if (isDiskFull(error)) {
    return (
      `The disk holding the folder for Knotbook's settings is full:\n${folder}\n\n` +
      'Free some space (empty the trash, move large files), then start Knotbook again.'
    );
  }
  return (
    `Knotbook could not use the folder for its settings:\n${folder}\n\n` +
    `Make sure that folder can be written to, then start Knotbook again. (${errorKind(error)})`
  );
}

/** Anything unexpected while starting: Knotbook closes rather than stay up without a window. */
export function startupFailureMessage(error: unknown): string {
  if (isDiskFull(error)) return DISK_FULL_ON_OPEN;
  return (
    'Something unexpected went wrong while Knotbook was starting, so it has closed. ' +
    'Start Knotbook again; if this happens again, restart the computer, and if it still happens, ' +
    `reinstall Knotbook. (For support: ${errorKind(error)})`
  );
}

/** A restore at startup that did not happen: db/backup's words (BackupError), else its kind. */
export function restoreFailureMessage(error: unknown): string {
  if (error instanceof AppError) return error.message;
  if (isDiskFull(error)) return DISK_FULL_ON_OPEN;
  return `The backup could not be restored, and the file was left as it was. Try again. (${errorKind(error)})`;
}

/**
 * The error box for a file that did not open and was not restored: the engine's problem, a full
 * disk (electron/database.ts says 'disk_full' when db/errors.ts's isDiskFull holds), or the
 * file's own refusal.
 */
export function openProblemText(problem: { kind: 'engine' | 'file' | 'disk_full'; message: string }): {
  title: string;
  message: string;
} {
  if (problem.kind === 'engine') return { title: ENGINE_PROBLEM_TITLE, message: engineProblemDetail(problem.message) };
  if (problem.kind === 'disk_full') return { title: DISK_FULL_TITLE, message: DISK_FULL_ON_OPEN };
  return { title: REFUSED_FILE_TITLE, message: problem.message };
}

/**
 * The startup offer for a refused file: restore the newest backup (named by when it was made,
 * in the therapist's own format), show the backups folder, or quit; and which choice each button
 * is. Quit is the cancel button (Escape, closing the box).
 */
export function refusedFileBox(
  { message, newest }: RecoveryQuestion,
  formatTime: (iso: string) => string,
): { options: MessageBoxOptions & { buttons: string[] }; choices: readonly RecoveryChoice[] } {
  const buttons = newest
    ? [`Restore the backup of ${formatTime(newest.at)}`, 'Show the backups folder', 'Quit']
    : ['Show the backups folder', 'Quit'];
  const choices = newest ? (['restore', 'open-folder', 'quit'] as const) : (['open-folder', 'quit'] as const);
  return {
    options: {
      type: 'error',
      title: REFUSED_FILE_TITLE,
      message: REFUSED_FILE_TITLE,
      detail: newest
        ? `${message}\n\nRestoring keeps a copy of this file in the backups folder too.`
        : `${message}\n\nThere is no backup in the backups folder beside it.`,
      buttons,
      defaultId: 0,
      cancelId: buttons.length - 1,
    },
    choices,
  };
}

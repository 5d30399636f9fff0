import type { ErrorCode } from '../api/contract';
import { AppError } from '../errors';

/**
 * Why a backup or a restore did not happen:
 * - `exists`: a file of that name is already there (and overwriting was not asked for);
 * - `write_failed`: the copy could not be written (disk full, folder not writable, ...);
 * - `not_verified`: the copy was written but did not read back as a good copy, so it was removed;
 * - `refused`: the chosen backup is not one Knotbook can restore (see inspectBackup);
 * - `busy`: the database is still open in Knotbook or another program.
 */
export type BackupFailure = 'exists' | 'write_failed' | 'not_verified' | 'refused' | 'busy';

const apiCodes: Record<BackupFailure, ErrorCode> = {
  exists: 'conflict',
  write_failed: 'internal',
  not_verified: 'internal',
  refused: 'invalid_input',
  busy: 'conflict',
};

/**
 * A backup or restore that did not happen, in plain words (`message` is shown as it is). An
 * AppError, so db/api/dispatch.ts passes the message through unchanged. `detail` names the
 * check that failed, for tests and logs; it never holds a record.
 */
export class BackupError extends AppError {
  constructor(
    readonly reason: BackupFailure,
    message: string,
    readonly detail: string = reason,
  ) {
    super(apiCodes[reason], message);
    this.name = 'BackupError';
  }
}

/** The SQLite or file-system code of an error ('' when it has none). */
export function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}

/**
 * A write that failed, in plain words: what happened and what to do. `what` is what could not
 * be done ("save the backup", "restore the backup").
 */
export function writeFailure(error: unknown, folder: string, what = 'save the backup'): BackupError {
  if (error instanceof BackupError) return error;
  const code = errorCode(error);
  if (code === 'ENOSPC' || code.startsWith('SQLITE_FULL')) {
    return new BackupError(
      'write_failed',
      `There is not enough free space on the disk to ${what}. Free some space and try again; your records are unchanged.`,
      code,
    );
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new BackupError(
      'busy',
      `The database is busy in another window or program, so Knotbook could not ${what}. Close it and try again; your records are unchanged.`,
      code,
    );
  }
  const cannotWriteThere = ['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'ENOENT', 'EISDIR', 'EEXIST', 'EBUSY'];
  if (cannotWriteThere.includes(code) || code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_READONLY')) {
    return new BackupError(
      'write_failed',
      `Knotbook could not write in the folder "${folder}", so it could not ${what}. Make sure that folder can be written to, or choose another, and try again; your records are unchanged.`,
      code,
    );
  }
  return new BackupError(
    'write_failed',
    `Knotbook could not ${what}. Your records are unchanged; try again in a moment.`,
    code || (error instanceof Error ? error.name : 'error'),
  );
}

/**
 * Errors meant for the therapist: AppError, whose message is shown as it is, and the words and
 * test for a full disk, which every path that opens or starts Knotbook says the same way.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ErrorCode } from './api/contract';

/** An error meant for the therapist: `message` is shown as it is, in plain words. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export function notFound(what: string): AppError {
  return new AppError('not_found', `That ${what} could not be found. It may have been opened from an old link.`);
}

/** What Knotbook says when it cannot open or start because the disk is full. */
export const DISK_FULL_ON_OPEN =
  'The disk holding your Knotbook file is full. Free some space (empty the trash, move large files), then open Knotbook again. Nothing was changed.';

/**
 * Under this much free space a disk counts as full: SQLite needs room for its write-ahead log and
 * shared-memory file before it can open a file at all.
 */
export const FULL_BELOW_BYTES = 1024 * 1024;

/** The codes of an error and of the errors it wraps (`cause`), outermost first. */
function errorCodes(error: unknown): string[] {
  const codes: string[] = [];
  for (let e = error, depth = 0; typeof e === 'object' && e !== null && depth < 8; depth++) {
    if ('code' in e) codes.push(String(e.code));
    e = 'cause' in e ? e.cause : undefined;
  }
  return codes;
}

/** The space left to Knotbook on the disk holding `folder` (or its nearest existing parent). */
export function freeBytes(folder: string): number | undefined {
  for (let dir = path.resolve(folder); ; dir = path.dirname(dir)) {
    try {
      const stats = fs.statfsSync(dir);
      return stats.bavail * stats.bsize;
    } catch {
      if (path.dirname(dir) === dir) return undefined;
    }
  }
}

/**
 * True when an error (or one it wraps) says the disk is full (ENOSPC, EDQUOT, SQLITE_FULL), or,
 * given the folder of the file it was about, when that disk has almost no space left: SQLite
 * then often says only "disk I/O error" (SQLITE_IOERR_SHMSIZE, its shared-memory file could
 * not grow), and whatever failed, freeing space is the first thing to do. So pass the folder
 * only for a failure not already explained: a file refused for what it holds keeps its own words.
 */
export function isDiskFull(error: unknown, folder?: string, free: (folder: string) => number | undefined = freeBytes) {
  if (errorCodes(error).some((code) => /^(ENOSPC|EDQUOT|SQLITE_FULL)/.test(code))) return true;
  if (folder === undefined) return false;
  const left = free(folder);
  return left !== undefined && left < FULL_BELOW_BYTES;
}

/**
 * What a killed or crashed Knotbook leaves behind, removed at the next start: the temporary files
 * of backups, of the copy before an update and of encrypted backups (in the backups folder), the
 * copy a restore writes beside the database (a whole plaintext copy of a backup), the decrypted
 * scratch copy of an encrypted backup, and the private copies an inspection makes in the
 * system's temporary folder. Only names Knotbook gives its own temporary files are touched
 * (names.ts tempFileOwner, inspect.ts), and only those whose process is gone: each name carries
 * the id of the process that wrote it, so a backup still being written by another Knotbook on
 * the same file is left alone. Names from older versions carry no process id; they are removed
 * at start too.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultBackupFolder, tempFileOwner } from './names';

/** The folders an inspection's private copies go in: `knotbook-inspect-p<pid>-XXXXXX` in the system's temporary folder. */
export const INSPECT_PREFIX = 'knotbook-inspect-';
const INSPECT_FOLDER = /^knotbook-inspect-(?:p(\d{1,10})-)?[A-Za-z0-9]{6}$/;

/** The prefix for mkdtemp of an inspection's private copy, tagged with this process's id. */
export function inspectFolderPrefix(): string {
  return path.join(os.tmpdir(), `${INSPECT_PREFIX}p${process.pid}-`);
}

/** Whether a process with this id is running (signal 0 tests it, on Windows too). */
export function processIsRunning(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return typeof error === 'object' && error !== null && 'code' in error && error.code === 'EPERM';
  }
}

/** Left by a process that is gone: not this one, not a running one. A name without an id is from an older version. */
export function isLeftBehind(pid: number | null): boolean {
  if (pid === null) return true;
  return pid !== process.pid && !processIsRunning(pid);
}

function namesIn(folder: string): string[] {
  try {
    return fs.readdirSync(folder);
  } catch {
    return []; // no folder: nothing left in it
  }
}

function removeIfGone(file: string, removed: string[], recursive = false): void {
  try {
    fs.rmSync(file, { force: true, recursive });
  } catch {
    return; // still in use (Windows) or not ours to remove: the next start tries again
  }
  removed.push(file);
}

export interface LeftoverOptions {
  /** The backups folder, when not the default one beside the database. */
  folder?: string | undefined;
  /** Where inspections put their private copies (tests): the system's temporary folder by default. */
  tempFolder?: string | undefined;
}

/**
 * Removes what a killed or crashed Knotbook left of its work on `databaseFile` (see the top of
 * this file) and returns the paths removed. Never throws, never touches the database, a backup,
 * or any file whose name Knotbook did not give.
 */
export function removeLeftovers(databaseFile: string, options: LeftoverOptions = {}): string[] {
  const database = path.resolve(databaseFile);
  const removed: string[] = [];
  const databaseName = path.basename(database);
  const beside = path.dirname(database);
  for (const name of namesIn(beside)) {
    const owner = tempFileOwner(name, databaseName);
    if (owner && isLeftBehind(owner.pid)) removeIfGone(path.join(beside, name), removed);
  }
  const folder = path.resolve(options.folder ?? defaultBackupFolder(database));
  for (const name of namesIn(folder)) {
    const owner = tempFileOwner(name);
    if (owner && isLeftBehind(owner.pid)) removeIfGone(path.join(folder, name), removed);
  }
  const temp = options.tempFolder ?? os.tmpdir();
  for (const name of namesIn(temp)) {
    const match = INSPECT_FOLDER.exec(name);
    if (!match) continue;
    // An older version's folder carries no id; it may belong to an inspection running now.
    if (match[1] !== undefined && isLeftBehind(Number(match[1]))) {
      removeIfGone(path.join(temp, name), removed, true);
    }
  }
  return removed;
}

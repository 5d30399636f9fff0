/**
 * The database for the desktop app, in two steps that tell two kinds of problem apart:
 * - loadDatabaseEngine finds the Electron build of better-sqlite3 (db/native-binding.ts) and
 *   loads it once, on an in-memory database, before any file is touched. Missing, or built for
 *   another Electron or another kind of computer, it is an 'engine' problem: no file is to blame,
 *   so no backup is offered. Main resolves it once and passes the path to every connection and
 *   worker it starts (the host context, the restore at startup).
 * - openAppDatabase opens the file with that build, seeding the demo when asked. A file it refuses
 *   (damaged, not Knotbook's, too new, cannot be read) is a 'file' problem: main offers a backup.
 *   A full disk is a 'disk_full' problem (db/errors.ts): the file is not to blame, and a restore
 *   needs room too, so no backup is offered.
 * Every failure becomes a plain-words message for a dialog. The file is never modified when it
 * is refused (db/open.ts inspects it read-only first); the full check of the file then runs in
 * the background (db/integrity.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { seedDemo } from '../db/demo';
import { DISK_FULL_ON_OPEN, isDiskFull } from '../db/errors';
import {
  NativeBindingError,
  describeNativeLoadError,
  resolveNativeBinding,
  type NativeBindingContext,
} from '../db/native-binding';
import { DatabaseOpenError, openDatabaseAsync, type OpenProgressListener } from '../db/open';
import type { DatabaseChoice } from './args';
import { errorKind } from './startup-messages';

export type ProblemKind = 'engine' | 'file' | 'disk_full';

export interface OpenProblem {
  ok: false;
  kind: ProblemKind;
  /** In plain words, with what to do. */
  message: string;
}

export type EngineOutcome = { ok: true; nativeBinding: string | undefined } | (OpenProblem & { kind: 'engine' });

export type OpenOutcome = { ok: true; db: Database.Database } | OpenProblem;

/** An engine that is there but does not load, for a reason the loader put in other words. */
function engineLoadFailure(error: unknown, isPackaged: boolean): string {
  const todo = isPackaged
    ? 'Please reinstall Knotbook.'
    : 'Delete the .native folder and run `npm start`, which prepares it again.';
  return `Knotbook's database engine could not be loaded (${errorKind(error)}). ${todo}`;
}

/**
 * Finds and loads the Electron build of better-sqlite3 once. Resolves to its path (undefined in
 * plain Node, where better-sqlite3 finds its own build), or to an 'engine' problem.
 */
export function loadDatabaseEngine(context: Omit<NativeBindingContext, 'exists'>): EngineOutcome {
  try {
    const nativeBinding = resolveNativeBinding({ ...context, exists: fs.existsSync });
    new Database(':memory:', { nativeBinding }).close();
    return { ok: true, nativeBinding };
  } catch (error) {
    const message =
      error instanceof NativeBindingError
        ? error.message
        : (describeNativeLoadError(error) ?? engineLoadFailure(error, context.isPackaged));
    return { ok: false, kind: 'engine', message };
  }
}

/**
 * Opens (or creates, or fills with the demo) the chosen file with the engine loadDatabaseEngine
 * found. A file of an older schema is first copied and the copy checked, off the main thread,
 * with its stages reported to `onProgress` (db/open.ts openDatabaseAsync).
 */
export async function openAppDatabase(
  choice: DatabaseChoice,
  nativeBinding: string | undefined,
  onProgress?: OpenProgressListener,
): Promise<OpenOutcome> {
  try {
    const isNew = !fs.existsSync(choice.file) || fs.statSync(choice.file).size === 0;
    const db = await openDatabaseAsync(choice.file, { nativeBinding, onProgress });
    if (choice.demo && isNew) {
      try {
        seedDemo(db);
      } catch (error) {
        db.close();
        throw error;
      }
    }
    if (choice.demo) {
      console.log(`Demo database: ${choice.file}${isNew ? '' : ' (already existed: opened as it was)'}`);
    }
    // The host context (db/host.ts) starts the whole-file check and the day's backup.
    return { ok: true, db };
  } catch (error) {
    return describeOpenFailure(error, choice.file);
  }
}

function describeOpenFailure(error: unknown, file: string): OpenProblem {
  // The engine was loaded a moment ago, so this is not expected; if it happens all the same, it
  // is still no reason to offer a backup over the file.
  const native = describeNativeLoadError(error);
  if (native) return { ok: false, kind: 'engine', message: native };
  if (error instanceof DatabaseOpenError && error.code === 'disk_full') {
    return { ok: false, kind: 'disk_full', message: error.message };
  }
  // A file refused for what it holds keeps its own words; anything else on a full disk (the
  // demo's seeding too) is the full disk.
  const refusedForContents = error instanceof DatabaseOpenError && error.code !== 'cannot_open';
  if (!refusedForContents && isDiskFull(error, path.dirname(file))) {
    return { ok: false, kind: 'disk_full', message: DISK_FULL_ON_OPEN };
  }
  if (error instanceof DatabaseOpenError) return { ok: false, kind: 'file', message: error.message };
  const detail = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
  return { ok: false, kind: 'file', message: `Knotbook could not open its database: ${detail}` };
}

/** On quit: fold the write-ahead log back into the file, then close it. */
export function closeAppDatabase(db: Database.Database | undefined): void {
  if (!db?.open) return;
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
  } catch {
    // Another connection may be reading; the WAL is folded back on the next open.
  }
  db.close();
}

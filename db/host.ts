/**
 * What a host (`npm run serve`, the desktop app) runs the API with, once it has opened the
 * database: the ApiContext, plus the work that follows opening — the whole-file check in the
 * background (db/integrity.ts), the day's automatic backup (db/backup), and `reopen`, which
 * stops the exports running to a file (trackExport), closes the connection for a restore and
 * opens the restored file.
 */
import type Database from 'better-sqlite3';
import type { ApiContext } from './api/handlers';
import { automaticBackup } from './backup';
import { AppError } from './errors';
import { initialLockState } from './queries/app-lock';
import { watchIntegrity } from './integrity';
import { openDatabaseAsync } from './open';

export interface HostOptions {
  file: string;
  actor: string;
  appVersion: string;
  /** Path to a better-sqlite3 build for this runtime (see db/native-binding.ts). */
  nativeBinding?: string | undefined;
  /** Skip the day's automatic backup (the benchmark's throwaway copies). */
  automaticBackup?: boolean;
}

const RESTORING = 'Knotbook is restoring a backup. Try again in a moment.';

function kindOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'error';
}

/** The exports each context is writing to a file: how to stop each, and when it ends. */
const runningExports = new WeakMap<ApiContext, Map<AbortController, Promise<unknown>>>();

/**
 * Runs an export to a file (`work`, handed the signal that stops it) so that a restore can stop
 * it and wait for it before closing the connection. Refused while a restore is under way.
 */
export function trackExport<T>(ctx: ApiContext, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  if (ctx.busy !== undefined) return Promise.reject(new AppError('conflict', ctx.busy));
  const running = runningExports.get(ctx) ?? new Map<AbortController, Promise<unknown>>();
  runningExports.set(ctx, running);
  const stop = new AbortController();
  const done = work(stop.signal).finally(() => running.delete(stop));
  running.set(
    stop,
    done.catch(() => undefined),
  );
  return done;
}

/** Stops every export `ctx` is writing to a file, and resolves once each has ended (no file is saved). */
export async function stopExports(ctx: ApiContext): Promise<void> {
  const running = [...(runningExports.get(ctx) ?? new Map<AbortController, Promise<unknown>>())];
  for (const [stop] of running) stop.abort();
  await Promise.all(running.map(([, done]) => done));
}

export function hostContext(db: Database.Database, options: HostOptions): ApiContext {
  const { file, nativeBinding } = options;
  const ctx: ApiContext = {
    db,
    actor: options.actor,
    databasePath: file,
    appVersion: options.appVersion,
    nativeBinding,
    integrity: watchIntegrity(db, file, { nativeBinding }),
    // Locked from the start when the therapist has set a lock.
    lock: initialLockState(db),
  };
  ctx.reopen = async (work) => {
    ctx.busy = RESTORING;
    // An export reads the file through its own connection: it stops (saving nothing) before the file is replaced.
    await stopExports(ctx);
    ctx.db.close();
    try {
      return await work();
    } finally {
      // A restored backup of an older schema is copied (off this thread) and updated here.
      ctx.db = await openDatabaseAsync(file, { nativeBinding });
      ctx.integrity = watchIntegrity(ctx.db, file, { nativeBinding });
      // The restored file's own lock, unlocked: the therapist restoring it is here.
      ctx.lock = { ...initialLockState(ctx.db), locked: false };
      ctx.busy = undefined;
    }
  };
  if (options.automaticBackup !== false) {
    // Once per calendar day, in the background (SQLite's online backup): the app answers meanwhile.
    automaticBackup(db, { databaseFile: file, nativeBinding }).catch((error: unknown) => {
      console.error(`knotbook: the automatic backup could not be made (${kindOf(error)})`);
    });
  }
  return ctx;
}

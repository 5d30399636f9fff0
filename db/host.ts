/**
 * What a host (`npm run serve`, the desktop app) runs the API with, once it has opened the
 * database: the ApiContext, plus the work that follows opening — the whole-file check in the
 * background (db/integrity.ts), the day's automatic backup (db/backup), and `reopen`, which
 * closes the connection for a restore and opens the restored file.
 */
import type Database from 'better-sqlite3';
import type { ApiContext } from './api/handlers';
import { automaticBackup } from './backup';
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

/**
 * Opens the database for the desktop app with the Electron build of better-sqlite3, seeding the
 * demo when asked, and turns every failure into a plain-words message for an error box.
 * The file is never modified when it is refused (db/open.ts inspects it read-only first); the
 * full check of the file then runs in the background (db/integrity.ts).
 */
import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { seedDemo } from '../db/demo';
import {
  NativeBindingError,
  describeNativeLoadError,
  resolveNativeBinding,
  type NativeBindingContext,
} from '../db/native-binding';
import { DatabaseOpenError, openDatabase } from '../db/open';
import type { DatabaseChoice } from './args';

export type OpenOutcome =
  { ok: true; db: Database.Database; nativeBinding: string | undefined } | { ok: false; message: string };

export function openAppDatabase(choice: DatabaseChoice, binding: Omit<NativeBindingContext, 'exists'>): OpenOutcome {
  try {
    const nativeBinding = resolveNativeBinding({ ...binding, exists: fs.existsSync });
    const isNew = !fs.existsSync(choice.file) || fs.statSync(choice.file).size === 0;
    const db = openDatabase(choice.file, { nativeBinding });
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
    return { ok: true, db, nativeBinding };
  } catch (error) {
    return { ok: false, message: describeOpenFailure(error) };
  }
}

function describeOpenFailure(error: unknown): string {
  const native = describeNativeLoadError(error);
  if (native) return native;
  if (error instanceof NativeBindingError || error instanceof DatabaseOpenError) return error.message;
  const detail = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
  return `Knotbook could not open its database: ${detail}`;
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

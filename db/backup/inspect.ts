/**
 * Looks at a backup before it is restored, without changing it: its header is read as plain
 * bytes first, then its contents through a read-only connection in a worker (see facts.ts). A
 * file whose header says write-ahead log, or with SQLite's files beside it, is read from a
 * private copy instead: a read-only connection to it would create `-wal` and `-shm` files beside
 * the original. Only the main file is ever read, as only it is restored.
 */
import fs from 'node:fs';
import path from 'node:path';
import { KNOTBOOK_APPLICATION_ID, LATEST_SCHEMA_VERSION } from '../migrations';
import { readFacts, type FactsOutcome } from './facts';
import { hasSidecars, readHeader } from './files';
import { inspectFolderPrefix } from './leftovers';

export type InspectFailure = 'not_sqlite' | 'not_knotbook' | 'too_new' | 'damaged' | 'unreadable';

export type BackupInspection =
  | {
      ok: true;
      /** The file's schema; an older one is brought up to date when the restored file is opened. */
      schemaVersion: number;
      clients: number;
      sessions: number;
      /** When the last change it holds was made (the newest audit entry), or null. */
      lastChangeAt: string | null;
      bytes: number;
    }
  | { ok: false; reason: InspectFailure; message: string };

export interface InspectOptions {
  /** Path to a better-sqlite3 build for this runtime (see db/native-binding.ts). */
  nativeBinding?: string | undefined;
}

const messages: Record<InspectFailure, (name: string) => string> = {
  not_sqlite: (name) =>
    `"${name}" is not a Knotbook backup: it is not a database file at all. Choose a file whose name starts with "knotbook-". Nothing was changed.`,
  not_knotbook: (name) =>
    `"${name}" is a database from another program, not a Knotbook backup. Choose a Knotbook backup instead. Nothing was changed.`,
  too_new: (name) =>
    `"${name}" was made by a newer version of Knotbook. Update Knotbook, then restore it. Nothing was changed.`,
  damaged: (name) =>
    `"${name}" is damaged, so it cannot be restored. Choose another backup, such as an earlier one. Nothing was changed.`,
  unreadable: (name) =>
    `Knotbook could not read "${name}". Check that the file is still there and its disk is connected, then try again. Nothing was changed.`,
};

function refuse(reason: InspectFailure, file: string): BackupInspection {
  return { ok: false, reason, message: messages[reason](path.basename(file)) };
}

function judge(outcome: FactsOutcome, file: string, bytes: number): BackupInspection {
  if ('error' in outcome) {
    const damaged = outcome.error.startsWith('SQLITE_CORRUPT') || outcome.error === 'SQLITE_NOTADB';
    return refuse(damaged ? 'damaged' : 'unreadable', file);
  }
  const { facts } = outcome;
  if (facts.applicationId !== KNOTBOOK_APPLICATION_ID || facts.schemaVersion < 1) return refuse('not_knotbook', file);
  if (facts.schemaVersion > LATEST_SCHEMA_VERSION) return refuse('too_new', file);
  if (facts.intact !== true || facts.clients === null || facts.sessions === null) return refuse('damaged', file);
  return {
    ok: true,
    schemaVersion: facts.schemaVersion,
    clients: facts.clients,
    sessions: facts.sessions,
    lastChangeAt: facts.lastChangeAt,
    bytes,
  };
}

/** Reads the facts of a private copy of `file`, removed afterwards (or at the next start, after a kill: leftovers.ts). */
async function readFactsOfCopy(file: string, options: InspectOptions): Promise<FactsOutcome> {
  const folder = await fs.promises.mkdtemp(inspectFolderPrefix());
  try {
    const copy = path.join(folder, 'backup.sqlite');
    await fs.promises.copyFile(file, copy);
    return await readFacts(copy, { nativeBinding: options.nativeBinding });
  } catch (error) {
    return { error: error instanceof Error ? error.name : 'copy' };
  } finally {
    await fs.promises.rm(folder, { recursive: true, force: true });
  }
}

/**
 * Says whether `file` can be restored: `{ ok: true, ... }` with what it holds, or `{ ok: false,
 * reason, message }` in plain words. Never changes the file. Never rejects.
 */
export async function inspectBackup(file: string, options: InspectOptions = {}): Promise<BackupInspection> {
  const resolved = path.resolve(file);
  let bytes: number;
  let header: ReturnType<typeof readHeader>;
  try {
    const stat = fs.statSync(resolved);
    if (!stat.isFile()) return refuse('unreadable', resolved);
    bytes = stat.size;
    header = readHeader(resolved);
  } catch {
    return refuse('unreadable', resolved);
  }
  if (!header.isSqlite) return refuse('not_sqlite', resolved);
  if (header.truncated) return refuse('damaged', resolved);
  const outcome =
    header.walMode || hasSidecars(resolved)
      ? await readFactsOfCopy(resolved, options)
      : await readFacts(resolved, { nativeBinding: options.nativeBinding });
  return judge(outcome, resolved, bytes);
}

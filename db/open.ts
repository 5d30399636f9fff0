/**
 * Opens (or creates) a Knotbook database file, refusing, untouched, any file it must not change.
 * Two drivers share every rule below (the inspection, the copy before an update, the settings):
 *
 * - openDatabaseAsync, for the desktop app: the copy kept before a file of an older schema is
 *   updated is made and checked off the calling thread, and its progress is reported
 *   (db/open-progress.ts), so the main process keeps drawing and answering meanwhile.
 * - openDatabase, synchronous, for tests, `npm run serve` and the benchmarks: the same copy and
 *   check, waited for on this thread.
 */
import fs from 'node:fs';
import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { backupBeforeMigration, backupBeforeMigrationAsync } from './backup/before-migration';
import { removeLeftovers } from './backup/leftovers';
import type { BackupSummary } from './backup/write';
import { throttleProgress, type OpenProgressListener } from './open-progress';
import { DISK_FULL_ON_OPEN, isDiskFull } from './errors';
import { cacheStatements } from './statement-cache';
import { KNOTBOOK_APPLICATION_ID, LATEST_SCHEMA_VERSION, migrate } from './migrations';

export type { OpenProgress, OpenProgressListener } from './open-progress';
export { describeOpenProgress } from './open-progress';

export type DatabaseOpenErrorCode = 'not_knotbook' | 'too_new' | 'damaged' | 'cannot_open' | 'disk_full';

/** Why a file was refused. The file has not been modified. */
export class DatabaseOpenError extends Error {
  constructor(
    readonly code: DatabaseOpenErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DatabaseOpenError';
  }
}

export interface OpenOptions {
  /** Path to a better-sqlite3 build for this runtime (see db/native-binding.ts). */
  nativeBinding?: string | undefined;
}

export interface AsyncOpenOptions extends OpenOptions {
  /**
   * Told how far the opening of a file of an older schema has come (db/open-progress.ts): the
   * copy's fraction at most four times a second, then each later stage once. Never called for a
   * new or up-to-date file. An error it throws is ignored.
   */
  onProgress?: OpenProgressListener | undefined;
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
/** The database header at the start of page 1 (https://sqlite.org/fileformat.html). */
const HEADER_BYTES = 100;

/**
 * The small tables without which Knotbook is unusable at once (the client list, the practice
 * settings, the exercise library). Each is checked with its indexes on open; the big tables are
 * checked in the background (db/integrity.ts), so opening stays fast at any file size.
 */
const TABLES_CHECKED_ON_OPEN = ['settings', 'clients', 'exercises'] as const;

const notKnotbook = (name: string) =>
  new DatabaseOpenError('not_knotbook', `"${name}" is not a Knotbook database. Knotbook has left it as it was.`);
const damaged = (name: string) =>
  new DatabaseOpenError(
    'damaged',
    `"${name}" is damaged and cannot be opened safely. Restore it from a backup; Knotbook has not changed it.`,
  );

/**
 * A failure to open that is not the file's fault: a full disk in the words of db/errors.ts
 * (SQLite may say only "disk I/O error" then), or else `message`.
 */
function cannotOpen(file: string, error: unknown, message = (error as Error).message): DatabaseOpenError {
  if (isDiskFull(error, path.dirname(path.resolve(file)))) return new DatabaseOpenError('disk_full', DISK_FULL_ON_OPEN);
  return new DatabaseOpenError('cannot_open', message);
}

function fileSize(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}

function readHeader(file: string): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const header = Buffer.alloc(HEADER_BYTES);
    fs.readSync(fd, header, 0, header.length, 0);
    return header;
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * True when the file is shorter than the size its header records (page count at offset 28 times
 * the page size at offset 16, where 1 means 65536): a copy cut short, or a disk that lost its end.
 * The recorded size is used only when the header vouches for it (change counter at offset 24 equal
 * to the "valid for" number at offset 92) and no write-ahead log is waiting beside the file: a
 * crash during a checkpoint can leave the header ahead of the file, and the log then holds the
 * rest, which SQLite replays on the next open.
 */
function isTruncated(file: string, header: Buffer, size: number): boolean {
  if (size < HEADER_BYTES) return true;
  const pageSizeField = header.readUInt16BE(16);
  const pageSize = pageSizeField === 1 ? 65536 : pageSizeField;
  const pageCount = header.readUInt32BE(28);
  const sizeIsValid = pageCount > 0 && header.readUInt32BE(24) === header.readUInt32BE(92);
  if (!sizeIsValid || fileSize(`${file}-wal`) > 0) return false;
  return size < pageCount * pageSize;
}

function sqliteCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}

/** SQLITE_CORRUPT and its extended codes (SQLITE_CORRUPT_INDEX, ...). */
const isCorrupt = (error: unknown) => sqliteCode(error).startsWith('SQLITE_CORRUPT');

/**
 * `PRAGMA quick_check(<table>)` checks one table and its indexes only, so this costs the size of
 * the small tables (and of sqlite_schema), not the size of the file.
 */
function checkSmallTables(db: Database.Database): boolean {
  const tables = new Set(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[]);
  const checked = ['sqlite_schema', ...TABLES_CHECKED_ON_OPEN.filter((name) => tables.has(name))];
  return checked.every((name) => db.pragma(`quick_check("${name}")`, { simple: true }) === 'ok');
}

/**
 * Looks at an existing file through a read-only connection and refuses it, untouched,
 * when it is not a Knotbook database, was written by a newer Knotbook, or is damaged.
 * Only cheap checks run here (the header, the file's length, the small tables); the whole file
 * is checked in the background once the app is open (db/integrity.ts).
 */
function inspectExisting(file: string, size: number, options: OpenOptions): void {
  const name = path.basename(file);
  const header = readHeader(file);
  if (!header.subarray(0, SQLITE_HEADER.length).equals(SQLITE_HEADER)) throw notKnotbook(name);
  if (isTruncated(file, header, size)) throw damaged(name);
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, nativeBinding: options.nativeBinding });
    const applicationId = db.pragma('application_id', { simple: true }) as number;
    const version = db.pragma('user_version', { simple: true }) as number;
    const objects = db.prepare('SELECT count(*) AS n FROM sqlite_schema').get() as { n: number };
    if (applicationId !== KNOTBOOK_APPLICATION_ID && objects.n > 0) {
      throw new DatabaseOpenError(
        'not_knotbook',
        `"${name}" is a database from another program, not Knotbook. Knotbook has left it as it was.`,
      );
    }
    if (version > LATEST_SCHEMA_VERSION) {
      throw new DatabaseOpenError(
        'too_new',
        `"${name}" was saved by a newer version of Knotbook. Update Knotbook to open it; the file has not been changed.`,
      );
    }
    if (!checkSmallTables(db)) throw damaged(name);
  } catch (error) {
    if (error instanceof DatabaseOpenError) throw error;
    if (sqliteCode(error) === 'SQLITE_NOTADB') throw notKnotbook(name);
    if (isCorrupt(error)) throw damaged(name);
    throw cannotOpen(file, error, `Knotbook could not open "${name}": ${(error as Error).message}`);
  } finally {
    db?.close();
  }
}

/**
 * The first step of both drivers: what a killed Knotbook left of its own work on this file is
 * removed (db/backup/leftovers.ts: temporary copies beside it and in its backups folder, never
 * the file itself nor a backup); then an existing file is inspected (and refused, untouched, when
 * it must be); the folder of a new one is created. True when the file exists and has contents.
 */
function prepare(file: string, options: OpenOptions): boolean {
  removeLeftovers(file);
  const size = fileSize(file);
  if (size > 0) inspectExisting(file, size, options);
  else {
    try {
      fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    } catch (error) {
      throw cannotOpen(file, error);
    }
  }
  return size > 0;
}

/**
 * Before a file of an older schema is migrated, a verified copy of it goes into the backups
 * folder beside it (db/backup/before-migration.ts); without that copy the file is not updated,
 * and the open is refused with the copy's own plain words.
 */
const copyRefused = (file: string, error: unknown) => cannotOpen(file, error);

/**
 * The last step of both drivers: WAL journal, foreign keys on, synchronous=FULL so an
 * acknowledged write survives a crash or power cut, a busy timeout for a second process, then
 * the migrations up to the current schema and the statement cache.
 */
function openToWrite(file: string, options: OpenOptions): Database.Database {
  let db: Database.Database;
  try {
    db = new Database(file, { nativeBinding: options.nativeBinding });
  } catch (error) {
    throw cannotOpen(file, error, `Knotbook could not open "${path.basename(file)}": ${(error as Error).message}`);
  }
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // An existing file was inspected through the read-only connection a moment ago.
    migrate(db);
    // After the migrations, which run once: the app's own statements are compiled once each.
    cacheStatements(db);
    return db;
  } catch (error) {
    db.close();
    // A migration that runs into a damaged page rolls back whole: the records are as they were.
    if (isCorrupt(error)) throw damaged(path.basename(file));
    if (isDiskFull(error, path.dirname(path.resolve(file)))) throw cannotOpen(file, error);
    throw error;
  }
}

/**
 * Opens (or creates) a Knotbook database, waiting on this thread for everything: for tests,
 * `npm run serve` and the benchmarks. An existing file is inspected first, through a read-only
 * connection, and refused untouched (DatabaseOpenError) when it is not Knotbook's, too new or
 * visibly damaged; a file of an older schema is updated only after a verified copy of it is
 * kept. The full check of a big file runs afterwards, off the main thread: see db/integrity.ts.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Database.Database {
  if (prepare(file, options)) {
    try {
      backupBeforeMigration(file, { nativeBinding: options.nativeBinding });
    } catch (error) {
      throw copyRefused(file, error);
    }
  }
  return openToWrite(file, options);
}

/**
 * openDatabase with the same refusals, messages and guarantees, for the desktop app's main
 * process: the copy kept before an update is made with SQLite's online backup, a hundred pages
 * per turn of the event loop, and checked in a worker thread, with its progress told to
 * `options.onProgress`. The inspection and the update itself run on this thread (the inspection
 * reads only the small tables; the update is reported as 'updating' just before it starts).
 * Rejects with what openDatabase would throw: a DatabaseOpenError for a file it refuses, which
 * is then as it was.
 */
export async function openDatabaseAsync(file: string, options: AsyncOpenOptions = {}): Promise<Database.Database> {
  const report = throttleProgress(options.onProgress);
  if (prepare(file, options)) {
    let copy: BackupSummary | null;
    try {
      copy = await backupBeforeMigrationAsync(file, { nativeBinding: options.nativeBinding, onProgress: report });
    } catch (error) {
      throw copyRefused(file, error);
    }
    if (copy) {
      report({ stage: 'updating' });
      await nextTurn(); // lets the caller show "Updating your records" before the update holds this thread
    }
  }
  return openToWrite(file, options);
}

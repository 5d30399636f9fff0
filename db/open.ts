import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { KNOTBOOK_APPLICATION_ID, LATEST_SCHEMA_VERSION, migrate } from './migrations';

export type DatabaseOpenErrorCode = 'not_knotbook' | 'too_new' | 'damaged' | 'cannot_open';

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

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

function hasContent(file: string): boolean {
  try {
    return fs.statSync(file).size > 0;
  } catch {
    return false;
  }
}

function readHeader(file: string): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const header = Buffer.alloc(SQLITE_HEADER.length);
    fs.readSync(fd, header, 0, header.length, 0);
    return header;
  } finally {
    fs.closeSync(fd);
  }
}

function sqliteCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

/**
 * Looks at an existing file through a read-only connection and refuses it, untouched,
 * when it is not a Knotbook database, was written by a newer Knotbook, or is damaged.
 */
function inspectExisting(file: string, options: OpenOptions): void {
  const name = path.basename(file);
  if (!readHeader(file).equals(SQLITE_HEADER)) {
    throw new DatabaseOpenError(
      'not_knotbook',
      `"${name}" is not a Knotbook database. Knotbook has left it as it was.`,
    );
  }
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
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') {
      throw new DatabaseOpenError(
        'damaged',
        `"${name}" is damaged and cannot be opened safely. Restore it from a backup; Knotbook has not changed it.`,
      );
    }
  } catch (error) {
    if (error instanceof DatabaseOpenError) throw error;
    const code = sqliteCode(error);
    if (code === 'SQLITE_NOTADB') {
      throw new DatabaseOpenError(
        'not_knotbook',
        `"${name}" is not a Knotbook database. Knotbook has left it as it was.`,
      );
    }
    if (code === 'SQLITE_CORRUPT') {
      throw new DatabaseOpenError(
        'damaged',
        `"${name}" is damaged and cannot be opened safely. Restore it from a backup; Knotbook has not changed it.`,
      );
    }
    throw new DatabaseOpenError('cannot_open', `Knotbook could not open "${name}": ${(error as Error).message}`);
  } finally {
    db?.close();
  }
}

/**
 * Opens (or creates) a Knotbook database: WAL journal, foreign keys on, synchronous=FULL so an
 * acknowledged write survives a crash or power cut, a busy timeout for a second process, then
 * migrations up to the current schema. An existing file is checked (quick_check) first, through
 * a read-only connection, and refused untouched when it is damaged.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Database.Database {
  if (hasContent(file)) inspectExisting(file, options);
  else fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });

  let db: Database.Database;
  try {
    db = new Database(file, { nativeBinding: options.nativeBinding });
  } catch (error) {
    throw new DatabaseOpenError(
      'cannot_open',
      `Knotbook could not open "${path.basename(file)}": ${(error as Error).message}`,
    );
  }
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // An existing file was checked (quick_check) through the read-only connection a moment ago;
    // checking it again here doubled the time to open for nothing.
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

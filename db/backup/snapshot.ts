/**
 * The live database's bytes as one consistent snapshot, read straight from its file, so that an
 * encrypted backup needs no plain copy on disk (db/backup/encrypted-backup.ts).
 *
 * How (SQLite's write-ahead log, https://sqlite.org/wal.html, and src/wal.c): a passive
 * checkpoint on the app's connection copies every committed change from the `-wal` file into the
 * database file, without waiting for anyone. When it copied them all, a read transaction begun
 * then on a second, read-only connection reads the database file alone and ignores the log
 * (it holds the log's read lock 0), and no checkpoint can write into the file while that lock is
 * held (`walCheckpoint` needs it exclusively), so the file's bytes stay exactly that snapshot
 * however many writes the app commits meanwhile: they go to the log and are copied in after
 * the snapshot ends. A checkpoint that copied everything also cut the file to the page count, so
 * the file is page count × page size bytes.
 *
 * When the checkpoint could not copy everything (another reader still needs an older state),
 * or another connection wrote between the checkpoint and the snapshot (`PRAGMA data_version`
 * changed), no snapshot is opened and the caller does something else.
 *
 * The lock-byte page (at 1 GiB, only in bigger files) holds nothing and is never read or
 * written by SQLite; on Windows its bytes are locked, so it is given as zeros without reading
 * it, as SQLite's own online backup leaves it.
 */
import fs from 'node:fs';
import fsp, { type FileHandle } from 'node:fs/promises';
import Database from 'better-sqlite3';
import { BackupError } from './errors';
import type { ExpectedContents } from './verify';
import { sourceContents } from './write';

/** Read and encrypted in pieces of this size: a multiple of every page size (at most 64 KiB). */
export const SNAPSHOT_CHUNK = 1024 * 1024;
/** The lock-byte page starts here (https://sqlite.org/fileformat.html). */
const LOCK_BYTE_OFFSET = 0x40000000;
const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

/** Why no snapshot could be opened (for tests and the benchmark; the caller falls back). */
export type SnapshotRefusal = 'not_a_file' | 'not_wal' | 'log_in_use' | 'written_meanwhile' | 'size';

export interface FileSnapshot {
  file: string;
  pageSize: number;
  pageCount: number;
  /** page count × page size: the length of what `chunks` yields. */
  bytes: number;
  applicationId: number;
  /** What the snapshot holds: schema version, clients, sessions. */
  contents: ExpectedContents;
  /**
   * The file's bytes in the snapshot, `SNAPSHOT_CHUNK` at a time, each a new buffer; the header is
   * checked in the first. `onProgress` runs after each piece with the bytes given so far. The
   * snapshot ends (`close`) after the last piece, or when the reading stops.
   */
  chunks(onProgress?: (done: number, total: number) => void): AsyncGenerator<Buffer>;
  /** Ends the read transaction and closes the second connection. Safe to call twice. */
  close(): void;
}

const NOT_VERIFIED =
  'The encrypted backup did not read back as a good copy of your records, so Knotbook did not keep it. ' +
  'Your records are unchanged; try again, or save the backup on another disk.';

const refusedCopy = (detail: string) => new BackupError('not_verified', NOT_VERIFIED, detail);

/** Reads exactly `length` bytes at `position` into `buffer` at `offset`; a file that ends sooner has changed. */
async function readExactly(handle: FileHandle, buffer: Buffer, offset: number, length: number, position: number) {
  let done = 0;
  while (done < length) {
    const { bytesRead } = await handle.read(buffer, offset + done, length - done, position + done);
    if (bytesRead === 0) throw refusedCopy('file shorter than its pages');
    done += bytesRead;
  }
}

/** One piece of the file at `position`, with the lock-byte page (if it falls in it) as zeros, not read. */
export async function readPiece(
  handle: FileHandle,
  position: number,
  length: number,
  pageSize: number,
): Promise<Buffer> {
  const piece = Buffer.allocUnsafe(length); // every byte is read or zeroed below
  const lockStart = LOCK_BYTE_OFFSET - position;
  if (lockStart < 0 || lockStart >= length) {
    await readExactly(handle, piece, 0, length, position);
    return piece;
  }
  const lockEnd = Math.min(length, lockStart + pageSize);
  await readExactly(handle, piece, 0, lockStart, position);
  piece.fill(0, lockStart, lockEnd);
  await readExactly(handle, piece, lockEnd, length - lockEnd, position + lockEnd);
  return piece;
}

/**
 * The database header at the start of the first piece says what the snapshot's connection saw:
 * SQLite's magic, the page size, Knotbook's application id, the schema version, and the page
 * count where the header's count is valid (its change counter equals "version valid for").
 */
function checkHeader(first: Buffer, snapshot: FileSnapshot): void {
  if (first.length < 100 || !first.subarray(0, 16).equals(SQLITE_MAGIC)) throw refusedCopy('header magic');
  const pageSizeField = first.readUInt16BE(16);
  if ((pageSizeField === 1 ? 65536 : pageSizeField) !== snapshot.pageSize) throw refusedCopy('header page size');
  if (first.readUInt32BE(68) !== snapshot.applicationId >>> 0) throw refusedCopy('header application id');
  if (first.readUInt32BE(60) !== snapshot.contents.schemaVersion) throw refusedCopy('header schema version');
  const countValid = first.readUInt32BE(24) === first.readUInt32BE(92);
  if (countValid && first.readUInt32BE(28) !== snapshot.pageCount) throw refusedCopy('header page count');
}

export interface SnapshotOptions {
  /** Path to a better-sqlite3 build for this runtime, for the second connection. */
  nativeBinding?: string | undefined;
  /** Test hook: runs between the checkpoint and the snapshot (where another program's write would fall). */
  afterCheckpoint?: () => void;
}

/**
 * Opens a snapshot of `db`'s file (see the top of this file), or says why it could not. The
 * caller must `close` it; while it is open, SQLite cannot copy the app's new writes into the
 * file, so the `-wal` file grows until then.
 */
export function openFileSnapshot(
  db: Database.Database,
  options: SnapshotOptions = {},
): FileSnapshot | { refused: SnapshotRefusal } {
  if (db.memory || !db.name) return { refused: 'not_a_file' };
  if (String(db.pragma('journal_mode', { simple: true })).toLowerCase() !== 'wal') return { refused: 'not_wal' };
  const dataVersion = () => db.pragma('data_version', { simple: true }) as number;
  const before = dataVersion();
  const [result] = db.pragma('wal_checkpoint(PASSIVE)') as { busy: number; log: number; checkpointed: number }[];
  if (!result || result.busy !== 0 || result.log !== result.checkpointed) return { refused: 'log_in_use' };
  options.afterCheckpoint?.();

  const reader = new Database(db.name, { readonly: true, fileMustExist: true, nativeBinding: options.nativeBinding });
  let open = true;
  const close = () => {
    if (!open) return;
    open = false;
    if (reader.inTransaction) reader.exec('COMMIT');
    reader.close();
  };
  try {
    reader.exec('BEGIN');
    // The first read starts the snapshot; everything below is read in it.
    const contents = sourceContents(reader);
    if (dataVersion() !== before) {
      close();
      return { refused: 'written_meanwhile' };
    }
    const pageSize = reader.pragma('page_size', { simple: true }) as number;
    const pageCount = reader.pragma('page_count', { simple: true }) as number;
    const applicationId = reader.pragma('application_id', { simple: true }) as number;
    const bytes = pageSize * pageCount;
    if (fs.statSync(db.name).size !== bytes) {
      close();
      return { refused: 'size' };
    }
    const file = db.name;
    const snapshot: FileSnapshot = {
      file,
      pageSize,
      pageCount,
      bytes,
      applicationId,
      contents,
      close,
      async *chunks(onProgress) {
        const handle = await fsp.open(file, 'r');
        try {
          for (let position = 0; position < bytes; position += SNAPSHOT_CHUNK) {
            if (!open) throw new Error('snapshot: read after close');
            const length = Math.min(SNAPSHOT_CHUNK, bytes - position);
            const piece = await readPiece(handle, position, length, pageSize);
            if (position === 0) checkHeader(piece, snapshot);
            yield piece;
            onProgress?.(position + length, bytes);
          }
        } finally {
          close();
          await handle.close().catch(() => undefined);
        }
      },
    };
    return snapshot;
  } catch (error) {
    close();
    throw error;
  }
}

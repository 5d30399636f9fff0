/** File-level helpers: the SQLite header, durable writes, and quiet removal of our own files. */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
/** The database header at the start of page 1 (https://sqlite.org/fileformat.html). */
export const HEADER_BYTES = 100;

/** What the first 100 bytes of a file say, read without opening it as a database. */
export interface HeaderFacts {
  /** The file starts with the 16 bytes "SQLite format 3\0". */
  isSqlite: boolean;
  /** The file is shorter than the size its header vouches for: a copy cut short. */
  truncated: boolean;
  /** Bytes 18 and 19 say write-ahead log: a reader would create `-wal` and `-shm` files beside it. */
  walMode: boolean;
}

export function readHeader(file: string): HeaderFacts {
  const size = fs.statSync(file).size;
  const header = Buffer.alloc(HEADER_BYTES);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, header, 0, HEADER_BYTES, 0);
  } finally {
    fs.closeSync(fd);
  }
  const isSqlite = size >= HEADER_BYTES && header.subarray(0, SQLITE_MAGIC.length).equals(SQLITE_MAGIC);
  if (!isSqlite) return { isSqlite, truncated: false, walMode: false };
  // Page size at 16 (1 means 65536), page count at 28, valid when the change counter at 24
  // equals the "version valid for" number at 92 (as db/open.ts reads it).
  const pageSizeField = header.readUInt16BE(16);
  const pageSize = pageSizeField === 1 ? 65536 : pageSizeField;
  const pageCount = header.readUInt32BE(28);
  const sizeIsValid = pageCount > 0 && header.readUInt32BE(24) === header.readUInt32BE(92);
  return {
    isSqlite,
    truncated: sizeIsValid && size < pageCount * pageSize,
    walMode: header[18] === 2 || header[19] === 2,
  };
}

/** The files SQLite may keep beside a database. */
export const SIDECARS = ['-wal', '-shm', '-journal'] as const;

export function hasSidecars(file: string): boolean {
  return SIDECARS.some((suffix) => fs.existsSync(`${file}${suffix}`));
}

/** Removes a file of ours if it is there; never throws. */
export function removeQuietly(file: string): void {
  try {
    fs.rmSync(file, { force: true });
  } catch {
    // Left behind: a later rotation removes our temporary files.
  }
}

/** Removes a temporary database of ours and whatever SQLite left beside it. */
export function removeWithSidecars(file: string): void {
  removeQuietly(file);
  for (const suffix of SIDECARS) removeQuietly(`${file}${suffix}`);
}

/** Flushes a file's contents to the disk. */
export function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Flushes a folder's entries (a rename) to the disk where the system allows it (not on Windows). */
export function fsyncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(folder, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Windows cannot open a folder for flushing; NTFS journals the rename itself.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

export function randomSuffix(): string {
  return crypto.randomBytes(6).toString('hex');
}

/**
 * Moves `temp` to `final` in one step. Without `overwrite`, an existing `final` is never
 * replaced: a hard link fails when the name is taken, so two writers cannot both win; where
 * links are not supported (FAT and exFAT drives) the name is checked just before the rename.
 * Returns false when `final` exists and was kept.
 */
export function moveIntoPlace(temp: string, final: string, overwrite: boolean): boolean {
  if (overwrite) {
    fs.renameSync(temp, final);
  } else {
    try {
      fs.linkSync(temp, final);
      removeQuietly(temp);
    } catch (error) {
      const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
      if (code === 'EEXIST') return false;
      if (fs.existsSync(final)) return false;
      fs.renameSync(temp, final);
    }
  }
  fsyncFolder(path.dirname(final));
  return true;
}

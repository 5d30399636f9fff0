/**
 * Writing an export file of any size: the rows come from a snapshot (export-snapshot.ts), the
 * text goes to a hidden temporary file beside the destination in pieces of about 256 KB,
 * each write awaited before the next piece is made (so memory holds one piece, and other calls
 * are answered between pieces), then the file is flushed to the disk and renamed into place. A
 * failure or a stop leaves no file behind; a kill leaves only the temporary file, whose name
 * (db/backup/names.ts tempPathFor) carries the process id so the start-up cleaning knows it
 * (where it looks: see removeLeftovers).
 */
import fs from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { writeFailure } from '../backup/errors';
import { moveIntoPlace, randomSuffix, removeQuietly, SIDECARS } from '../backup/files';
import { tempPathFor } from '../backup/names';
import { AppError } from '../errors';
import { openExportSnapshot, type ExportSnapshot } from './export-snapshot';
import type { ExportScope } from './format';

/** About this many bytes of text are made before each write. */
export const PIECE_BYTES = 1 << 18;

export interface ExportProgress {
  /** Rows written so far, of `totalRows` (every table counted before the first is written). */
  rows: number;
  totalRows: number;
}

export interface ExportFileOptions {
  /** Called after each piece is written, and once at the end. */
  onProgress?: ((progress: ExportProgress) => void) | undefined;
  /** Stops the export between two pieces (for instance before a restore): no file is saved. */
  signal?: AbortSignal | undefined;
  /** The compiled better-sqlite3 module the app uses (db/native-binding.ts); Node's by default. */
  nativeBinding?: string | undefined;
  /** The export's time (`exportedAt`): the clock's by default. */
  now?: Date | undefined;
}

export interface ExportFileSummary {
  file: string;
  bytes: number;
  rows: number;
  exportedAt: string;
}

/** What a writer of one format is given: the rows, where to put bytes, and how to count rows. */
export interface ExportSink {
  snapshot: ExportSnapshot;
  /** Writes all of `piece` to the file (awaited: backpressure). */
  write(piece: string | Uint8Array): Promise<void>;
  /** Counts rows written (for progress) and stops here if the export was stopped. */
  rowsWritten(count: number): void;
}

const STOPPED = 'The export was stopped before it finished, so no file was saved. Your records are unchanged.';

async function writeAll(handle: FileHandle, piece: string | Uint8Array): Promise<number> {
  const bytes = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
  for (let offset = 0; offset < bytes.length;) {
    const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset);
    offset += bytesWritten;
  }
  return bytes.length;
}

function refuseDatabaseItself(db: Database.Database, final: string): void {
  if (!db.name) return;
  const database = path.resolve(db.name);
  if ([database, ...SIDECARS.map((suffix) => `${database}${suffix}`)].includes(final)) {
    throw new AppError(
      'invalid_input',
      'An export cannot replace the Knotbook file it is made from. Choose another name; nothing was changed.',
    );
  }
}

/**
 * Writes one export file to `destination` (replacing a file of that name once the export is
 * complete: the save dialog has asked) with `body`, which writes the format's bytes. Rejects in
 * plain words (AppError) when the disk is full, the folder cannot be written, or it was stopped.
 */
export async function writeExportFile(
  db: Database.Database,
  scope: ExportScope,
  destination: string,
  options: ExportFileOptions,
  body: (sink: ExportSink) => Promise<void>,
): Promise<ExportFileSummary> {
  const final = path.resolve(destination);
  const folder = path.dirname(final);
  refuseDatabaseItself(db, final);
  const snapshot = openExportSnapshot(db, scope, {
    nativeBinding: options.nativeBinding,
    now: options.now ?? new Date(),
  });
  // Named `.knotbook-export-<name>.p<pid>-<random>.partial` whatever name the therapist chose, so
  // it is always a name the start-up cleaning recognises (names.ts tempFileOwner).
  const temp = tempPathFor(path.join(folder, `knotbook-export-${path.basename(final)}`), randomSuffix());
  let handle: FileHandle | undefined;
  try {
    handle = await fs.promises.open(temp, 'wx');
    const file = handle;
    let bytes = 0;
    let rows = 0;
    const report = () => options.onProgress?.({ rows, totalRows: snapshot.total });
    await body({
      snapshot,
      write: async (piece) => {
        bytes += await writeAll(file, piece);
        report();
      },
      rowsWritten: (count) => {
        if (options.signal?.aborted) throw new AppError('conflict', STOPPED);
        rows += count;
      },
    });
    await file.sync();
    await file.close();
    handle = undefined;
    moveIntoPlace(temp, final, true);
    report();
    return { file: final, bytes, rows, exportedAt: snapshot.header.exportedAt };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw writeFailure(error, folder, 'save the export');
  } finally {
    snapshot.close();
    await handle?.close().catch(() => undefined);
    removeQuietly(temp); // gone after the rename; after a failure, nothing half-written is left
  }
}

/**
 * "Export everything" (or one client) as CSV files in a zip of any size: one `<table>.csv` per
 * table, each the same text as `exportCsv` (csv.ts) gives, made a few thousand rows at a time and
 * compressed into the zip as it goes (fflate's streaming `Zip` with `ZipDeflate`), written to the
 * file piece by piece (export-file.ts), so memory does not grow with the practice.
 *
 * fflate writes no Zip64 records, so a zip holds at most 4 GiB, and so does each file in it; an
 * export that would pass that stops with a plain message (the JSON export has no such limit)
 * rather than leaving a zip that opens wrong.
 */
import type Database from 'better-sqlite3';
import { Zip, ZipDeflate } from 'fflate';
import { AppError } from '../errors';
import { csvRows, tableCsv } from './csv';
import {
  PIECE_BYTES,
  writeExportFile,
  type ExportFileOptions,
  type ExportFileSummary,
  type ExportSink,
} from './export-file';
import { TABLE_NAMES, type ExportScope } from './format';
import type { AnyRow } from './tables';

/** The largest size a zip without Zip64 records can state, for an entry or for the whole file. */
export const ZIP_LIMIT_BYTES = 0xffff_ffff;
/** Rows made into CSV text at a time. */
const ROWS_PER_PIECE = 250;
/**
 * The fastest level: on the bench's practice it made the zip about a tenth larger than fflate's
 * default (6) in clearly less time, and the time is what a whole practice is short of.
 */
const COMPRESSION_LEVEL = 1;

const TOO_LARGE =
  'These records make CSV files larger than a zip file can hold (4 GB). Export everything as JSON instead, which has no such limit; no file was saved and your records are unchanged.';

async function writeCsvZip({ snapshot, write, rowsWritten }: ExportSink): Promise<void> {
  let output: Uint8Array[] = [];
  let failure: Error | null = null;
  let zipBytes = 0;
  const zip = new Zip((error, data) => {
    if (error) failure = error;
    else output.push(data);
  });
  /** Writes what the zip has made so far. */
  const drain = async () => {
    if (failure) throw failure;
    const pieces = output;
    output = [];
    for (const piece of pieces) {
      zipBytes += piece.length;
      if (zipBytes > ZIP_LIMIT_BYTES) throw new AppError('invalid_input', TOO_LARGE);
      await write(piece);
    }
  };
  const mtime = new Date(snapshot.header.exportedAt);
  for (const table of TABLE_NAMES) {
    const entry = new ZipDeflate(`${table}.csv`, { level: COMPRESSION_LEVEL });
    entry.mtime = mtime;
    zip.add(entry);
    let entryBytes = 0;
    const push = async (text: string, rows: number, final: boolean) => {
      const bytes = Buffer.from(text, 'utf8');
      entryBytes += bytes.length;
      if (entryBytes > ZIP_LIMIT_BYTES) throw new AppError('invalid_input', TOO_LARGE);
      rowsWritten(rows);
      entry.push(bytes, final);
      await drain();
    };
    let text = tableCsv(table, []); // the byte order mark and the header row
    let batch: AnyRow[] = [];
    let batchRows = 0;
    for (const row of snapshot.rows(table)) {
      batch.push(row);
      if (batch.length < ROWS_PER_PIECE) continue;
      text += csvRows(table, batch);
      batchRows += batch.length;
      batch = [];
      if (text.length < PIECE_BYTES) continue;
      await push(text, batchRows, false);
      text = '';
      batchRows = 0;
    }
    text += csvRows(table, batch);
    await push(text, batchRows + batch.length, true);
  }
  zip.end();
  await drain();
}

/**
 * Writes the export of `scope` (`{ kind: 'all' }` or one client) to `destinationFile` as a zip of
 * CSV files, one per table. Resolves once the file is complete, flushed and in place.
 */
export function writeExportCsvZip(
  db: Database.Database,
  scope: ExportScope,
  destinationFile: string,
  options: ExportFileOptions = {},
): Promise<ExportFileSummary> {
  return writeExportFile(db, scope, destinationFile, options, writeCsvZip);
}

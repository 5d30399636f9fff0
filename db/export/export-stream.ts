/**
 * "Export everything" (or one client) as a JSON file of any size: the same text as
 * `toJsonText(exportAll(db))` (export.ts), byte for byte, written a piece at a time from rows
 * read one by one (export-file.ts), so memory does not grow with the practice.
 *
 * The text is JSON.stringify's with two spaces: the header fields, then `"tables"` with each
 * table's rows as a list, each row at six spaces (an empty table is `[]`). JSON.stringify never
 * writes a line break inside a string, so a row's own lines are indented by adding six spaces
 * after each of its line breaks.
 */
import type Database from 'better-sqlite3';
import {
  PIECE_BYTES,
  writeExportFile,
  type ExportFileOptions,
  type ExportFileSummary,
  type ExportSink,
} from './export-file';
import { TABLE_NAMES, type ExportScope } from './format';

const ROW_INDENT = '\n      ';

async function writeJson({ snapshot, write, rowsWritten }: ExportSink): Promise<void> {
  // The header as JSON.stringify writes it, without its closing "\n}".
  let piece = `${JSON.stringify(snapshot.header, null, 2).slice(0, -2)},\n  "tables": {`;
  let pieceRows = 0;
  const flush = async () => {
    rowsWritten(pieceRows);
    await write(piece);
    piece = '';
    pieceRows = 0;
  };
  for (const [index, table] of TABLE_NAMES.entries()) {
    piece += `${index === 0 ? '' : ','}\n    ${JSON.stringify(table)}: [`;
    let first = true;
    for (const row of snapshot.rows(table)) {
      piece += `${first ? '' : ','}${ROW_INDENT}${JSON.stringify(row, null, 2).replaceAll('\n', ROW_INDENT)}`;
      first = false;
      pieceRows += 1;
      if (piece.length >= PIECE_BYTES) await flush();
    }
    piece += first ? ']' : '\n    ]';
  }
  piece += '\n  }\n}\n';
  await flush();
}

/**
 * Writes the export of `scope` (`{ kind: 'all' }` or one client) to `destinationFile` as JSON,
 * the file Knotbook imports. Resolves once the file is complete, flushed and in place.
 */
export function writeExportJson(
  db: Database.Database,
  scope: ExportScope,
  destinationFile: string,
  options: ExportFileOptions = {},
): Promise<ExportFileSummary> {
  return writeExportFile(db, scope, destinationFile, options, writeJson);
}

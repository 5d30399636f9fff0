/**
 * The export as spreadsheets: one CSV text per table (RFC 4180), for reading in a spreadsheet
 * program. The JSON file is the one Knotbook imports; the CSV files are for people.
 *
 * - The first row is the column names; then one row per record, columns in the database's order.
 * - Fields holding a comma, a quote or a line break are quoted, quotes doubled; rows end with CRLF.
 * - An empty text is written as "" and a missing value (null) as nothing, so the two stay apart.
 * - JSON columns hold their JSON text; numbers as written by JavaScript (0.62, 3).
 * - Each text starts with a UTF-8 byte order mark (write it as UTF-8): without it, spreadsheet
 *   programs guess another encoding and show accents and other scripts garbled.
 * - A text that starts with = + - @ or a tab gets a ' in front, so a spreadsheet program shows it
 *   as text instead of running it as a formula (a note saying "=HYPERLINK(...)" must not become a
 *   link that sends data away). The JSON file keeps every text exactly.
 */
import { stringify } from 'csv-stringify/sync';
import { COLUMNS, JSON_COLUMNS, TABLE_NAMES, type KnotbookExport, type TableName } from './format';
import { rowsOf, type AnyRow } from './tables';

type Cell = string | number | null;

function cells(table: TableName, row: AnyRow): Cell[] {
  const json = JSON_COLUMNS[table];
  return COLUMNS[table].map((column): Cell => {
    const value = row[column];
    if (value === null || value === undefined) return null;
    if (json.includes(column)) return JSON.stringify(value);
    return typeof value === 'number' ? value : String(value);
  });
}

/** How every field and row is written (see the top of this file); the header and BOM are added per table. */
const ROW_OPTIONS = {
  record_delimiter: '\r\n',
  // Quote a line break of any kind, not only the CRLF that ends a row.
  quote_record_delimiter: true,
  // "" for an empty text; null stays an empty field.
  quoted_match: /^$/,
  escape_formulas: true,
} as const;

/** One table's CSV text, header row included even when the table is empty. */
export function tableCsv(table: TableName, rows: readonly AnyRow[]): string {
  return stringify(
    rows.map((row) => cells(table, row)),
    { ...ROW_OPTIONS, bom: true, header: true, columns: [...COLUMNS[table]] },
  );
}

/**
 * The same text in pieces, for writing a table without holding all its rows (csv-stream.ts):
 * `tableCsv(table, rows)` is `tableCsv(table, [])` followed by `csvRows(table, part)` for each
 * part of `rows`, in order.
 */
export function csvRows(table: TableName, rows: readonly AnyRow[]): string {
  return stringify(
    rows.map((row) => cells(table, row)),
    ROW_OPTIONS,
  );
}

/** Every table of the export as CSV text, by table name (each starts with a UTF-8 BOM). */
export function exportCsv(data: KnotbookExport): Map<TableName, string> {
  return new Map(TABLE_NAMES.map((table) => [table, tableCsv(table, rowsOf(data, table))]));
}

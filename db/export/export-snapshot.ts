/**
 * The rows of an export read from one consistent moment of the database, one row at a time, for
 * files too large to hold in memory (export-stream.ts, csv-stream.ts).
 *
 * The rows are read through a second, read-only connection to the same file, inside one read
 * transaction: in WAL mode it sees the database as it was when the transaction began, so the
 * tables agree with each other, while the app's own connection keeps answering (and writing)
 * between the pieces of the export. The app's connection cannot do this itself: while a
 * better-sqlite3 `.iterate()` is open, any other statement on that connection is refused ("This
 * database connection is busy executing a query"), and the export yields to other calls midway.
 */
import Database from 'better-sqlite3';
import { notFound } from '../errors';
import { schemaVersion } from '../migrations';
import { rowSources, selectRowsSql } from './export';
import {
  EXPORT_FORMAT,
  FORMAT_VERSION,
  TABLE_NAMES,
  type ExportScope,
  type KnotbookExport,
  type TableName,
} from './format';
import { fromStored, type AnyRow } from './tables';

/** Everything in an export file except its rows. */
export type ExportHeader = Omit<KnotbookExport, 'tables'>;

export interface ExportSnapshot {
  header: ExportHeader;
  /** How many rows each table will give, and all together (for progress). */
  counts: Record<TableName, number>;
  total: number;
  /** A table's rows in the file's form and order. Read one table at a time. */
  rows(table: TableName): Generator<AnyRow, void, undefined>;
  /** Ends the read transaction and closes the connection; safe to call twice. */
  close(): void;
}

export interface SnapshotOptions {
  /** The compiled better-sqlite3 module the app uses (db/native-binding.ts); Node's by default. */
  nativeBinding?: string | undefined;
  /** The export's time (`exportedAt`). */
  now: Date;
}

/**
 * Opens a read-only connection to `db`'s file and begins a read transaction there. A client
 * scope whose client is not in the database is refused (not_found), as exportClient refuses it.
 */
export function openExportSnapshot(
  db: Database.Database,
  scope: ExportScope,
  options: SnapshotOptions,
): ExportSnapshot {
  if (db.memory || !db.name) throw new Error('openExportSnapshot: the database has no file to read from');
  const reader = new Database(db.name, { readonly: true, fileMustExist: true, nativeBinding: options.nativeBinding });
  try {
    reader.exec('BEGIN');
    const { sources, params } = rowSources(scope);
    // The first read fixes what this transaction sees.
    if (scope.kind === 'client' && !reader.prepare('SELECT 1 FROM clients WHERE id = ?').get(scope.clientId)) {
      throw notFound('client');
    }
    const counts = Object.fromEntries(
      TABLE_NAMES.map((table) => {
        const from = sources[table];
        const count =
          from === null ? 0 : (reader.prepare(`SELECT count(*) FROM ${from}`).pluck().get(params) as number);
        return [table, count];
      }),
    ) as Record<TableName, number>;
    const header: ExportHeader = {
      format: EXPORT_FORMAT,
      formatVersion: FORMAT_VERSION,
      exportedAt: options.now.toISOString(),
      appSchemaVersion: schemaVersion(reader),
      scope,
    };
    return {
      header,
      counts,
      total: Object.values(counts).reduce((sum, n) => sum + n, 0),
      *rows(table) {
        const from = sources[table];
        if (from === null) return;
        for (const stored of reader.prepare(selectRowsSql(table, from)).iterate(params)) {
          yield fromStored(table, stored as AnyRow);
        }
      },
      close() {
        if (!reader.open) return;
        try {
          if (reader.inTransaction) reader.exec('COMMIT'); // nothing was written: this only ends the read
        } finally {
          reader.close();
        }
      },
    };
  } catch (error) {
    reader.close();
    throw error;
  }
}

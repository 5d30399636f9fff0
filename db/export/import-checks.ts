/**
 * The import's checks before it writes anything: is it a Knotbook export this version can read,
 * does every row fit the format, does its audit log hold together (format 3 on: every entry's hash
 * is over its content and the one before; in an export of everything the entries follow each
 * other from the start of the chain), are the keys unique, and does every record it points to
 * exist (in the file or already in the database)? Each refusal is an AppError in plain words,
 * ending with "Nothing was imported."
 */
import type { Database } from 'better-sqlite3';
import { AppError } from '../errors';
import { schemaVersion } from '../migrations';
import { auditHash, findAuditChainBreak, type AuditChainRow } from '../queries/audit-log';
import {
  EXPORT_FORMAT,
  exportSchema,
  FORMAT_VERSION,
  TABLE_NAMES,
  type KnotbookExport,
  type TableName,
} from './format';
import { describeFormatIssues, formatErrorMap } from './messages';
import { entryWords, KEYS, REFERENCES, rowsOf, toStored, type AnyRow } from './tables';

export const NOTHING_IMPORTED = 'Nothing was imported.';

const refuse = (message: string) => new AppError('invalid_input', `${message} ${NOTHING_IMPORTED}`);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** What the file says it is, checked before its rows: a newer file may have another shape. */
function checkHeader(db: Database, data: unknown): void {
  if (!isObject(data) || data.format !== EXPORT_FORMAT) {
    throw refuse('This file is not a Knotbook export.');
  }
  const { formatVersion, appSchemaVersion } = data;
  if (typeof formatVersion === 'number' && formatVersion > FORMAT_VERSION) {
    throw refuse(
      `This file was made by a newer version of Knotbook (export format ${formatVersion}; this Knotbook reads format ${FORMAT_VERSION}). Update Knotbook, then import it again.`,
    );
  }
  const ours = schemaVersion(db);
  if (typeof appSchemaVersion === 'number' && appSchemaVersion > ours) {
    throw refuse(
      `This file was exported from a newer version of Knotbook (database version ${appSchemaVersion}; this one is ${ours}). Update Knotbook, then import it again.`,
    );
  }
}

const keyOf = (table: TableName, row: AnyRow) => KEYS[table].map((k) => String(row[k])).join('\u0000');

/** Two rows of one table with the same key would be one record told twice, maybe differently. */
function checkUniqueKeys(file: KnotbookExport): void {
  for (const table of TABLE_NAMES) {
    if (table === 'audit_log') continue;
    const seen = new Map<string, number>();
    rowsOf(file, table).forEach((row, index) => {
      const key = keyOf(table, row);
      const first = seen.get(key);
      if (first !== undefined) {
        throw refuse(`${table} rows ${first + 1} and ${index + 1} are the same record (${KEYS[table].join(' and ')}).`);
      }
      seen.set(key, index);
    });
  }
}

/** Every record a row points to is in the file or already in the database. */
function checkReferences(db: Database, file: KnotbookExport): void {
  const ids = new Map<TableName, Set<unknown>>();
  const idsIn = (table: TableName) => {
    let set = ids.get(table);
    if (!set) {
      set = new Set(rowsOf(file, table).map((row) => row.id));
      ids.set(table, set);
    }
    return set;
  };
  for (const table of TABLE_NAMES) {
    for (const ref of REFERENCES[table]) {
      const inDatabase = db.prepare(`SELECT 1 FROM ${ref.table} WHERE id = ?`);
      rowsOf(file, table).forEach((row, index) => {
        const target = row[ref.column];
        if (target === null || idsIn(ref.table).has(target) || inDatabase.get(target)) return;
        throw refuse(
          `${table} row ${index + 1}: ${ref.column} points to a ${ref.noun} that is neither in the file nor in this database.`,
        );
      });
    }
  }
}

/** From format 3 on, the parts older files do not have are required. */
function checkFormatThree(file: KnotbookExport): void {
  if (file.formatVersion < 3) return;
  if (file.tables.built_in_exercises === undefined) throw refuse('The built_in_exercises table is missing.');
  file.tables.audit_log.forEach((entry, index) => {
    for (const column of ['prev_hash', 'hash'] as const) {
      if (entry[column] === undefined) throw refuse(`audit_log row ${index + 1}: ${column} is missing.`);
    }
  });
}

const CHAIN_WORDS: Record<string, string> = {
  changed: 'was changed after it was written',
  'missing before': 'does not follow the entry before it (entries were removed or put in before it)',
};

/**
 * The file's audit log as written (format 3 on): each entry's hash is over its content and its
 * prev_hash; in an export of everything, each entry follows the one before, from the start.
 */
function checkAuditChain(file: KnotbookExport): void {
  if (file.formatVersion < 3) return;
  const rows = file.tables.audit_log
    .map((entry) => toStored('audit_log', entry) as unknown as AuditChainRow)
    .sort((a, b) => a.id - b.id);
  const broken =
    file.scope.kind === 'all'
      ? findAuditChainBreak(rows)
      : (rows
          .filter((row) => row.hash !== auditHash(row.prev_hash, row))
          .map((row) => ({ id: row.id, at: row.at, reason: 'changed' }))[0] ?? null);
  if (!broken) return;
  throw refuse(
    `The audit log in this file does not hold together: ${entryWords(broken)} ${CHAIN_WORDS[broken.reason] ?? 'is not in its place'}.`,
  );
}

function checkScope(file: KnotbookExport): void {
  const { scope } = file;
  if (scope.kind === 'client' && !file.tables.clients.some((client) => client.id === scope.clientId)) {
    throw refuse('This file says it holds one client’s record, but that client is not in it.');
  }
}

/**
 * Everything checked before the import writes: returns the file, typed, or throws a refusal.
 * The returned object is the caller's own value (the format never transforms), so rows are
 * stored exactly as the file holds them, JSON key order included.
 */
export function checkImport(db: Database, data: unknown): KnotbookExport {
  checkHeader(db, data);
  const parsed = exportSchema.safeParse(data, { error: formatErrorMap });
  if (!parsed.success) throw refuse(describeFormatIssues(parsed.error.issues));
  const file = data as KnotbookExport;
  checkFormatThree(file);
  checkAuditChain(file);
  checkScope(file);
  checkUniqueKeys(file);
  checkReferences(db, file);
  return file;
}

/**
 * Importing an export file (the JSON form) into the open database, whole or not at all.
 *
 * In one transaction: the checks of import-checks.ts, then every row in dependency order.
 * - A row whose key is already in the database with the same content is "already present" and
 *   left alone; with different content it is a conflict, and the whole import is refused
 *   (naming the record): an import never overwrites what the therapist has.
 * - Audit entries are appended with new numbers (the log counts up and refuses changes); an
 *   entry counts as already present when one with the same time, actor, action, record, client
 *   and changes is there.
 * - When anything was imported, one audit entry records the import itself.
 * Foreign keys are checked at the end of the transaction (defer_foreign_keys), after the
 * import's own check that every record pointed to exists.
 */
import type { Database } from 'better-sqlite3';
import { AppError } from '../errors';
import { newId } from '../ids';
import { appendAudit } from '../queries/audit-log';
import { COLUMNS, TABLE_NAMES, type ExportRow, type ExportScope, type KnotbookExport, type TableName } from './format';
import { checkImport, NOTHING_IMPORTED } from './import-checks';
import {
  canonical,
  describeRow,
  differingColumns,
  fromStored,
  INSERT_ORDER,
  storedRowFinder,
  toStored,
  type AnyRow,
} from './tables';

export type TableCounts = Record<TableName, number>;

export interface ImportReport {
  /** Whose records the file held. */
  scope: ExportScope;
  /** Rows added, per table. */
  imported: TableCounts;
  /** Rows the database already had, identical, per table. */
  alreadyPresent: TableCounts;
}

const zeros = (): TableCounts => Object.fromEntries(TABLE_NAMES.map((t) => [t, 0])) as TableCounts;

interface Conflict {
  table: TableName;
  row: AnyRow;
  columns: string[];
}

function conflictRefusal(conflicts: readonly Conflict[]): AppError {
  const [first] = conflicts;
  if (!first) throw new Error('no conflict to report');
  const others = conflicts.length - 1;
  const more = others > 0 ? ` ${others} other record${others === 1 ? ' differs' : 's differ'} too.` : '';
  return new AppError(
    'conflict',
    `${describeRow(first.table, first.row)} already exists with different details (${first.columns.join(', ')}): nothing was imported.${more}`,
  );
}

const AUDIT_FIELDS = COLUMNS.audit_log.filter((c) => c !== 'id');
const auditKey = (entry: AnyRow) => canonical(AUDIT_FIELDS.map((c) => entry[c]));

/**
 * The entries not yet in the log, matched by everything but their number. Two identical entries
 * in the file need two in the log (a multiset), so nothing recorded twice is lost.
 */
function newAuditEntries(db: Database, entries: readonly ExportRow<'audit_log'>[]): ExportRow<'audit_log'>[] {
  const available = new Map<string, number>();
  const byClient = db.prepare(`SELECT ${COLUMNS.audit_log.join(', ')} FROM audit_log WHERE client_id = ?`);
  const withoutClient = db.prepare(`SELECT ${COLUMNS.audit_log.join(', ')} FROM audit_log WHERE client_id IS NULL`);
  for (const clientId of new Set(entries.map((e) => e.client_id))) {
    const rows = (clientId === null ? withoutClient.all() : byClient.all(clientId)) as AnyRow[];
    for (const row of rows) {
      const key = auditKey(fromStored('audit_log', row));
      available.set(key, (available.get(key) ?? 0) + 1);
    }
  }
  return entries.filter((entry) => {
    const key = auditKey(entry);
    const count = available.get(key) ?? 0;
    if (count === 0) return true;
    available.set(key, count - 1);
    return false;
  });
}

function insertRows(db: Database, table: TableName, rows: readonly AnyRow[], numbers: readonly number[]): void {
  const columns = table === 'audit_log' ? AUDIT_FIELDS : COLUMNS[table];
  const insert = db.prepare(
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
  );
  rows.forEach((row, i) => {
    const stored = toStored(table, row);
    if (table === 'audit_log') delete stored.id;
    try {
      insert.run(stored);
    } catch (error) {
      const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
      if (!code.startsWith('SQLITE_CONSTRAINT')) throw error;
      throw new AppError(
        'invalid_input',
        `${table} row ${(numbers[i] ?? 0) + 1} breaks a rule of the database, so it cannot be stored. ${NOTHING_IMPORTED}`,
      );
    }
  });
}

function run(db: Database, file: KnotbookExport, actor: string): ImportReport {
  db.pragma('defer_foreign_keys = ON');
  const imported = zeros();
  const alreadyPresent = zeros();
  const conflicts: Conflict[] = [];
  const toInsert = new Map<TableName, { rows: AnyRow[]; numbers: number[] }>();

  for (const table of INSERT_ORDER) {
    const rows = file.tables[table] as AnyRow[];
    const plan = { rows: [] as AnyRow[], numbers: [] as number[] };
    if (table === 'audit_log') {
      const fresh = new Set<AnyRow>(newAuditEntries(db, file.tables.audit_log));
      rows.forEach((row, index) => {
        if (!fresh.has(row)) return;
        plan.rows.push(row);
        plan.numbers.push(index);
      });
    } else {
      const findStored = storedRowFinder(db, table);
      rows.forEach((row, index) => {
        const stored = findStored(row);
        if (!stored) {
          plan.rows.push(row);
          plan.numbers.push(index);
          return;
        }
        const columns = differingColumns(table, row, stored);
        if (columns.length > 0) conflicts.push({ table, row, columns });
      });
    }
    imported[table] = plan.rows.length;
    alreadyPresent[table] = rows.length - plan.rows.length;
    toInsert.set(table, plan);
  }
  if (conflicts.length > 0) throw conflictRefusal(conflicts);

  for (const table of INSERT_ORDER) {
    const plan = toInsert.get(table);
    if (plan && plan.rows.length > 0) insertRows(db, table, plan.rows, plan.numbers);
  }
  const tablesImported = TABLE_NAMES.filter((t) => imported[t] > 0);
  if (tablesImported.length > 0) {
    appendAudit(db, {
      actor,
      action: 'create',
      entity: 'import',
      entityId: newId(),
      clientId: file.scope.kind === 'client' ? file.scope.clientId : null,
      changes: tablesImported,
    });
  }
  return { scope: file.scope, imported, alreadyPresent };
}

/**
 * Imports an export file's parsed JSON (`data` as read from the file, unchecked) as `actor`.
 * Returns what was added and what was already there; throws an AppError in plain words
 * ('invalid_input' for a file that does not fit, 'conflict' for a record that differs from
 * the one in the database), in which case nothing has changed.
 */
export function importJson(db: Database, data: unknown, actor: string): ImportReport {
  try {
    return db
      .transaction(() => {
        const file = checkImport(db, data);
        return run(db, file, actor);
      })
      .immediate();
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
    if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
      throw new AppError(
        'invalid_input',
        `Some records in this file point to records that are neither in the file nor in this database. ${NOTHING_IMPORTED}`,
      );
    }
    throw error;
  }
}

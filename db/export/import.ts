/**
 * Importing an export file (the JSON form) into the open database, whole or not at all.
 *
 * In one transaction: the checks of import-checks.ts, the plan of import-plan.ts, then every row
 * in dependency order.
 * - A row whose key is already in the database with the same content is "already present" and
 *   left alone; with different content it is a conflict, and the whole import is refused
 *   (naming the record): an import never overwrites what the therapist has.
 * - Signed records never change (signed-records.ts), and an import adds no history to records
 *   already here (import-audit.ts). A signed session new here is added as a draft, then its
 *   chart, plan and points, then signed: below the API, the database refuses any other change
 *   to a signed session.
 * - The file's new audit entries are appended to this database's chain with their original times.
 * - Settings and built-in exercise choices never refuse an import (import-settings.ts): those
 *   that differ are reported, and kept or taken as the therapist chose.
 * - One audit entry records the import for each client it touched, and one with no client for
 *   the practice's rows (exercises, settings, built-in choices, entries about no client).
 * Foreign keys are checked at the end of the transaction (defer_foreign_keys), after the
 * import's own check that every record pointed to exists.
 */
import type { Database } from 'better-sqlite3';
import type { ImportSettingsChoice, SettingDifference } from '../api/contract';
import { AppError } from '../errors';
import { newId } from '../ids';
import { appendAudit } from '../queries/audit-log';
import { TABLE_NAMES, type ExportScope, type KnotbookExport, type TableName } from './format';
import { appendFileEntries, checkHistory, newAuditEntries } from './import-audit';
import { checkImport, NOTHING_IMPORTED } from './import-checks';
import { Belonging, planRecords, type Conflict } from './import-plan';
import { importPractice } from './import-settings';
import { checkSignedRecords } from './signed-records';
import { describeRow, RECORD_TABLES, toStored, type AnyRow, type RecordTable } from './tables';

export type TableCounts = Record<TableName, number>;

export interface ImportReport {
  /** Whose records the file held. */
  scope: ExportScope;
  /** Rows added, per table (settings and built-in choices taken from the file included). */
  imported: TableCounts;
  /** Rows the database already had, identical, per table. */
  alreadyPresent: TableCounts;
  /** Settings that differ from this database's, in words. */
  settingsDiffer: SettingDifference[];
  /** What was done with them: kept as they were here, or the file's taken. */
  settings: ImportSettingsChoice;
}

const zeros = (): TableCounts => Object.fromEntries(TABLE_NAMES.map((t) => [t, 0])) as TableCounts;

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

/** What signing sets on a session; a signed session new here is added with these as a draft has them. */
const SIGNING = ['status', 'signed_by', 'signed_at', 'signed_record'] as const;
const DRAFT = { status: 'draft', signed_by: null, signed_at: null, signed_record: null };

function insertRows(db: Database, table: RecordTable, rows: readonly AnyRow[], numbers: readonly number[]): void {
  const stored = rows.map((row) => toStored(table, row));
  const columns = Object.keys(stored[0] ?? {});
  const insert = db.prepare(
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
  );
  stored.forEach((values, i) => {
    // A signed session goes in as a draft; it is signed once what is locked with it is in.
    const row = table === 'sessions' && values.status === 'signed' ? { ...values, ...DRAFT } : values;
    try {
      insert.run(row);
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

/** Signs the sessions added as drafts, as the file has them signed: the one change a draft may take. */
function signSessions(db: Database, sessions: readonly AnyRow[]): void {
  const sign = db.prepare(
    `UPDATE sessions SET ${SIGNING.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id AND status = 'draft'`,
  );
  for (const row of sessions) {
    if (row.status !== 'signed') continue;
    const stored = toStored('sessions', row);
    sign.run({ id: stored.id, ...Object.fromEntries(SIGNING.map((c) => [c, stored[c]])) });
  }
}

function run(db: Database, file: KnotbookExport, actor: string, choice: ImportSettingsChoice): ImportReport {
  db.pragma('defer_foreign_keys = ON');
  const plan = planRecords(db, file);
  const belonging = new Belonging(db, file);
  checkSignedRecords(db, file, plan, belonging);
  const entries = newAuditEntries(db, file.tables.audit_log);
  checkHistory(db, entries, plan);
  if (plan.conflicts.length > 0) throw conflictRefusal(plan.conflicts);

  const imported = zeros();
  const alreadyPresent = zeros();
  /** The tables each client got rows in; null is the practice. */
  const touched = new Map<string | null, Set<TableName>>();
  const touch = (clientId: string | null, table: TableName) => {
    const tables = touched.get(clientId) ?? new Set<TableName>();
    tables.add(table);
    touched.set(clientId, tables);
  };

  for (const table of RECORD_TABLES) {
    // What is locked with a session is in by now (SIGNED_WITH_SESSION): sign the new signed ones.
    if (table === 'handouts') signSessions(db, plan.tables.sessions.rows);
    const { rows, numbers, present } = plan.tables[table];
    imported[table] = rows.length;
    alreadyPresent[table] = present;
    for (const row of rows) touch(belonging.clientOf(table, row), table);
    if (rows.length > 0) insertRows(db, table, rows, numbers);
  }

  const practice = importPractice(db, file, choice);
  for (const table of ['settings', 'built_in_exercises'] as const) {
    imported[table] = practice.imported[table];
    alreadyPresent[table] = practice.alreadyPresent[table];
    if (imported[table] > 0) touch(null, table);
  }

  appendFileEntries(db, entries);
  imported.audit_log = entries.length;
  alreadyPresent.audit_log = file.tables.audit_log.length - entries.length;
  for (const entry of entries) touch(entry.client_id, 'audit_log');

  const importId = newId();
  for (const [clientId, tables] of touched) {
    appendAudit(db, {
      actor,
      action: 'create',
      entity: 'import',
      entityId: importId,
      clientId,
      changes: TABLE_NAMES.filter((t) => tables.has(t)),
    });
  }
  return { scope: file.scope, imported, alreadyPresent, settingsDiffer: practice.differences, settings: choice };
}

/**
 * Imports an export file's parsed JSON (`data` as read from the file, unchecked) as `actor`.
 * Settings that differ from this database's are kept unless `settings` is 'replace'.
 * Returns what was added, what was already there and which settings differ; throws an AppError
 * in plain words ('invalid_input' for a file that does not fit, 'conflict' for a record that
 * differs from the one in the database, 'read_only' for a change to a signed record or to the
 * history of a record here), in which case nothing has changed.
 */
export function importJson(
  db: Database,
  data: unknown,
  actor: string,
  settings: ImportSettingsChoice = 'keep',
): ImportReport {
  try {
    return db
      .transaction(() => {
        const file = checkImport(db, data);
        return run(db, file, actor, settings);
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

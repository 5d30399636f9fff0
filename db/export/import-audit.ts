/**
 * The audit log on import: which of the file's entries are new here, the refusal of history
 * about records this database already has (a backdated "delete" by someone who never worked here
 * is not history an import may write), and appending the new entries to this database's own
 * chain, keeping their original times.
 *
 * An entry is "already present" when one with the same time, actor, action, record, client and
 * changes is here: its number and its hashes are the exporting database's and do not count.
 */
import type { Database } from 'better-sqlite3';
import { AppError } from '../errors';
import { appendAudit, type AuditAction } from '../queries/audit-log';
import { COLUMNS, type ExportRow } from './format';
import { NOTHING_IMPORTED } from './import-checks';
import type { ImportPlan } from './import-plan';
import { canonical, describeRow, entryWords, storedRowFinder, type AnyRow, type RecordTable } from './tables';

type AuditRow = ExportRow<'audit_log'>;

const CONTENT = COLUMNS.audit_log.filter((c) => c !== 'id' && c !== 'prev_hash' && c !== 'hash');
const contentKey = (entry: AnyRow) => canonical(CONTENT.map((c) => entry[c]));

/**
 * The entries not yet in the log, in the order they were written (by their number in the file).
 * Two identical entries in the file need two in the log (a multiset), so nothing recorded twice
 * is lost.
 */
export function newAuditEntries(db: Database, entries: readonly AuditRow[]): AuditRow[] {
  const available = new Map<string, number>();
  const select = (where: string) => db.prepare(`SELECT ${CONTENT.join(', ')} FROM audit_log WHERE ${where}`);
  const byClient = select('client_id = ?');
  const withoutClient = select('client_id IS NULL');
  for (const clientId of new Set(entries.map((e) => e.client_id))) {
    const rows = (clientId === null ? withoutClient.iterate() : byClient.iterate(clientId)) as Iterable<AnyRow>;
    for (const row of rows) {
      const key = contentKey({ ...row, changes: JSON.parse(String(row.changes)) as unknown });
      available.set(key, (available.get(key) ?? 0) + 1);
    }
  }
  return entries
    .filter((entry) => {
      const key = contentKey(entry);
      const count = available.get(key) ?? 0;
      if (count === 0) return true;
      available.set(key, count - 1);
      return false;
    })
    .sort((a, b) => a.id - b.id);
}

/** The table a kind of audit entry is about (entity_id is that table's id). */
const ENTITY_TABLES: Partial<Record<string, RecordTable>> = {
  client: 'clients',
  session: 'sessions',
  home_care_plan: 'sessions',
  mark: 'marks',
  referral_zone: 'referral_zones',
  exercise: 'exercises',
  home_care_plan_item: 'home_care_plan_items',
  handout: 'handouts',
  amendment: 'amendments',
};

/**
 * The record here an entry is about, named; null when the database does not have it (it is
 * being imported, or it is not a record: settings, the app lock, imports). Knotbook's built-in
 * exercises are in every database: what the therapist chose about them travels (import-settings.ts),
 * and so does its history.
 */
function existingRecord(db: Database, entry: AuditRow, finders: Map<RecordTable, (row: AnyRow) => AnyRow | undefined>) {
  if (entry.entity === 'reassessment') {
    // Its entity_id is the site: one reassessment per session that carried it.
    const here = db.prepare('SELECT 1 FROM reassessments WHERE site_id = ?').get(entry.entity_id);
    return here ? `the point to re-assess at site ${entry.entity_id}` : null;
  }
  const table = ENTITY_TABLES[entry.entity];
  if (!table) return null;
  let find = finders.get(table);
  if (!find) {
    find = storedRowFinder(db, table);
    finders.set(table, find);
  }
  const stored = find({ id: entry.entity_id });
  if (!stored || (table === 'exercises' && stored.built_in === 1)) return null;
  const words = describeRow(table, stored);
  return table === 'marks' ? `a ${words}` : words.replace(/^(A|An|The) /, (article) => article.toLowerCase());
}

/**
 * Refuses new entries about records this database had before the import (the import adds their
 * history only with the records themselves). A point to re-assess that the import adds for the
 * same site makes its entries the import's own.
 */
export function checkHistory(db: Database, entries: readonly AuditRow[], plan: ImportPlan): void {
  const finders = new Map<RecordTable, (row: AnyRow) => AnyRow | undefined>();
  const sitesAdded = new Set(plan.tables.reassessments.rows.map((r) => String(r.site_id)));
  for (const entry of entries) {
    if (entry.entity === 'reassessment' && sitesAdded.has(entry.entity_id)) continue;
    const record = existingRecord(db, entry, finders);
    if (record === null) continue;
    throw new AppError(
      'read_only',
      `The audit log of this file adds history to ${record}, which is already here: ${entryWords(entry)}. An import never adds history to records already here. ${NOTHING_IMPORTED}`,
    );
  }
}

/** Appends the file's new entries to this database's chain, with their original times. */
export function appendFileEntries(db: Database, entries: readonly AuditRow[]): void {
  for (const entry of entries) {
    appendAudit(db, {
      at: entry.at,
      actor: entry.actor,
      action: entry.action as AuditAction,
      entity: entry.entity,
      entityId: entry.entity_id,
      clientId: entry.client_id,
      changes: entry.changes,
    });
  }
}

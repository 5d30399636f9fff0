/**
 * Exporting: one client's whole record, or everything in the database, as one object in the
 * export format (format.ts), read in one transaction so the tables agree with each other. For a
 * whole practice, write the file with export-stream.ts instead: this object holds every row.
 */
import type { Database } from 'better-sqlite3';
import { notFound } from '../errors';
import { nowIso } from '../ids';
import { schemaVersion } from '../migrations';
import {
  COLUMNS,
  EXPORT_FORMAT,
  FORMAT_VERSION,
  TABLE_NAMES,
  type ExportScope,
  type ExportTables,
  type KnotbookExport,
  type TableName,
} from './format';
import { fromStored, KEYS, type AnyRow } from './tables';

/** Through the session: the rows of a table that belong to one client's sessions. */
const bySession = (table: TableName) =>
  `${table} t JOIN sessions s ON s.id = t.session_id WHERE s.client_id = @clientId`;

/**
 * Which rows belong to one client (`t` is the table). Their exercises are the therapist's own
 * ones their plans use; Knotbook's built-in exercises are not exported (every Knotbook
 * database has them, with the same ids). Settings and the therapist's choices about built-in
 * exercises are the practice's, not the client's.
 */
const CLIENT_ROWS: { [T in TableName]: string | null } = {
  clients: 'clients t WHERE t.id = @clientId',
  sessions: 'sessions t WHERE t.client_id = @clientId',
  marks: bySession('marks'),
  referral_zones:
    'referral_zones t JOIN marks m ON m.id = t.mark_id JOIN sessions s ON s.id = m.session_id WHERE s.client_id = @clientId',
  reassessments: bySession('reassessments'),
  exercises: `exercises t WHERE t.built_in = 0 AND t.id IN (SELECT i.exercise_id FROM home_care_plan_items i
                JOIN sessions s ON s.id = i.session_id WHERE s.client_id = @clientId)`,
  built_in_exercises: null,
  home_care_plan_items: bySession('home_care_plan_items'),
  home_care_points: bySession('home_care_points'),
  handouts: bySession('handouts'),
  amendments: bySession('amendments'),
  audit_log: 'audit_log t WHERE t.client_id = @clientId',
  settings: null,
};

const ALL_ROWS: { [T in TableName]: string } = {
  ...(Object.fromEntries(TABLE_NAMES.map((t) => [t, `${t} t`])) as { [T in TableName]: string }),
  exercises: 'exercises t WHERE t.built_in = 0',
  // Knotbook's own exercises: only what the therapist can change on them (whether they are hidden).
  built_in_exercises: 'exercises t WHERE t.built_in = 1',
  // The app lock's passphrase hash stays on this computer (db/queries/app-lock.ts).
  settings: "settings t WHERE t.key <> 'app_lock'",
};

/** Where each table's rows come from for a scope (null: none), and the parameters the SQL binds. */
export function rowSources(scope: ExportScope): { sources: { [T in TableName]: string | null }; params: AnyRow } {
  return scope.kind === 'all'
    ? { sources: ALL_ROWS, params: {} }
    : { sources: CLIENT_ROWS, params: { clientId: scope.clientId } };
}

/** The SELECT of a table's rows from `from`, every column in the file's order, ordered by the table's key. */
export function selectRowsSql(table: TableName, from: string): string {
  const columns = COLUMNS[table].map((c) => `t.${c}`).join(', ');
  const order = KEYS[table].map((k) => `t.${k}`).join(', ');
  return `SELECT ${columns} FROM ${from} ORDER BY ${order}`;
}

function readRows(db: Database, table: TableName, from: string | null, params: AnyRow): AnyRow[] {
  if (from === null) return [];
  const rows = db.prepare(selectRowsSql(table, from)).all(params) as AnyRow[];
  return rows.map((row) => fromStored(table, row));
}

function build(db: Database, scope: ExportScope) {
  const { sources, params } = rowSources(scope);
  return db.transaction((): KnotbookExport => {
    const tables = Object.fromEntries(
      TABLE_NAMES.map((table) => [table, readRows(db, table, sources[table], params)]),
    ) as unknown as ExportTables;
    return {
      format: EXPORT_FORMAT,
      formatVersion: FORMAT_VERSION,
      exportedAt: nowIso(),
      appSchemaVersion: schemaVersion(db),
      scope,
      tables,
    };
  })();
}

/**
 * Everything that belongs to one client: their record, sessions, chart points and zones, points
 * to re-assess, home-care plans and points, handouts, amendments, the therapist's own exercises
 * their plans use, and the audit entries about them. Nothing of any other client.
 */
export function exportClient(db: Database, clientId: string): KnotbookExport {
  if (!db.prepare('SELECT 1 FROM clients WHERE id = ?').get(clientId)) throw notFound('client');
  return build(db, { kind: 'client', clientId });
}

/**
 * Every table: all clients and their records, the therapist's own exercises and choices about
 * the built-in ones, settings, and the whole audit log with its chain.
 */
export function exportAll(db: Database): KnotbookExport {
  return build(db, { kind: 'all' });
}

/** The export as a file's text: pretty-printed JSON (two spaces), ending with a new line. */
export function toJsonText(data: KnotbookExport): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

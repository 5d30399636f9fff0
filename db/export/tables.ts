/**
 * What the export and the import need to know about each table besides its columns: its key,
 * the records it points to, the order rows go in (a row after what it points to), and how to
 * name one of its rows to the therapist.
 */
import type { Database } from 'better-sqlite3';
import { format } from 'date-fns';
import { COLUMNS, JSON_COLUMNS, type ExportRow, type KnotbookExport, type TableName } from './format';

/** The columns that identify a row (audit entries have none that travel: see import.ts). */
export const KEYS: { [T in TableName]: readonly string[] } = {
  clients: ['id'],
  sessions: ['id'],
  marks: ['id'],
  referral_zones: ['id'],
  reassessments: ['session_id', 'site_id'],
  exercises: ['id'],
  built_in_exercises: ['id'],
  home_care_plan_items: ['id'],
  home_care_points: ['session_id', 'mark_id'],
  handouts: ['id'],
  amendments: ['id'],
  audit_log: ['id'],
  settings: ['key'],
};

/**
 * The tables whose rows an import adds, parents before children. Settings and the choices about
 * built-in exercises are the practice's (import-settings.ts); the audit log comes last, after
 * everything it talks about (import-audit.ts).
 */
export const RECORD_TABLES = [
  'clients',
  'exercises',
  'sessions',
  'marks',
  'referral_zones',
  'reassessments',
  'home_care_plan_items',
  'home_care_points',
  'handouts',
  'amendments',
] as const satisfies readonly TableName[];
export type RecordTable = (typeof RECORD_TABLES)[number];

/** What belongs to a session and is locked with it once it is signed (handouts and amendments are added later). */
export const SIGNED_WITH_SESSION = [
  'marks',
  'referral_zones',
  'reassessments',
  'home_care_plan_items',
  'home_care_points',
] as const satisfies readonly RecordTable[];

/** A table's rows in a file (`built_in_exercises` is absent from files of format 1 and 2). */
export const rowsOf = (file: KnotbookExport, table: TableName): AnyRow[] =>
  (file.tables[table] as AnyRow[] | undefined) ?? [];

export interface Reference {
  column: string;
  table: TableName;
  /** What the pointed-to record is called ("points to a client that…"). */
  noun: string;
}

/** The foreign keys of schema version 7 (all point to an `id`). */
export const REFERENCES: { [T in TableName]: readonly Reference[] } = {
  clients: [],
  sessions: [{ column: 'client_id', table: 'clients', noun: 'client' }],
  marks: [
    { column: 'session_id', table: 'sessions', noun: 'session' },
    { column: 'parent_mark_id', table: 'marks', noun: 'chart point' },
  ],
  referral_zones: [{ column: 'mark_id', table: 'marks', noun: 'chart point' }],
  reassessments: [
    { column: 'session_id', table: 'sessions', noun: 'session' },
    { column: 'from_mark_id', table: 'marks', noun: 'chart point' },
  ],
  exercises: [],
  built_in_exercises: [],
  home_care_plan_items: [
    { column: 'session_id', table: 'sessions', noun: 'session' },
    { column: 'exercise_id', table: 'exercises', noun: 'exercise' },
  ],
  home_care_points: [
    { column: 'session_id', table: 'sessions', noun: 'session' },
    { column: 'mark_id', table: 'marks', noun: 'chart point' },
  ],
  handouts: [{ column: 'session_id', table: 'sessions', noun: 'session' }],
  amendments: [{ column: 'session_id', table: 'sessions', noun: 'session' }],
  audit_log: [],
  settings: [],
};

/** Any row of any table, column by column (the file's form). */
export type AnyRow = Record<string, unknown>;

const MARK_WORDS: Record<string, string> = {
  trigger_point: 'Trigger point',
  satellite: 'Satellite point',
  tender_point: 'Tender point',
  note_pin: 'Note pin',
};

/**
 * The local calendar day of a stored instant ("2026-11-21"), as the therapist saw the visit: a
 * session at 23:30 is on that evening's day, not the UTC day. Text that is not a time is shown
 * cut to its first ten characters.
 */
function day(value: unknown): string {
  const text = String(value);
  const date = new Date(text);
  return text.includes('T') && !Number.isNaN(date.getTime()) ? format(date, 'yyyy-MM-dd') : text.slice(0, 10);
}

/** A row as the therapist would recognise it: "Client 'Maya Okafor' (id …)". */
export function describeRow(table: TableName, row: AnyRow): string {
  const id = `(id ${String(row.id)})`;
  switch (table) {
    case 'clients': {
      const client = row as ExportRow<'clients'>;
      return `Client '${[client.given_name, client.family_name].filter(Boolean).join(' ')}' ${id}`;
    }
    case 'sessions':
      return `The session of ${day(row.started_at)} ${id}`;
    case 'marks': {
      const muscle = typeof row.muscle === 'string' && row.muscle !== '' ? ` on the ${row.muscle}` : '';
      return `${MARK_WORDS[String(row.kind)] ?? 'Chart point'}${muscle} ${id}`;
    }
    case 'referral_zones':
      return `A referral zone ${id}`;
    case 'reassessments':
      return `A point to re-assess (session ${String(row.session_id)}, site ${String(row.site_id)})`;
    case 'exercises':
      return `Exercise '${String(row.name)}' ${id}`;
    case 'built_in_exercises':
      return `A built-in exercise ${id}`;
    case 'home_care_plan_items':
      return `An exercise of a home-care plan ${id}`;
    case 'home_care_points':
      return `A point to press at home (session ${String(row.session_id)}, chart point ${String(row.mark_id)})`;
    case 'handouts':
      return `The handout given on ${day(row.given_at)} ${id}`;
    case 'amendments':
      return `The amendment of ${day(row.created_at)} ${id}`;
    case 'settings':
      return `The setting '${String(row.key)}'`;
    case 'audit_log':
      return `Audit entry ${String(row.id)}`;
  }
}

/** "entry 12 of this file (2026-03-02 23:30, “delete” by Sam)": the file's number, the local time. */
export function entryWords(entry: { id: unknown; at: unknown; action?: unknown; actor?: unknown }): string {
  const text = String(entry.at);
  const at = new Date(text);
  const when = Number.isNaN(at.getTime()) ? text : format(at, 'yyyy-MM-dd HH:mm');
  const what =
    entry.action === undefined ? '' : `, “${String(entry.action)}” by ${String(entry.actor) || 'no one named'}`;
  return `entry ${String(entry.id)} of this file (${when}${what})`;
}

// ---------------------------------------------------------------------------------------------
// Rows between the database and the file.

/** A row read from the database, in the file's form (JSON text parsed). */
export function fromStored(table: TableName, stored: AnyRow): AnyRow {
  const json = JSON_COLUMNS[table];
  const row: AnyRow = {};
  for (const column of COLUMNS[table]) {
    const value = stored[column];
    row[column] = json.includes(column) && typeof value === 'string' ? (JSON.parse(value) as unknown) : value;
  }
  return row;
}

/** A row of the file, ready to bind to an INSERT (JSON values as text). */
export function toStored(table: TableName, row: AnyRow): AnyRow {
  const json = JSON_COLUMNS[table];
  const stored: AnyRow = {};
  for (const column of COLUMNS[table]) {
    const value = row[column];
    stored[column] = json.includes(column) && value !== null ? JSON.stringify(value) : value;
  }
  return stored;
}

/** JSON with object keys sorted: two rows are the same when these texts are. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** The columns two versions of a row differ in. */
export function differingColumns(table: TableName, a: AnyRow, b: AnyRow): string[] {
  return COLUMNS[table].filter((column) => canonical(a[column]) !== canonical(b[column]));
}

/** Reads rows of one table by their key, in the file's form. */
export function storedRowFinder(db: Database, table: TableName): (row: AnyRow) => AnyRow | undefined {
  const keys = KEYS[table];
  const where = keys.map((k) => `${k} = @${k}`).join(' AND ');
  const select = db.prepare(`SELECT ${COLUMNS[table].join(', ')} FROM ${table} WHERE ${where}`);
  return (row) => {
    const stored = select.get(Object.fromEntries(keys.map((k) => [k, row[k]]))) as AnyRow | undefined;
    return stored && fromStored(table, stored);
  };
}

/**
 * Test support: everything a database holds, to show that a refused call changed nothing — the
 * schema, the schema version, and every row of every table (in an order that does not depend on
 * how SQLite happens to read them), one entry per table so a difference can be named.
 */
import type Database from 'better-sqlite3';

export type DatabaseSnapshot = Map<string, string>;

/**
 * A settings row without the app lock's count of wrong passphrases (db/queries/lock-attempts.ts):
 * the one thing a refused call writes, so that restarting Knotbook does not reset it.
 */
function withoutLockCount(row: unknown[]): unknown[] {
  const [key, value, ...rest] = row;
  if (key !== 'app_lock' || typeof value !== 'string') return row;
  const lock = JSON.parse(value) as Record<string, unknown>;
  delete lock.failures;
  delete lock.lastFailureAt;
  return [key, JSON.stringify(lock), ...rest];
}

export function databaseSnapshot(db: Database.Database): DatabaseSnapshot {
  const tables = db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name`).pluck().all();
  const out: DatabaseSnapshot = new Map([
    ['(schema)', JSON.stringify(db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY 1, 2').all())],
    ['(user_version)', String(db.pragma('user_version', { simple: true }))],
  ]);
  for (const name of tables as string[]) {
    const columns = db.prepare('SELECT count(*) FROM pragma_table_info(?)').pluck().get(name) as number;
    const order = Array.from({ length: columns }, (_, i) => i + 1).join(', ');
    const rows = db
      .prepare(`SELECT * FROM "${name.replaceAll('"', '""')}" ORDER BY ${order}`)
      .raw()
      .all();
    out.set(name, JSON.stringify(name === 'settings' ? rows.map((row) => withoutLockCount(row as unknown[])) : rows));
  }
  return out;
}

/** The same, as one string to compare. */
export const databaseSnapshotText = (db: Database.Database): string => JSON.stringify([...databaseSnapshot(db)]);

import Database from 'better-sqlite3';

/** Reads the test's real database file directly (read-only), to check what was saved. */
export function countRows(databasePath: string, table: 'clients' | 'sessions' | 'audit_log'): number {
  const db = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  } finally {
    db.close();
  }
}

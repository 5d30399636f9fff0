/** Test support: a closed Knotbook file at an older schema version, as that Knotbook left it. */
import Database from 'better-sqlite3';
import { migrate } from '../migrations';
import { tempPath } from './temp-db';

export interface OldSchemaOptions {
  /** Where to write it; a fresh temporary path by default. */
  file?: string;
  /** Clients added after the first two, each with a health history of `historyBytes` (a bigger file). */
  moreClients?: number;
  historyBytes?: number;
  /** In write-ahead-log mode, as openDatabase leaves every file (a rollback journal otherwise). */
  wal?: boolean;
}

/** A file at schema `version` with two clients (Maya, Tomas) and one session of Maya's, closed. */
export function oldSchemaFile(version: number, options: OldSchemaOptions = {}): string {
  const file = options.file ?? tempPath();
  const db = new Database(file);
  try {
    if (options.wal) db.pragma('journal_mode = WAL');
    migrate(db, version);
    db.exec(`
      INSERT INTO clients (id, given_name, created_at, updated_at) VALUES
        ('c1', 'Maya', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
        ('c2', 'Tomas', '2026-01-02T00:00:00.000Z', '2026-01-02T00:00:00.000Z');
      INSERT INTO sessions (id, client_id, started_at, created_at, updated_at)
        VALUES ('s1', 'c1', '2026-01-03T09:00:00.000Z', '2026-01-03T09:00:00.000Z', '2026-01-03T09:00:00.000Z');
    `);
    const insert = db.prepare(
      "INSERT INTO clients (id, given_name, health_history, created_at, updated_at) VALUES (?, ?, ?, '2026-01-04T00:00:00.000Z', '2026-01-04T00:00:00.000Z')",
    );
    const history = 'x'.repeat(options.historyBytes ?? 0);
    db.transaction(() => {
      for (let i = 0; i < (options.moreClients ?? 0); i += 1) insert.run(`more-${i}`, `Client ${i}`, history);
    })();
  } finally {
    db.close();
  }
  return file;
}

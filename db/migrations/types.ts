import type { Database } from 'better-sqlite3';

/** One schema version. `up` runs inside a transaction; it must not commit or await. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}

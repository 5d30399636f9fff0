import type { Database } from 'better-sqlite3';
import { migration001 } from './001-initial';
import { migration002 } from './002-mark-side-and-algometer';
import { migration003 } from './003-session-record';
import { migration004 } from './004-home-care';
import { migration005 } from './005-ndi';
import { migration006 } from './006-client-search';
import { migration007 } from './007-compact-storage';
import { migration008 } from './008-signed-records';
import type { Migration } from './types';

/** Every schema version, in order. Append only: never edit a migration that has shipped. */
export const migrations: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
  migration007,
  migration008,
];

export const LATEST_SCHEMA_VERSION = migrations.length;

/** "KNBT": marks a SQLite file as a Knotbook database (PRAGMA application_id). */
export const KNOTBOOK_APPLICATION_ID = 0x4b4e4254;

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the database up to `target` (default: the latest), one version per transaction,
 * recording each in PRAGMA user_version. The caller has already refused newer files.
 */
export function migrate(
  db: Database,
  target: number = LATEST_SCHEMA_VERSION,
  list: readonly Migration[] = migrations,
): void {
  for (const migration of list) {
    if (migration.version <= schemaVersion(db) || migration.version > target) continue;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`application_id = ${KNOTBOOK_APPLICATION_ID}`);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}

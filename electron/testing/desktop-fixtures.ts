/**
 * What the desktop tests start from, shared by the Node stand-in (electron/main-process.test.ts)
 * and the real-Electron smoke test (tests/electron/smoke.spec.ts): database files made before the
 * app starts, with the test runner's own (Node) build of better-sqlite3, a file that is no native
 * module, and the bundled message-box answerer. No Vitest here: Playwright loads this file too.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import { backupTo, defaultBackupFolder } from '../../db/backup';
import { freeBackupPath } from '../../db/backup/names';
import { FIXTURES, rowsFor } from '../../db/faults/schema-fixtures';
import { LATEST_SCHEMA_VERSION, migrate } from '../../db/migrations';
import { openDatabase } from '../../db/open';
import { createClient, EMPTY_CLIENT } from '../../db/queries/clients';

/** When the backup beside a damaged file was made (its name says so; never the real clock). */
export const BACKUP_MADE_AT = new Date('2026-11-21T08:30:00Z');

/** The one client in the backup of `damagedFileWithBackup`, as the client list shows her. */
export const RESTORED_CLIENT = 'Restored, Maya';

/**
 * A Knotbook file with one client, a daily backup of it in its backups folder, and then the file
 * damaged (overwritten with text): what the startup offer is for.
 */
export async function damagedFileWithBackup(file: string): Promise<{ backup: string }> {
  const db = openDatabase(file);
  try {
    createClient(db, 'test-therapist', { ...EMPTY_CLIENT, givenName: 'Maya', familyName: 'Restored' });
    const { file: backup } = await backupTo(db, freeBackupPath(defaultBackupFolder(file), 'daily', BACKUP_MADE_AT));
    return { backup };
  } finally {
    db.close();
    fs.writeFileSync(file, 'this is no longer a database\n'.repeat(400));
  }
}

/** The schema version of `oldSchemaFile`'s file: the one before this Knotbook's. */
export const OLD_SCHEMA_VERSION = LATEST_SCHEMA_VERSION - 1;

/** A client of the older file who is not archived, as the client list shows him or her. */
export const OLD_SCHEMA_CLIENT = (() => {
  const clients = FIXTURES.find((group) => group.since === 1 && group.table === 'clients')?.rows ?? [];
  const shown = clients.find((row) => row.archived === 0);
  return `${String(shown?.family_name)}, ${String(shown?.given_name)}`;
})();

/**
 * A closed file at OLD_SCHEMA_VERSION, as that Knotbook left it, holding the representative
 * records of db/faults/schema-fixtures.ts: opening it updates it, after a copy is kept.
 */
export function oldSchemaFile(file: string): void {
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    migrate(db, OLD_SCHEMA_VERSION);
    const columnsOf = (table: string) =>
      new Set((db.pragma(`table_info("${table}")`) as { name: string }[]).map((c) => c.name));
    db.transaction(() => {
      for (const { table, rows } of rowsFor(OLD_SCHEMA_VERSION, columnsOf)) {
        for (const row of rows) {
          const columns = Object.keys(row);
          const values = columns.map((c) => `@${c}`).join(', ');
          db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${values})`).run(row);
        }
      }
    })();
  } finally {
    db.close();
  }
}

/** A file where the engine should be that is no native module at all: what every loader refuses. */
export function notANativeModule(file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, Buffer.alloc(4096, 0x5a));
}

/** testing/answer-message-box.ts as one CommonJS file, for Electron's `-r` (it cannot load .ts). */
export async function bundleAnswerHook(outfile: string): Promise<void> {
  await build({
    entryPoints: [path.join(import.meta.dirname, 'answer-message-box.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['electron'],
    logLevel: 'warning',
  });
}

/**
 * The 'pages' check a new backup passes (facts.ts): every page of the copy reached from a root or
 * on the free list, none corrupted, none missing; a copy cut short or with a page of another
 * table's bytes is refused, a copy with free pages is kept.
 */
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../migrations';
import { openTempDb, tempPath } from '../testing/temp-db';
import { BackupError } from './errors';
import { addPractice } from './testing';
import { verifyBackup } from './verify';
import { backupTo } from './write';

async function backupOf(prepare: (db: ReturnType<typeof openTempDb>['db']) => void) {
  const { db } = openTempDb();
  addPractice(db);
  prepare(db);
  const file = tempPath('knotbook-manual-2026-11-21T08-30-00Z.sqlite');
  await backupTo(db, file);
  const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  return {
    file,
    expected: { schemaVersion: LATEST_SCHEMA_VERSION, clients: count('clients'), sessions: count('sessions') },
  };
}

const pageSizeOf = (file: string) => fs.readFileSync(file).readUInt16BE(16);

describe('the pages check of a new backup', () => {
  it('keeps a copy with pages on the free list', async () => {
    const { file, expected } = await backupOf((db) => {
      db.exec(
        `CREATE TABLE scratch (x BLOB); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40) INSERT INTO scratch SELECT randomblob(3000) FROM n;`,
      );
      db.exec('DROP TABLE scratch');
    });
    const reader = new Database(file, { readonly: true });
    expect(reader.pragma('freelist_count', { simple: true })).toBeGreaterThan(0);
    reader.close();
    await expect(verifyBackup(file, expected)).resolves.toMatchObject(expected);
  });

  it('refuses a copy cut short', async () => {
    const { file, expected } = await backupOf(() => undefined);
    fs.truncateSync(file, fs.statSync(file).size - pageSizeOf(file));
    await expect(verifyBackup(file, expected)).rejects.toBeInstanceOf(BackupError);
  });

  it('refuses a copy in which a page holds another page’s bytes', async () => {
    const { file, expected } = await backupOf((db) => {
      db.exec(
        `CREATE TABLE notes (x TEXT); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60) INSERT INTO notes SELECT hex(randomblob(1500)) FROM n;`,
      );
    });
    // The last page written over with page 1's bytes: a b-tree page where its parent expects another.
    const bytes = fs.readFileSync(file);
    const size = pageSizeOf(file);
    bytes.copy(bytes, bytes.length - size, 0, size);
    fs.writeFileSync(file, bytes);
    await expect(verifyBackup(file, expected)).rejects.toBeInstanceOf(BackupError);
  });
});

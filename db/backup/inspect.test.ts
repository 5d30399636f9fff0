/**
 * inspectBackup: before a restore, says what a backup holds, or why it cannot be restored, in
 * plain words, and never changes the file (its bytes, and nothing created beside it).
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, migrate } from '../migrations';
import { openDatabase } from '../open';
import { createClient, EMPTY_CLIENT } from '../queries/clients';
import { ACTOR, openTempDb, tempPath, track } from '../testing/temp-db';
import { inspectBackup, type BackupInspection, type InspectFailure } from './inspect';
import { addPractice, damageTable, namesIn, sha256 } from './testing';
import { backupTo } from './write';

async function goodBackup(name = 'knotbook-manual-2026-11-21T08-30-00Z.sqlite'): Promise<string> {
  const { db } = openTempDb();
  addPractice(db);
  const file = tempPath(name);
  await backupTo(db, file);
  return file;
}

/** Inspects `file` and checks that neither it nor its folder changed. */
async function inspectUnchanged(file: string): Promise<BackupInspection> {
  const before = sha256(file);
  const folder = namesIn(path.dirname(file));
  const inspection = await inspectBackup(file);
  expect(sha256(file)).toBe(before);
  expect(namesIn(path.dirname(file))).toEqual(folder);
  return inspection;
}

async function refusal(file: string, reason: InspectFailure): Promise<string> {
  const inspection = await inspectUnchanged(file);
  expect(inspection).toMatchObject({ ok: false, reason });
  if (inspection.ok) throw new Error('accepted');
  expect(inspection.message).toContain(`"${path.basename(file)}"`);
  expect(inspection.message).toMatch(/Nothing was changed\.$/);
  return inspection.message;
}

describe('inspectBackup', () => {
  it('says what a good backup holds, without changing it', async () => {
    const file = await goodBackup();
    const inspection = await inspectUnchanged(file);
    expect(inspection).toEqual({
      ok: true,
      schemaVersion: LATEST_SCHEMA_VERSION,
      clients: 3,
      sessions: 6,
      lastChangeAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) as unknown,
      bytes: fs.statSync(file).size,
    });
  });

  it('accepts a backup from an older schema: it is brought up to date when opened', async () => {
    const file = tempPath('knotbook-before-v6-2026-01-01T00-00-00Z.sqlite');
    const old = new Database(file);
    migrate(old, 5);
    old.exec(
      "INSERT INTO clients (id, given_name, created_at, updated_at) VALUES ('c1', 'Maya', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')",
    );
    old.close();
    expect(await inspectUnchanged(file)).toMatchObject({ ok: true, schemaVersion: 5, clients: 1, sessions: 0 });
  });

  it('reads a copy of a live database (write-ahead log beside it) without creating anything beside it', async () => {
    const { db, file } = openTempDb();
    addPractice(db, ['Maya']);
    db.pragma('wal_checkpoint(TRUNCATE)');
    createClient(db, ACTOR, { ...EMPTY_CLIENT, givenName: 'Only in the log' });
    // The file and its log as a crash would leave them, in a folder of their own.
    const copy = tempPath('knotbook.sqlite');
    fs.copyFileSync(file, copy);
    fs.copyFileSync(`${file}-wal`, `${copy}-wal`);
    const walBefore = sha256(`${copy}-wal`);

    const inspection = await inspectUnchanged(copy);

    // Only the file itself is inspected, as only it would be restored.
    expect(inspection).toMatchObject({ ok: true, clients: 1, sessions: 2 });
    expect(sha256(`${copy}-wal`)).toBe(walBefore);
  });

  it('refuses a text file', async () => {
    const file = tempPath('knotbook-manual-2026-11-21T08-30-00Z.sqlite');
    fs.writeFileSync(file, 'Shopping list: massage oil, towels\n');
    expect(await refusal(file, 'not_sqlite')).toBe(
      '"knotbook-manual-2026-11-21T08-30-00Z.sqlite" is not a Knotbook backup: it is not a database file at all. Choose a file whose name starts with "knotbook-". Nothing was changed.',
    );
  });

  it('refuses an empty file', async () => {
    const file = tempPath('empty.sqlite');
    fs.writeFileSync(file, '');
    await refusal(file, 'not_sqlite');
  });

  it("refuses another program's SQLite file", async () => {
    const file = tempPath('recipes.sqlite');
    const other = new Database(file);
    other.exec("CREATE TABLE clients (name TEXT); INSERT INTO clients VALUES ('not a client')");
    other.close();
    expect(await refusal(file, 'not_knotbook')).toBe(
      '"recipes.sqlite" is a database from another program, not a Knotbook backup. Choose a Knotbook backup instead. Nothing was changed.',
    );
  });

  it('refuses a backup made by a newer Knotbook', async () => {
    const file = tempPath('from-the-future.sqlite');
    const newer = new Database(file);
    migrate(newer);
    newer.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    newer.close();
    expect(await refusal(file, 'too_new')).toBe(
      '"from-the-future.sqlite" was made by a newer version of Knotbook. Update Knotbook, then restore it. Nothing was changed.',
    );
  });

  it('refuses a copy cut short', async () => {
    const good = await goodBackup();
    const file = tempPath('cut-short.sqlite');
    const bytes = fs.readFileSync(good);
    fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect(await refusal(file, 'damaged')).toBe(
      '"cut-short.sqlite" is damaged, so it cannot be restored. Choose another backup, such as an earlier one. Nothing was changed.',
    );
  });

  it('refuses a backup with a damaged page, wherever it is', async () => {
    for (const table of ['clients', 'marks', 'audit_log']) {
      const file = await goodBackup();
      damageTable(file, table);
      await refusal(file, 'damaged');
    }
  });

  it('says so when the file is not there', async () => {
    const file = tempPath('gone.sqlite');
    const inspection = await inspectBackup(file);
    expect(inspection).toEqual({
      ok: false,
      reason: 'unreadable',
      message:
        'Knotbook could not read "gone.sqlite". Check that the file is still there and its disk is connected, then try again. Nothing was changed.',
    });
    expect(fs.existsSync(file)).toBe(false);
  });

  it('inspects a closed database in write-ahead-log mode without creating its -wal or -shm', async () => {
    const file = tempPath('knotbook.sqlite');
    track(openDatabase(file)).close();
    const inspection = await inspectUnchanged(file);
    expect(inspection).toMatchObject({ ok: true, clients: 0, sessions: 0, lastChangeAt: null });
  });
});

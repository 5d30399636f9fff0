/**
 * backupBeforeMigration (synchronous) and backupBeforeMigrationAsync: a file about to be updated
 * to a newer schema is first copied, verified, into the backups folder, through a read-only
 * connection; the copy is never rotated away.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, migrate } from '../migrations';
import type { OpenProgress } from '../open-progress';
import { oldSchemaFile } from '../testing/old-schema';
import { openTempDb, tempPath } from '../testing/temp-db';
import { backupBeforeMigration, backupBeforeMigrationAsync } from './before-migration';
import { BackupError } from './errors';
import { readHeader } from './files';
import { inspectBackup } from './inspect';
import { listBackups } from './names';
import { rotateBackups } from './rotation';
import { damageTable, namesIn, rowsOfFile, sha256 } from './testing';

const at = new Date('2026-11-21T08:30:00.000Z');

/** The error a call threw or rejected with. */
async function failure(run: () => unknown): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error('it succeeded, but it should have failed');
}

/** A version-6 file as a crash leaves it: a third client still only in its write-ahead log. */
function fileLeftByCrash(): string {
  const live = oldSchemaFile(6);
  const writer = new Database(live);
  writer.pragma('journal_mode = WAL');
  writer.exec(
    "INSERT INTO clients (id, given_name, created_at, updated_at) VALUES ('c3', 'Ines', '2026-02-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z')",
  );
  const file = tempPath();
  fs.copyFileSync(live, file);
  fs.copyFileSync(`${live}-wal`, `${file}-wal`);
  writer.close();
  return file;
}

describe('backupBeforeMigration', () => {
  it('copies a file of an older schema, verified, before it is updated, and leaves it as it was', async () => {
    const file = oldSchemaFile(5);
    const before = sha256(file);
    const folder = path.join(path.dirname(file), 'knotbook-backups');

    const summary = backupBeforeMigration(file, { now: at });

    expect(summary).toEqual({
      file: path.join(folder, `knotbook-before-v${LATEST_SCHEMA_VERSION}-2026-11-21T08-30-00Z.sqlite`),
      bytes: fs.statSync(summary!.file).size,
      clients: 2,
      sessions: 1,
      lastChangeAt: null,
      schemaVersion: 5,
      verified: true,
    });
    expect(sha256(file)).toBe(before);
    expect(namesIn(path.dirname(file))).toEqual(['knotbook-backups', 'knotbook.sqlite']);
    expect(namesIn(folder)).toEqual([path.basename(summary!.file)]);
    expect(rowsOfFile(summary!.file)).toEqual(rowsOfFile(file));

    // The update then runs; the copy stays at the old schema, ready to be restored.
    const db = new Database(file);
    migrate(db);
    db.close();
    expect(await inspectBackup(summary!.file)).toMatchObject({ ok: true, schemaVersion: 5, clients: 2 });
    expect(listBackups(folder)).toMatchObject([{ kind: 'before-migration', beforeVersion: LATEST_SCHEMA_VERSION }]);
    // Rotation never deletes it, however old.
    expect(rotateBackups(folder, new Date('2030-01-01T00:00:00.000Z'))).toEqual([]);
    expect(fs.existsSync(summary!.file)).toBe(true);
  });

  it('includes the changes still in the write-ahead log of a file left by a crash', () => {
    const file = fileLeftByCrash();

    const summary = backupBeforeMigration(file, { now: at });

    expect(summary?.clients).toBe(3);
    expect(summary?.schemaVersion).toBe(6);
  });

  it('puts the copy in the folder given', () => {
    const file = oldSchemaFile(3);
    const folder = path.join(path.dirname(tempPath()), 'safe place');
    const summary = backupBeforeMigration(file, { folder, now: at });
    expect(path.dirname(summary!.file)).toBe(folder);
  });

  it('makes no copy when no update is due', () => {
    const { db, file: current } = openTempDb();
    db.close();
    const empty = tempPath('empty.sqlite');
    new Database(empty).close();
    const foreign = tempPath('recipes.sqlite');
    const other = new Database(foreign);
    other.exec('CREATE TABLE recipes (name TEXT)');
    other.close();
    const blank = tempPath('blank.sqlite');
    fs.writeFileSync(blank, '');

    for (const file of [current, empty, foreign, blank, tempPath('missing.sqlite')]) {
      expect(backupBeforeMigration(file, { now: at }), path.basename(file)).toBeNull();
      expect(fs.existsSync(path.join(path.dirname(file), 'knotbook-backups'))).toBe(false);
    }
  });

  it('refuses to go on with a file damaged where the quick checks on opening do not look', () => {
    const file = oldSchemaFile(5);
    damageTable(file, 'sessions');
    const before = sha256(file);
    expect(() => backupBeforeMigration(file, { now: at })).toThrow(
      'Before updating "knotbook.sqlite" for this version of Knotbook, Knotbook saves a copy of it, and the copy could not be made. The file has not been changed. Try opening it again; if this happens again, the file may be damaged: restore it from a backup.',
    );
    expect(sha256(file)).toBe(before);
    expect(namesIn(path.join(path.dirname(file), 'knotbook-backups'))).toEqual([]);
  });

  it('says in plain words when the copy cannot be made, so the file is not updated', () => {
    const file = oldSchemaFile(5);
    const notAFolder = path.join(path.dirname(file), 'knotbook-backups');
    fs.writeFileSync(notAFolder, 'a file where the folder would go');
    const before = sha256(file);
    let error: unknown;
    try {
      backupBeforeMigration(file, { now: at });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(BackupError);
    expect((error as BackupError).message).toBe(
      `Before updating "knotbook.sqlite" for this version of Knotbook, Knotbook saves a copy of it, and the copy could not be made. The file has not been changed. Make sure the folder "${notAFolder}" can be written to, then open it again.`,
    );
    expect(sha256(file)).toBe(before);
  });
});

describe('backupBeforeMigrationAsync', () => {
  it('makes the verified copy while telling how much is copied, then that it is checked', async () => {
    const file = oldSchemaFile(5, { wal: true, moreClients: 300, historyBytes: 2000 });
    const before = sha256(file);
    const folder = path.join(path.dirname(file), 'knotbook-backups');
    const reports: OpenProgress[] = [];

    const summary = await backupBeforeMigrationAsync(file, { now: at, onProgress: (p) => reports.push(p) });

    expect(summary).toEqual({
      file: path.join(folder, `knotbook-before-v${LATEST_SCHEMA_VERSION}-2026-11-21T08-30-00Z.sqlite`),
      bytes: fs.statSync(summary!.file).size,
      clients: 302,
      sessions: 1,
      lastChangeAt: null,
      schemaVersion: 5,
      verified: true,
    });
    expect(sha256(file)).toBe(before);
    expect(rowsOfFile(summary!.file)).toEqual(rowsOfFile(file));
    // Kept with a rollback journal, alone: reading it later leaves nothing beside it.
    expect(namesIn(folder)).toEqual([path.basename(summary!.file)]);
    expect(readHeader(summary!.file).walMode).toBe(false);

    // More than a hundred pages: the copy took several steps, each told.
    const fractions = reports.flatMap((p) => (p.stage === 'copying' ? [p.fraction] : []));
    expect(fractions.length).toBeGreaterThan(2);
    expect(fractions[0]).toBe(0);
    expect(fractions.at(-1)).toBe(1);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(reports.at(-1)).toEqual({ stage: 'checking-copy' });
    expect(reports.filter((p) => p.stage === 'checking-copy')).toHaveLength(1);
  });

  it('includes the changes still in the write-ahead log of a file left by a crash', async () => {
    const file = fileLeftByCrash();

    const summary = await backupBeforeMigrationAsync(file, { now: at });

    expect(summary).toMatchObject({ clients: 3, schemaVersion: 6 });
  });

  it('makes no copy, and tells nothing, when no update is due', async () => {
    const { db, file: current } = openTempDb();
    db.close();
    const empty = tempPath('empty.sqlite');
    new Database(empty).close();
    const blank = tempPath('blank.sqlite');
    fs.writeFileSync(blank, '');
    const reports: OpenProgress[] = [];

    for (const file of [current, empty, blank, tempPath('missing.sqlite')]) {
      expect(await backupBeforeMigrationAsync(file, { now: at, onProgress: (p) => reports.push(p) })).toBeNull();
      expect(fs.existsSync(path.join(path.dirname(file), 'knotbook-backups'))).toBe(false);
    }
    expect(reports).toEqual([]);
  });

  it('refuses in the same plain words as the synchronous copy, and leaves nothing half-made', async () => {
    const damaged = oldSchemaFile(5);
    damageTable(damaged, 'sessions');
    const noFolder = oldSchemaFile(5);
    fs.writeFileSync(path.join(path.dirname(noFolder), 'knotbook-backups'), 'a file where the folder would go');

    for (const file of [damaged, noFolder]) {
      const before = sha256(file);
      const sync = await failure(() => backupBeforeMigration(file, { now: at }));
      const async = await failure(() => backupBeforeMigrationAsync(file, { now: at }));
      expect(async).toBeInstanceOf(BackupError);
      // (A damaged page stops VACUUM INTO while it reads the rows, and the page copy at its check.)
      expect((async as BackupError).message).toBe((sync as BackupError).message);
      expect(sha256(file)).toBe(before);
    }
    expect(namesIn(path.join(path.dirname(damaged), 'knotbook-backups'))).toEqual([]);
  });
});

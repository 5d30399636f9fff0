/**
 * openDatabaseAsync: the desktop app's open. A file of an older schema gets its verified copy
 * off the calling thread, with its progress told, before it is updated; every refusal is
 * openDatabase's, word for word, and leaves the file as it was.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { inspectBackup } from './backup/inspect';
import { defaultBackupFolder, listBackups } from './backup/names';
import { damageTable, namesIn, rowsOfFile, sha256 } from './backup/testing';
import { LATEST_SCHEMA_VERSION } from './migrations';
import { DatabaseOpenError, openDatabase, openDatabaseAsync, type OpenProgress } from './open';
import { createClient, EMPTY_CLIENT, listClients } from './queries/clients';
import { oldSchemaFile } from './testing/old-schema';
import { ACTOR, openTempDb, tempPath, track } from './testing/temp-db';

/** The refusal of one open, sync or async. */
async function refusal(open: () => Database.Database | Promise<Database.Database>): Promise<DatabaseOpenError> {
  try {
    track(await open());
  } catch (error) {
    expect(error).toBeInstanceOf(DatabaseOpenError);
    return error as DatabaseOpenError;
  }
  throw new Error('the file was opened, but it should have been refused');
}

/** A current Knotbook file with `count` clients, closed. */
function fileWithClients(count: number): string {
  const { db, file } = openTempDb();
  for (let i = 0; i < count; i++) {
    createClient(db, ACTOR, { ...EMPTY_CLIENT, givenName: `Client ${i}`, healthHistory: 'x'.repeat(200) });
  }
  db.close();
  return file;
}

/** Each kind of file an open must refuse, made fresh on each call. */
const refused: Record<string, () => string> = {
  'not a database': () => {
    const file = tempPath('notes.sqlite');
    fs.writeFileSync(file, 'Shopping list: massage oil, towels\n');
    return file;
  },
  "another program's database": () => {
    const file = tempPath('other.sqlite');
    const other = new Database(file);
    other.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL); INSERT INTO invoices VALUES (1, 99.5);');
    other.close();
    return file;
  },
  'written by a newer Knotbook': () => {
    const { db, file } = openTempDb();
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    db.close();
    return file;
  },
  'damaged in its client list': () => {
    const file = fileWithClients(400);
    const bytes = fs.readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    bytes.fill(0xa5, pageSize * 3, pageSize * 6); // scribble over pages 4-6
    fs.writeFileSync(file, bytes);
    return file;
  },
  'cut short': () => {
    const file = fileWithClients(200);
    const pageSize = fs.readFileSync(file).readUInt16BE(16);
    fs.truncateSync(file, fs.statSync(file).size - 3 * pageSize);
    return file;
  },
  'older and damaged where opening does not look (its copy fails its check)': () => {
    const file = oldSchemaFile(5);
    damageTable(file, 'sessions');
    return file;
  },
  'older, with no folder for its copy': () => {
    const file = oldSchemaFile(5);
    fs.writeFileSync(defaultBackupFolder(file), 'a file where the folder would go');
    return file;
  },
};

describe('openDatabaseAsync', () => {
  it('keeps a verified copy of a file of an older schema, telling each stage in order, then updates it', async () => {
    const file = oldSchemaFile(5, { wal: true, moreClients: 300, historyBytes: 2000 });
    const rowsBefore = rowsOfFile(file);
    const reports: OpenProgress[] = [];

    const db = track(await openDatabaseAsync(file, { onProgress: (p) => reports.push(p) }));

    // The stages in order: the copy from 0% to 100%, its check, the update.
    const stages = reports.map((p) => p.stage);
    const copied = stages.lastIndexOf('copying');
    expect(stages.slice(0, copied + 1).every((s) => s === 'copying')).toBe(true);
    expect(stages.slice(copied + 1)).toEqual(['checking-copy', 'updating']);
    const fractions = reports.flatMap((p) => (p.stage === 'copying' ? [p.fraction] : []));
    expect(fractions[0]).toBe(0);
    expect(fractions.at(-1)).toBe(1);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));

    // The copy: kept under its name, at the old schema, holding every row.
    const backups = listBackups(defaultBackupFolder(file));
    expect(backups).toMatchObject([{ kind: 'before-migration', beforeVersion: LATEST_SCHEMA_VERSION }]);
    expect(await inspectBackup(backups[0]!.file)).toMatchObject({ ok: true, schemaVersion: 5, clients: 302 });
    expect(rowsOfFile(backups[0]!.file)).toEqual(rowsBefore);

    // The connection: updated, with the app's settings, holding the records.
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(listClients(db, { includeArchived: false })).toHaveLength(302);
    createClient(db, ACTOR, { ...EMPTY_CLIENT, givenName: 'Ines' });
    expect(listClients(db, { includeArchived: false })).toHaveLength(303);
  });

  it('keeps the event loop turning while the copy of a big file is made and checked', async () => {
    // About 20 MB: a few hundred milliseconds of copying and checking.
    const file = oldSchemaFile(6, { wal: true, moreClients: 5000, historyBytes: 4000 });
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 1);
    const ticksAt: { stage: OpenProgress['stage']; ticks: number }[] = [];
    try {
      track(await openDatabaseAsync(file, { onProgress: (p) => ticksAt.push({ stage: p.stage, ticks }) }));
    } finally {
      clearInterval(timer);
    }
    // A blocked thread would count none: the timer ticked while the pages were copied, and on.
    const whenCopied = ticksAt.findLast((t) => t.stage === 'copying')!.ticks;
    expect(whenCopied).toBeGreaterThan(0);
    expect(ticksAt.find((t) => t.stage === 'updating')!.ticks).toBeGreaterThan(whenCopied);
  });

  it('opens a new or up-to-date file without a copy and without telling any progress', async () => {
    const reports: OpenProgress[] = [];
    const fresh = tempPath('nested/knotbook.sqlite');
    track(await openDatabaseAsync(fresh, { onProgress: (p) => reports.push(p) })).close();
    const db = track(await openDatabaseAsync(fresh, { onProgress: (p) => reports.push(p) }));
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(reports).toEqual([]);
    expect(fs.existsSync(defaultBackupFolder(fresh))).toBe(false);
  });

  it('opens even when the progress window fails', async () => {
    const file = oldSchemaFile(3);
    const onProgress = () => {
      throw new Error('the window is gone');
    };
    const db = track(await openDatabaseAsync(file, { onProgress }));
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
  });

  it('refuses, in plain words, a file whose copy cannot be made, and leaves it as it was', async () => {
    const file = refused['older, with no folder for its copy']!();
    const before = sha256(file);
    const error = await refusal(() => openDatabaseAsync(file));
    expect(error.code).toBe('cannot_open');
    expect(error.message).toBe(
      `Before updating "knotbook.sqlite" for this version of Knotbook, Knotbook saves a copy of it, and the copy could not be made. The file has not been changed. Make sure the folder "${defaultBackupFolder(file)}" can be written to, then open it again.`,
    );
    expect(sha256(file)).toBe(before);
  });

  it.each(Object.keys(refused))('refuses a file %s as openDatabase does, and leaves it as it was', async (kind) => {
    const make = refused[kind]!;
    const [forSync, forAsync] = [make(), make()];
    const before = sha256(forAsync);
    const sync = await refusal(() => openDatabase(forSync));
    const async = await refusal(() => openDatabaseAsync(forAsync, { onProgress: () => undefined }));
    // The same words, but for the folder each file is in.
    const words = (error: DatabaseOpenError, file: string) => error.message.replaceAll(path.dirname(file), '<folder>');
    expect({ code: async.code, message: words(async, forAsync) }).toEqual({
      code: sync.code,
      message: words(sync, forSync),
    });
    expect(sha256(forAsync)).toBe(before);
    // No copy was kept, and nothing half-made is left in the backups folder.
    const folder = defaultBackupFolder(forAsync);
    if (fs.existsSync(folder) && fs.statSync(folder).isDirectory()) expect(namesIn(folder)).toEqual([]);
  });
});

/**
 * backupTo: an online backup of the open connection, verified before it is kept under its name.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../migrations';
import { createClient, EMPTY_CLIENT } from '../queries/clients';
import { ACTOR, openTempDb, tempPath } from '../testing/temp-db';
import { BackupError } from './errors';
import { addPractice, damageTable, namesIn, rowsOf, rowsOfFile, rejectionOf } from './testing';
import { backupTo, writeBackup } from './write';

const rejection = (promise: Promise<unknown>) => rejectionOf(promise, BackupError);

describe('backupTo', () => {
  it('writes a verified copy with the same clients, sessions and chart marks', async () => {
    const { db } = openTempDb();
    addPractice(db);
    const destination = tempPath('knotbook-manual.sqlite');

    const summary = await backupTo(db, destination);

    const newest = db.prepare('SELECT max(at) FROM audit_log').pluck().get() as string;
    expect(summary).toEqual({
      file: destination,
      bytes: fs.statSync(destination).size,
      clients: 3,
      sessions: 6,
      lastChangeAt: newest,
      schemaVersion: LATEST_SCHEMA_VERSION,
      verified: true,
    });
    expect(rowsOfFile(destination)).toEqual(rowsOf(db));
    expect(rowsOf(db).marks).toHaveLength(12);
    // Nothing else is left in the folder: no temporary file, no -wal or -shm beside the copy.
    expect(namesIn(path.dirname(destination))).toEqual(['knotbook-manual.sqlite']);
    // A plain rollback-journal file, so reading it later creates nothing beside it.
    expect(fs.readFileSync(destination)[18]).toBe(1);
  });

  it('lets the app keep writing while the backup runs, and the copy has those writes too', async () => {
    const { db } = openTempDb();
    // Enough pages that the copy takes many turns of the event loop (100 pages a turn).
    for (let i = 0; i < 300; i += 1) {
      createClient(db, ACTOR, { ...EMPTY_CLIENT, givenName: `Client ${i}`, healthHistory: 'x'.repeat(3000) });
    }
    const destination = tempPath('during.sqlite');
    let running = true;
    let writesDuring = 0;
    const writeWhileRunning = () => {
      if (!running) return;
      createClient(db, ACTOR, { ...EMPTY_CLIENT, givenName: `Walk-in ${writesDuring}` });
      writesDuring += 1;
      setImmediate(writeWhileRunning);
    };

    const backup = backupTo(db, destination);
    createClient(db, ACTOR, { ...EMPTY_CLIENT, givenName: 'Booked while the backup started' });
    setImmediate(writeWhileRunning);
    const summary = await backup;
    running = false;

    expect(writesDuring).toBeGreaterThan(0);
    // Every write succeeded and is in the database.
    const all = rowsOf(db).clients;
    expect(all).toHaveLength(301 + writesDuring);
    // The copy is the database as it was when the last page was copied: the first writes made
    // while it ran are in it (the rest came while it was being verified), and the counts it was
    // verified against are those of that moment.
    const copied = rowsOfFile(destination).clients;
    expect(copied.length).toBeGreaterThan(301);
    expect(summary.clients).toBe(copied.length);
    expect(copied).toEqual(all.slice(0, copied.length));
  });

  it('never replaces an existing file unless asked to', async () => {
    const { db } = openTempDb();
    addPractice(db, ['Maya']);
    const destination = tempPath('knotbook-backup.sqlite');
    fs.writeFileSync(destination, 'an older backup the therapist wants to keep');

    const error = await rejection(backupTo(db, destination));
    expect(error.reason).toBe('exists');
    expect(error.message).toBe(
      'A file named "knotbook-backup.sqlite" is already there. Choose another name; nothing was changed.',
    );
    expect(fs.readFileSync(destination, 'utf8')).toBe('an older backup the therapist wants to keep');
    expect(namesIn(path.dirname(destination))).toEqual(['knotbook-backup.sqlite']);

    const summary = await backupTo(db, destination, { overwrite: true });
    expect(summary.clients).toBe(1);
    expect(rowsOfFile(destination)).toEqual(rowsOf(db));
  });

  it('refuses to write the backup over the database itself', async () => {
    const { db, file } = openTempDb();
    addPractice(db, ['Maya']);
    const error = await rejection(backupTo(db, file, { overwrite: true }));
    expect(error.reason).toBe('exists');
    expect(error.message).toMatch(/cannot replace the database it is a copy of/);
    expect(rowsOf(db).clients).toHaveLength(1);
  });

  it('removes a backup that is damaged after writing, and keeps nothing under the final name', async () => {
    const { db } = openTempDb();
    addPractice(db);
    const destination = tempPath('knotbook-damaged.sqlite');
    let damaged = '';

    const error = await rejection(
      writeBackup(db, destination, {}, (temp) => {
        damaged = temp;
        damageTable(temp, 'clients');
      }),
    );

    expect(error.reason).toBe('not_verified');
    expect(error.message).toBe(
      'The backup did not read back as a good copy of your records, so Knotbook did not keep it. Your records are unchanged; try again, or save the backup on another disk.',
    );
    expect(damaged).not.toBe('');
    expect(fs.existsSync(destination)).toBe(false);
    expect(namesIn(path.dirname(destination))).toEqual([]);
    expect(rowsOf(db).clients).toHaveLength(3);
  });

  it('says in plain words when the folder cannot be written to', async () => {
    const { db } = openTempDb();
    const notAFolder = tempPath('notes.txt');
    fs.writeFileSync(notAFolder, 'not a folder');
    const error = await rejection(backupTo(db, path.join(notAFolder, 'knotbook-backup.sqlite')));
    expect(error.reason).toBe('write_failed');
    expect(error.message).toMatch(
      /^Knotbook could not write in the folder ".*notes\.txt", so it could not save the backup\./,
    );
    expect(error.message).toMatch(/your records are unchanged\.$/);
  });
});

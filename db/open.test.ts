import crypto from 'node:crypto';
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { KNOTBOOK_APPLICATION_ID, LATEST_SCHEMA_VERSION, migrate } from './migrations';
import { DatabaseOpenError, openDatabase } from './open';
import { createClient, EMPTY_CLIENT, listClients } from './queries/clients';
import { ACTOR, openTempDb, tempPath, track } from './testing/temp-db';

function fingerprint(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

function refusal(file: string): DatabaseOpenError {
  try {
    track(openDatabase(file));
  } catch (error) {
    expect(error).toBeInstanceOf(DatabaseOpenError);
    return error as DatabaseOpenError;
  }
  throw new Error('the file was opened, but it should have been refused');
}

describe('openDatabase', () => {
  it('creates a new database with the safety settings on and the schema up to date', () => {
    const { db } = openTempDb();
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('application_id', { simple: true })).toBe(KNOTBOOK_APPLICATION_ID);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
  });

  it('keeps clients across closing and reopening', () => {
    const { db, file } = openTempDb();
    createClient(db, ACTOR, { ...EMPTY_CLIENT, givenName: 'Maya', familyName: 'Okafor' });
    db.close();
    const reopened = track(openDatabase(file));
    expect(listClients(reopened, { includeArchived: false }).map((c) => c.givenName)).toEqual(['Maya']);
  });

  it('creates the folder of a new database file', () => {
    const file = tempPath('nested/deeper/knotbook.sqlite');
    track(openDatabase(file));
    expect(fs.existsSync(file)).toBe(true);
  });

  it('refuses a file that is not a database, and leaves it untouched', () => {
    const file = tempPath('notes.sqlite');
    fs.writeFileSync(file, 'Shopping list: massage oil, towels\n');
    const before = fingerprint(file);
    expect(refusal(file).code).toBe('not_knotbook');
    expect(refusal(file).message).toMatch(/is not a Knotbook database/);
    expect(fingerprint(file)).toBe(before);
  });

  it("refuses another program's SQLite database, and leaves it untouched", () => {
    const file = tempPath('other.sqlite');
    const other = new Database(file);
    other.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL); INSERT INTO invoices VALUES (1, 99.5);');
    other.close();
    const before = fingerprint(file);
    expect(refusal(file).code).toBe('not_knotbook');
    expect(fingerprint(file)).toBe(before);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  it('refuses a database written by a newer Knotbook, and leaves it untouched', () => {
    const { db, file } = openTempDb();
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    db.close();
    const before = fingerprint(file);
    const error = refusal(file);
    expect(error.code).toBe('too_new');
    expect(error.message).toMatch(/newer version of Knotbook/);
    expect(fingerprint(file)).toBe(before);
  });

  it('refuses a database whose client list is damaged, and leaves it untouched', () => {
    const { db, file } = openTempDb();
    for (let i = 0; i < 400; i++) {
      createClient(db, ACTOR, { ...EMPTY_CLIENT, givenName: `Client ${i}`, healthHistory: 'x'.repeat(200) });
    }
    db.close();
    const bytes = fs.readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    bytes.fill(0xa5, pageSize * 3, pageSize * 6); // scribble over pages 4-6
    fs.writeFileSync(file, bytes);
    const before = fingerprint(file);
    const error = refusal(file);
    expect(error.code).toBe('damaged');
    expect(error.message).toMatch(/damaged/);
    expect(fingerprint(file)).toBe(before);
  });

  it('refuses a file cut short (shorter than its header says), and leaves it untouched', () => {
    const { db, file } = openTempDb();
    for (let i = 0; i < 200; i++) {
      createClient(db, ACTOR, { ...EMPTY_CLIENT, givenName: `Client ${i}`, healthHistory: 'x'.repeat(200) });
    }
    db.close();
    const pageSize = fs.readFileSync(file).readUInt16BE(16);
    fs.truncateSync(file, fs.statSync(file).size - 3 * pageSize); // the last three pages lost
    const before = fingerprint(file);
    const error = refusal(file);
    expect(error.code).toBe('damaged');
    expect(error.message).toBe(
      '"knotbook.sqlite" is damaged and cannot be opened safely. Restore it from a backup; Knotbook has not changed it.',
    );
    expect(fingerprint(file)).toBe(before);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  it('opens a file from the first schema version (no settings table yet) and brings it up to date', () => {
    const file = tempPath();
    const old = new Database(file);
    migrate(old, 1);
    old.exec(
      "INSERT INTO clients (id, given_name, created_at, updated_at) VALUES ('c1', 'Maya', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')",
    );
    old.close();
    const db = track(openDatabase(file));
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(listClients(db, { includeArchived: false }).map((c) => c.givenName)).toEqual(['Maya']);
  });

  it('adopts an empty SQLite file', () => {
    const file = tempPath();
    new Database(file).close();
    const db = track(openDatabase(file));
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
  });
});

/**
 * verifyBackup: a written backup is kept only if it reads back as Knotbook's, of the source's
 * schema, whole (integrity_check), with the source's clients and sessions.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { KNOTBOOK_APPLICATION_ID, LATEST_SCHEMA_VERSION } from '../migrations';
import { openTempDb, tempPath } from '../testing/temp-db';
import { BackupError } from './errors';
import { addPractice, damageTable, rejectionOf } from './testing';
import { verifyBackup, verifyBackupSync, type ExpectedContents } from './verify';
import { backupTo } from './write';

const NOT_VERIFIED =
  'The backup did not read back as a good copy of your records, so Knotbook did not keep it. Your records are unchanged; try again, or save the backup on another disk.';

/** A verified backup of a small practice, and what it holds. */
async function goodBackup(): Promise<{ file: string; expected: ExpectedContents }> {
  const { db } = openTempDb();
  addPractice(db);
  const file = tempPath('knotbook-manual-2026-11-21T08-30-00Z.sqlite');
  await backupTo(db, file);
  return { file, expected: { schemaVersion: LATEST_SCHEMA_VERSION, clients: 3, sessions: 6 } };
}

async function refusal(file: string, expected: ExpectedContents): Promise<BackupError> {
  const error = await rejectionOf(verifyBackup(file, expected), BackupError);
  expect(error.reason).toBe('not_verified');
  expect(error.message).toBe(NOT_VERIFIED);
  return error;
}

describe('verifyBackup', () => {
  it('accepts a good backup and says what it holds', async () => {
    const { file, expected } = await goodBackup();
    const contents = await verifyBackup(file, expected);
    expect(contents).toMatchObject(expected);
    expect(contents.lastChangeAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('refuses a backup with a damaged page', async () => {
    const { file, expected } = await goodBackup();
    damageTable(file, 'clients');
    const error = await refusal(file, expected);
    expect(error.detail).toMatch(/integrity_check|SQLITE_CORRUPT/);
  });

  it('refuses a backup damaged in a table the counts do not read', async () => {
    const { file, expected } = await goodBackup();
    damageTable(file, 'marks');
    expect((await refusal(file, expected)).detail).toMatch(/integrity_check|SQLITE_CORRUPT/);
  });

  it('refuses a backup that does not hold the clients or sessions the database had', async () => {
    const { file, expected } = await goodBackup();
    expect((await refusal(file, { ...expected, clients: 4 })).detail).toBe('clients');
    expect((await refusal(file, { ...expected, sessions: 5 })).detail).toBe('sessions');
  });

  it('refuses a backup of another schema version or of another program', async () => {
    const { file, expected } = await goodBackup();
    expect((await refusal(file, { ...expected, schemaVersion: 6 })).detail).toBe('user_version');
    const other = tempPath('other.sqlite');
    const db = new Database(other);
    db.exec('CREATE TABLE clients (id); CREATE TABLE sessions (id)');
    db.close();
    expect((await refusal(other, { ...expected, clients: 0, sessions: 0 })).detail).toBe('application_id');
    expect(KNOTBOOK_APPLICATION_ID).not.toBe(0);
  });

  it('gives the same verdicts when waited for on this thread', async () => {
    const { file, expected } = await goodBackup();
    expect(verifyBackupSync(file, expected)).toMatchObject(expected);
    damageTable(file, 'clients');
    expect(() => verifyBackupSync(file, expected)).toThrow(NOT_VERIFIED);
  });
});

import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupTo, defaultBackupFolder, listBackups } from '../db/backup';
import { freeBackupPath } from '../db/backup/names';
import { DatabaseOpenError, openDatabase } from '../db/open';
import { createClient, EMPTY_CLIENT, listClients } from '../db/queries/clients';
import { ACTOR, tempPath, track } from '../db/testing/temp-db';
import { offerRestore, type RecoveryQuestion } from './recover';

const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

async function damagedWithBackup(): Promise<string> {
  const file = tempPath();
  const db = openDatabase(file);
  createClient(db, ACTOR, { ...EMPTY_CLIENT, givenName: 'Maya' });
  await backupTo(db, freeBackupPath(defaultBackupFolder(file), 'daily', new Date()));
  db.close();
  fs.writeFileSync(file, 'this is no longer a database\n'.repeat(400)); // the file got damaged
  return file;
}

describe('a database file Knotbook refuses', () => {
  it('is replaced by the newest backup when the therapist asks, keeping the refused file', async () => {
    const file = await damagedWithBackup();
    const refusedBytes = sha(file);
    let asked: RecoveryQuestion | undefined;
    const restored = await offerRestore(file, 'damaged', {
      ask: (question) => {
        asked = question;
        return Promise.resolve('restore');
      },
      openFolder: () => undefined,
    });
    expect(restored).toBe(true);
    expect(asked?.newest?.kind).toBe('daily');
    const db = track(openDatabase(file));
    expect(listClients(db, { includeArchived: false }).map((c) => c.givenName)).toEqual(['Maya']);
    const kept = listBackups(defaultBackupFolder(file)).find((b) => b.kind === 'before-restore');
    expect(kept && sha(kept.file)).toBe(refusedBytes);
  });

  it('is left as it was when the therapist quits or opens the backups folder', async () => {
    const file = await damagedWithBackup();
    const before = sha(file);
    const opened: string[] = [];
    for (const choice of ['quit', 'open-folder'] as const) {
      const restored = await offerRestore(file, 'damaged', {
        ask: () => Promise.resolve(choice),
        openFolder: (folder) => opened.push(folder),
      });
      expect(restored).toBe(false);
    }
    expect(sha(file)).toBe(before);
    expect(opened).toEqual([path.join(path.dirname(file), 'knotbook-backups')]);
    expect(() => openDatabase(file)).toThrow(DatabaseOpenError);
  });

  it('offers no backup when the folder has none', async () => {
    const file = tempPath();
    fs.writeFileSync(file, 'not a database');
    let asked: RecoveryQuestion | undefined;
    await offerRestore(file, 'not Knotbook', {
      ask: (question) => {
        asked = question;
        return Promise.resolve('restore');
      },
      openFolder: () => undefined,
    });
    expect(asked?.newest).toBeNull();
    expect(fs.readFileSync(file, 'utf8')).toBe('not a database');
  });
});

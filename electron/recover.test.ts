import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupTo, defaultBackupFolder, listBackups } from '../db/backup';
import { freeBackupPath } from '../db/backup/names';
import { DatabaseOpenError, openDatabase } from '../db/open';
import { createClient, EMPTY_CLIENT, listClients } from '../db/queries/clients';
import { ACTOR, tempPath, track } from '../db/testing/temp-db';
import {
  SHOW_FOLDER_FAILED,
  offerRestore,
  type RecoveryChoice,
  type RecoveryDeps,
  type RecoveryQuestion,
} from './recover';

const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const MADE_AT = new Date('2026-11-21T08:30:00Z');

/** The therapist answers `choice`; the file manager opens anything; no error box is expected. */
function answering(choice: RecoveryChoice, overrides: Partial<RecoveryDeps> = {}): RecoveryDeps {
  return {
    ask: () => Promise.resolve(choice),
    openFolder: () => Promise.resolve(''),
    showError: (title, message) => {
      throw new Error(`unexpected error box: ${title}: ${message}`);
    },
    nativeBinding: undefined,
    ...overrides,
  };
}

async function damagedWithBackup(): Promise<string> {
  const file = tempPath();
  const db = openDatabase(file);
  createClient(db, ACTOR, { ...EMPTY_CLIENT, givenName: 'Maya' });
  await backupTo(db, freeBackupPath(defaultBackupFolder(file), 'daily', MADE_AT));
  db.close();
  fs.writeFileSync(file, 'this is no longer a database\n'.repeat(400)); // the file got damaged
  return file;
}

describe('a database file Knotbook refuses', () => {
  it('is replaced by the newest backup when the therapist asks, keeping the refused file', async () => {
    const file = await damagedWithBackup();
    const refusedBytes = sha(file);
    let asked: RecoveryQuestion | undefined;
    const restored = await offerRestore(
      file,
      'damaged',
      answering('restore', {
        ask: (question) => {
          asked = question;
          return Promise.resolve('restore');
        },
      }),
    );
    expect(restored).toBe(true);
    expect(asked?.newest?.kind).toBe('daily');
    const db = track(openDatabase(file));
    expect(listClients(db, { includeArchived: false }).map((c) => c.givenName)).toEqual(['Maya']);
    const kept = listBackups(defaultBackupFolder(file)).find((b) => b.kind === 'before-restore');
    expect(kept && sha(kept.file)).toBe(refusedBytes);
  });

  it('hands the restore the engine it is given', async () => {
    const file = await damagedWithBackup();
    // A path that is no engine: the restore must try it (and fail) rather than load the default.
    const restoring = offerRestore(
      file,
      'damaged',
      answering('restore', { nativeBinding: path.join(path.dirname(file), 'no-such-engine.node') }),
    );
    await expect(restoring).rejects.toThrow();
    expect(fs.readFileSync(file, 'utf8')).toMatch(/^this is no longer a database/);
  });

  it('is left as it was when the therapist quits or opens the backups folder', async () => {
    const file = await damagedWithBackup();
    const before = sha(file);
    const opened: string[] = [];
    for (const choice of ['quit', 'open-folder'] as const) {
      const restored = await offerRestore(
        file,
        'damaged',
        answering(choice, {
          openFolder: (folder) => {
            opened.push(folder);
            return Promise.resolve('');
          },
        }),
      );
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
    await offerRestore(
      file,
      'not Knotbook',
      answering('restore', {
        ask: (question) => {
          asked = question;
          return Promise.resolve('restore');
        },
      }),
    );
    expect(asked?.newest).toBeNull();
    expect(fs.readFileSync(file, 'utf8')).toBe('not a database');
  });
});

describe('showing the backups folder', () => {
  it('makes the folder when there is none yet, and resolves only once it has been shown', async () => {
    const file = tempPath();
    fs.writeFileSync(file, 'not a database');
    const folder = path.join(path.dirname(file), 'knotbook-backups');
    const events: string[] = [];
    const offer = offerRestore(
      file,
      'not Knotbook',
      answering('open-folder', {
        openFolder: async (shown) => {
          events.push(`asked to show ${path.basename(shown)}, there: ${fs.existsSync(shown)}`);
          await new Promise((done) => setTimeout(done, 20));
          events.push('shown');
          return '';
        },
      }),
    );
    events.push(`offer settled: ${await offer}`);
    expect(events).toEqual(['asked to show knotbook-backups, there: true', 'shown', 'offer settled: false']);
    expect(fs.statSync(folder).isDirectory()).toBe(true);
  });

  it('says what went wrong when the folder could not be shown', async () => {
    const file = tempPath();
    fs.writeFileSync(file, 'not a database');
    const boxes: [string, string][] = [];
    await offerRestore(
      file,
      'not Knotbook',
      answering('open-folder', {
        openFolder: () => Promise.resolve('No application knows how to open folders.'),
        showError: (title, message) => boxes.push([title, message]),
      }),
    );
    const folder = path.join(path.dirname(file), 'knotbook-backups');
    expect(boxes).toEqual([[SHOW_FOLDER_FAILED, expect.stringContaining('No application knows how to open folders.')]]);
    expect(boxes[0]?.[1]).toContain(folder);
  });

  it('says so when the folder cannot be made, without asking the file manager', async () => {
    const file = tempPath();
    fs.writeFileSync(file, 'not a database');
    // Where the folder belongs, a file: no folder can be made there.
    fs.writeFileSync(path.join(path.dirname(file), 'knotbook-backups'), 'in the way');
    const boxes: string[] = [];
    const opened: string[] = [];
    await offerRestore(
      file,
      'not Knotbook',
      answering('open-folder', {
        openFolder: (folder) => {
          opened.push(folder);
          return Promise.resolve('');
        },
        showError: (title) => boxes.push(title),
      }),
    );
    expect(boxes).toEqual([SHOW_FOLDER_FAILED]);
    expect(opened).toEqual([]);
  });
});

/** The names of backups, and the list of Knotbook's backups in a folder. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempPath } from '../testing/temp-db';
import { backupFileName, defaultBackupFolder, freeBackupPath, listBackups, parseBackupName } from './names';

const at = new Date('2026-11-21T08:30:00.000Z');

describe('backup names', () => {
  it('are sortable, have no colons, and say what kind of backup they are', () => {
    expect(backupFileName('daily', at)).toBe('knotbook-2026-11-21T08-30-00Z.sqlite');
    expect(backupFileName('before-migration', at, { beforeVersion: 7 })).toBe(
      'knotbook-before-v7-2026-11-21T08-30-00Z.sqlite',
    );
    expect(backupFileName('before-restore', at)).toBe('knotbook-before-restore-2026-11-21T08-30-00Z.sqlite');
    expect(backupFileName('manual', at)).toBe('knotbook-manual-2026-11-21T08-30-00Z.sqlite');
    expect(backupFileName('daily', at, { copy: 2 })).toBe('knotbook-2026-11-21T08-30-00Z-2.sqlite');
  });

  it('are read back, and any other name is not ours', () => {
    expect(parseBackupName('knotbook-before-v7-2026-11-21T08-30-00Z.sqlite')).toEqual({
      kind: 'before-migration',
      at,
      beforeVersion: 7,
    });
    expect(parseBackupName('knotbook-2026-11-21T08-30-00Z-3.sqlite')).toEqual({ kind: 'daily', at });
    for (const name of [
      'knotbook.sqlite',
      'knotbook-2026-11-21T08:30:00Z.sqlite',
      'knotbook-2026-02-30T08-30-00Z.sqlite',
      'knotbook-2026-11-21T08-30-00Z.sqlite-wal',
      'knotbook-2026-11-21T08-30-00Z.sqlite.bak',
      'old-knotbook-2026-11-21T08-30-00Z.sqlite',
      '.knotbook-2026-11-21T08-30-00Z.sqlite.0123456789ab.partial',
    ]) {
      expect(parseBackupName(name), name).toBeUndefined();
    }
  });

  it('go in a folder beside the database, named after it, so two databases never mix their backups', () => {
    expect(defaultBackupFolder('/data/Knotbook/knotbook.sqlite')).toBe(path.resolve('/data/Knotbook/knotbook-backups'));
    expect(defaultBackupFolder('/data/Knotbook/practice 2.db')).toBe(path.resolve('/data/Knotbook/practice 2-backups'));
  });

  it('get "-2" when the name is taken', () => {
    const folder = path.dirname(tempPath());
    fs.writeFileSync(path.join(folder, backupFileName('manual', at)), 'x');
    expect(path.basename(freeBackupPath(folder, 'manual', at))).toBe('knotbook-manual-2026-11-21T08-30-00Z-2.sqlite');
  });
});

describe('listBackups', () => {
  it("lists Knotbook's backups newest first, with kind, time and size, and nothing else", () => {
    const folder = path.dirname(tempPath());
    const write = (name: string, bytes = 10) => fs.writeFileSync(path.join(folder, name), 'x'.repeat(bytes));
    write('knotbook-2026-11-20T08-30-00Z.sqlite', 100);
    write('knotbook-before-v7-2026-11-21T07-00-00Z.sqlite', 200);
    write('knotbook-before-restore-2026-11-21T09-15-00Z.sqlite', 300);
    write('knotbook-manual-2026-11-19T18-00-00Z.sqlite', 400);
    write('knotbook.sqlite');
    write('holiday-photos.jpg');
    write('knotbook-2026-11-20T08-30-00Z.sqlite-journal');
    fs.mkdirSync(path.join(folder, 'knotbook-2026-11-22T08-30-00Z.sqlite'));

    expect(listBackups(folder)).toEqual([
      {
        file: path.join(folder, 'knotbook-before-restore-2026-11-21T09-15-00Z.sqlite'),
        name: 'knotbook-before-restore-2026-11-21T09-15-00Z.sqlite',
        kind: 'before-restore',
        at: '2026-11-21T09:15:00.000Z',
        bytes: 300,
      },
      {
        file: path.join(folder, 'knotbook-before-v7-2026-11-21T07-00-00Z.sqlite'),
        name: 'knotbook-before-v7-2026-11-21T07-00-00Z.sqlite',
        kind: 'before-migration',
        at: '2026-11-21T07:00:00.000Z',
        bytes: 200,
        beforeVersion: 7,
      },
      {
        file: path.join(folder, 'knotbook-2026-11-20T08-30-00Z.sqlite'),
        name: 'knotbook-2026-11-20T08-30-00Z.sqlite',
        kind: 'daily',
        at: '2026-11-20T08:30:00.000Z',
        bytes: 100,
      },
      {
        file: path.join(folder, 'knotbook-manual-2026-11-19T18-00-00Z.sqlite'),
        name: 'knotbook-manual-2026-11-19T18-00-00Z.sqlite',
        kind: 'manual',
        at: '2026-11-19T18:00:00.000Z',
        bytes: 400,
      },
    ]);
  });

  it('finds none in a folder that is not there', () => {
    expect(listBackups(path.join(path.dirname(tempPath()), 'knotbook-backups'))).toEqual([]);
  });
});

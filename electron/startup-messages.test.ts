import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BackupError } from '../db/backup';
import type { BackupEntry } from '../db/backup';
import { DISK_FULL_ON_OPEN, FULL_BELOW_BYTES, freeBytes, isDiskFull } from '../db/errors';
import {
  DISK_FULL_TITLE,
  ENGINE_PROBLEM_TITLE,
  REFUSED_FILE_TITLE,
  errorKind,
  openProblemText,
  refusedFileBox,
  restoreFailureMessage,
  settingsFolderProblem,
  startupFailureMessage,
} from './startup-messages';

const SECRET = 'Maya Okafor: headaches behind the right eye';

function failure(code?: string): Error {
  const error = new Error(`${SECRET}\n    at start (main.cjs:1:1)`);
  if (code) Object.assign(error, { code });
  return error;
}

describe('errorKind', () => {
  it('names an error by its code, else its kind, never by its message', () => {
    expect(errorKind(failure('EACCES'))).toBe('EACCES');
    expect(errorKind(failure('SQLITE_BUSY'))).toBe('SQLITE_BUSY');
    expect(errorKind(new TypeError(SECRET))).toBe('TypeError');
    expect(errorKind(failure('not a code: ' + SECRET))).toBe('Error');
    expect(errorKind(SECRET)).toBe('unknown');
  });
});

describe('what the app says when it cannot start', () => {
  it('says what to do, with no stack trace and nothing from the error message', () => {
    for (const message of [startupFailureMessage(failure('EPERM')), settingsFolderProblem('/p', failure('ENOTDIR'))]) {
      expect(message).not.toContain(SECRET);
      expect(message).not.toMatch(/\bat .+:\d+/);
      expect(message).toMatch(/start Knotbook again/i);
    }
    expect(startupFailureMessage(failure('EPERM'))).toContain('(For support: EPERM)');
    expect(settingsFolderProblem('/p', failure('ENOTDIR'))).toContain('/p');
  });

  it("passes a restore's own plain words on, and only the kind of anything else", () => {
    expect(restoreFailureMessage(new BackupError('refused', 'That backup is damaged.'))).toBe(
      'That backup is damaged.',
    );
    const other = restoreFailureMessage(failure('EIO'));
    expect(other).not.toContain(SECRET);
    expect(other).toContain('(EIO)');
  });
});

describe('the startup offer for a refused file', () => {
  const newest: BackupEntry = {
    file: '/x/knotbook-backups/knotbook-2026-11-21T08-30-00Z.sqlite',
    name: 'knotbook-2026-11-21T08-30-00Z.sqlite',
    kind: 'daily',
    at: '2026-11-21T08:30:00.000Z',
    bytes: 4096,
  };

  it('offers the newest backup by when it was made, the folder, or quitting', () => {
    const { options, choices } = refusedFileBox(
      { message: '"knotbook.sqlite" is damaged.', newest, folder: '/x/knotbook-backups' },
      (iso) => `at ${iso}`,
    );
    expect(options).toMatchObject({ title: REFUSED_FILE_TITLE, defaultId: 0, cancelId: 2 });
    expect(options.buttons).toEqual([
      'Restore the backup of at 2026-11-21T08:30:00.000Z',
      'Show the backups folder',
      'Quit',
    ]);
    expect(choices).toEqual(['restore', 'open-folder', 'quit']);
    expect(options.detail).toContain('keeps a copy of this file');
  });

  it('offers the folder or quitting when there is no backup', () => {
    const { options, choices } = refusedFileBox(
      { message: 'Not Knotbook.', newest: null, folder: '/x/knotbook-backups' },
      String,
    );
    expect(options.buttons).toEqual(['Show the backups folder', 'Quit']);
    expect(options.cancelId).toBe(1);
    expect(choices).toEqual(['open-folder', 'quit']);
  });
});

describe('a full disk (issue 17)', () => {
  const DISK_FULL =
    'The disk holding your Knotbook file is full. Free some space (empty the trash, move large files), then open Knotbook again. Nothing was changed.';

  it('is said in the same plain words on every startup path', () => {
    expect(DISK_FULL_ON_OPEN).toBe(DISK_FULL);
    for (const code of ['SQLITE_FULL', 'ENOSPC', 'EDQUOT']) {
      expect(startupFailureMessage(failure(code))).toBe(DISK_FULL);
      expect(restoreFailureMessage(failure(code))).toBe(DISK_FULL);
    }
    // Wrapped by whoever caught it first.
    expect(startupFailureMessage(new Error('could not open', { cause: failure('SQLITE_FULL') }))).toBe(DISK_FULL);
    expect(openProblemText({ kind: 'disk_full', message: 'disk I/O error' })).toEqual({
      title: DISK_FULL_TITLE,
      message: DISK_FULL,
    });
    const settings = settingsFolderProblem('/data/knotbook', failure('ENOSPC'));
    expect(settings).toContain('/data/knotbook');
    expect(settings).toMatch(
      /is full[\s\S]*Free some space \(empty the trash, move large files\), then start Knotbook again\./,
    );
    expect(settings).not.toContain(SECRET);
  });

  it('leaves other problems in their own words', () => {
    expect(startupFailureMessage(failure('SQLITE_IOERR'))).toContain('(For support: SQLITE_IOERR)');
    expect(restoreFailureMessage(new BackupError('write_failed', 'There is not enough free space.'))).toBe(
      'There is not enough free space.',
    );
    expect(openProblemText({ kind: 'file', message: '"k.sqlite" is damaged.' })).toEqual({
      title: REFUSED_FILE_TITLE,
      message: '"k.sqlite" is damaged.',
    });
    expect(openProblemText({ kind: 'engine', message: 'Reinstall Knotbook.' }).title).toBe(ENGINE_PROBLEM_TITLE);
  });

  it('is recognised from "disk I/O error" when the disk holding the file has no room left', () => {
    // What SQLite says when its shared-memory file cannot grow on a full disk.
    const ioError = failure('SQLITE_IOERR_SHMSIZE');
    expect(isDiskFull(ioError, '/data', () => 0)).toBe(true);
    expect(isDiskFull(ioError, '/data', () => FULL_BELOW_BYTES - 1)).toBe(true);
    expect(isDiskFull(ioError, '/data', () => FULL_BELOW_BYTES)).toBe(false);
    expect(isDiskFull(ioError, '/data', () => undefined)).toBe(false);
    expect(isDiskFull(ioError)).toBe(false);
    expect(isDiskFull(failure('SQLITE_FULL'), '/data', () => 10 * FULL_BELOW_BYTES)).toBe(true);
  });

  it('measures the free space of the nearest folder that exists', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'knotbook-free-'));
    try {
      const here = freeBytes(folder);
      expect(here).toBeGreaterThan(0);
      expect(freeBytes(path.join(folder, 'not', 'made', 'yet'))).toBeGreaterThan(0);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});

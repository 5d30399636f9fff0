import { describe, expect, it } from 'vitest';
import { BackupError } from '../db/backup';
import type { BackupEntry } from '../db/backup';
import {
  REFUSED_FILE_TITLE,
  errorKind,
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

import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { chooseDatabaseFile, chooseUserDataFolder, parseArgs, userArgv } from './args';

describe('parseArgs', () => {
  it('defaults to no file and no demo', () => {
    expect(parseArgs([])).toEqual({ demo: false });
  });

  it('reads --db <file> and --db=<file>', () => {
    expect(parseArgs(['--db', '/tmp/a.sqlite'])).toEqual({ db: '/tmp/a.sqlite', demo: false });
    expect(parseArgs(['--db=/tmp/b c.sqlite'])).toEqual({ db: '/tmp/b c.sqlite', demo: false });
  });

  it('reads --demo alone or with a file', () => {
    expect(parseArgs(['--demo'])).toEqual({ demo: true });
    expect(parseArgs(['--db', 'x.sqlite', '--demo'])).toEqual({ db: 'x.sqlite', demo: true });
    expect(parseArgs(['--demo', '--db=x.sqlite'])).toEqual({ db: 'x.sqlite', demo: true });
  });

  it('reads --data-dir', () => {
    expect(parseArgs(['--data-dir', '/tmp/profile'])).toEqual({ dataDir: '/tmp/profile', demo: false });
    expect(parseArgs(['--data-dir=/tmp/p'])).toEqual({ dataDir: '/tmp/p', demo: false });
  });

  it('ignores switches added by Electron, Chromium or Playwright', () => {
    const argv = ['--no-sandbox', '--inspect=0', '--remote-debugging-port=0', '--db', 'k.sqlite'];
    expect(parseArgs(argv)).toEqual({ db: 'k.sqlite', demo: false });
  });

  it('does not take the next switch as a file name', () => {
    expect(parseArgs(['--db', '--demo'])).toEqual({ demo: true });
    expect(parseArgs(['--db'])).toEqual({ demo: false });
    expect(parseArgs(['--db='])).toEqual({ demo: false });
  });

  it('lets the last --db win', () => {
    expect(parseArgs(['--db', 'a', '--db=b'])).toEqual({ db: 'b', demo: false });
  });
});

describe('userArgv', () => {
  it('drops the executable, and the app folder in development', () => {
    expect(userArgv(['/opt/Knotbook/knotbook', '--demo'], false)).toEqual(['--demo']);
    expect(userArgv(['/x/electron', '/repo', '--db', 'f'], true)).toEqual(['--db', 'f']);
  });
});

describe('chooseDatabaseFile', () => {
  const dirs = { userData: path.resolve('/home/t/.config/Knotbook'), temp: path.resolve('/tmp'), now: 1763700000000 };

  it('uses knotbook.sqlite in the user data folder by default', () => {
    expect(chooseDatabaseFile({ demo: false }, dirs)).toEqual({
      file: path.join(dirs.userData, 'knotbook.sqlite'),
      demo: false,
    });
  });

  it('uses --db, made absolute', () => {
    expect(chooseDatabaseFile({ db: 'clinic.sqlite', demo: false }, dirs)).toEqual({
      file: path.resolve('clinic.sqlite'),
      demo: false,
    });
  });

  it('makes a fresh demo file in the temp folder', () => {
    expect(chooseDatabaseFile({ demo: true }, dirs)).toEqual({
      file: path.join(dirs.temp, 'knotbook-demo-1763700000000.sqlite'),
      demo: true,
    });
  });

  it('fills a given --db file with the demo when asked', () => {
    expect(chooseDatabaseFile({ db: '/x/new.sqlite', demo: true }, dirs)).toEqual({
      file: path.resolve('/x/new.sqlite'),
      demo: true,
    });
  });
});

describe('chooseUserDataFolder', () => {
  const demoFolder = path.resolve('/tmp/knotbook-demo-settings-a1B2c3');
  const makeDemoFolder = () => demoFolder;

  it("keeps Electron's default when nothing is asked", () => {
    expect(chooseUserDataFolder({ demo: false }, makeDemoFolder)).toBeUndefined();
    expect(chooseUserDataFolder({ db: 'clinic.sqlite', demo: false }, makeDemoFolder)).toBeUndefined();
  });

  it('gives a demo a folder of its own, with or without --db', () => {
    expect(chooseUserDataFolder({ demo: true }, makeDemoFolder)).toBe(demoFolder);
    expect(chooseUserDataFolder({ db: 'x.sqlite', demo: true }, makeDemoFolder)).toBe(demoFolder);
  });

  it('uses --data-dir, made absolute, even for a demo (and then makes no demo folder)', () => {
    const never = () => {
      throw new Error('no demo folder should be made');
    };
    expect(chooseUserDataFolder({ dataDir: 'profile', demo: true }, never)).toBe(path.resolve('profile'));
    expect(chooseUserDataFolder({ dataDir: '/p', demo: false }, never)).toBe(path.resolve('/p'));
  });
});

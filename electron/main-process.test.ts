/**
 * The bundled main process and preload, run in plain Node against a stand-in 'electron' module
 * (testing/electron-stub.ts, driven by testing/run-main.ts). It checks the wiring Electron
 * itself cannot check here: window options, app:// serving, the preload's bridge and the API
 * channel with its sender check, the refusals, the menu, window state; and startup: the demo's
 * own user-data folder before the lock, the engine loaded once and used by every connection and
 * worker, an engine problem told apart from a file problem, the startup offer (restore, show the
 * backups folder), an older file updated after its copy is kept, and an unexpected failure
 * ending in an error box and exit code 1. The real-Electron counterpart is
 * tests/electron/smoke.spec.ts, which shares testing/desktop-fixtures.ts with this file.
 */
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BRIDGE_FUNCTIONS } from '../db/api/bridge';
import { defaultBackupFolder, listBackups } from '../db/backup';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { devNativeBindingPath } from '../db/native-binding';
import { bundleMain, bundlePreload } from '../scripts/build';
import { repoRoot } from '../scripts/run';
import { DEMO_USER_DATA_PREFIX } from './args';
import {
  OLD_SCHEMA_CLIENT,
  OLD_SCHEMA_VERSION,
  RESTORED_CLIENT,
  bundleAnswerHook,
  damagedFileWithBackup,
  notANativeModule,
  oldSchemaFile,
} from './testing/desktop-fixtures';
import {
  ENGINE_PROBLEM_TITLE,
  REFUSED_FILE_TITLE,
  RESTORE_FAILED_TITLE,
  STARTUP_FAILED_TITLE,
} from './startup-messages';
import { SHOW_FOLDER_FAILED } from './recover';
import { OPENING_PAGE_URL, OPENING_TITLE } from './opening-page';

const ELECTRON = '41.7.1';
/** An Electron whose engine is a file that is no native module (a broken copy). */
const ELECTRON_BROKEN_ENGINE = '98.0.0';
/** An Electron for which no engine was ever prepared. */
const ELECTRON_NO_ENGINE = '99.0.0';

// Inside the repository, so main.cjs finds node_modules/better-sqlite3 like in development.
fs.mkdirSync(path.join(repoRoot, '.tmp'), { recursive: true });
const root = fs.mkdtempSync(path.join(repoRoot, '.tmp', 'main-process-'));
const mainFile = path.join(root, 'dist', 'electron', 'main.cjs');
// The same bundle of testing/answer-message-box.ts as the real-Electron smoke test loads with -r.
const answerHook = path.join(root, 'answer-message-box.cjs');
const engineFile = devNativeBindingPath(root, ELECTRON, process.platform, process.arch);

beforeAll(async () => {
  await bundleMain(mainFile);
  await bundlePreload(path.join(root, 'dist', 'electron', 'preload.cjs'));
  await bundleAnswerHook(answerHook);
  const renderer = path.join(root, 'dist', 'renderer');
  fs.mkdirSync(path.join(renderer, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>Knotbook</title>');
  fs.writeFileSync(path.join(renderer, 'assets', 'app.js'), 'console.log(1);');
  // Node plays Electron here, so the "Electron build" is a copy of Node's own build.
  fs.mkdirSync(path.dirname(engineFile), { recursive: true });
  fs.copyFileSync(path.join(repoRoot, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'), engineFile);
  notANativeModule(devNativeBindingPath(root, ELECTRON_BROKEN_ENGINE, process.platform, process.arch));
}, 60_000);

afterAll(() => fs.rmSync(root, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 }));

interface RunOptions {
  electronVersion?: string;
  /** Answer the startup offer with the button whose label starts with this. */
  answer?: string;
  env?: Record<string, string>;
}

function runMain(args: string[], options: RunOptions = {}): Record<string, unknown> {
  const tsx = path.join(repoRoot, 'node_modules/tsx/dist/cli.mjs');
  const driver = path.join(repoRoot, 'electron/testing/run-main.ts');
  const hook = options.answer ? ['-r', answerHook] : [];
  const env = { ...process.env, ...options.env, ...(options.answer ? { KNOTBOOK_TEST_ANSWER: options.answer } : {}) };
  const result = spawnSync(
    process.execPath,
    [tsx, driver, mainFile, options.electronVersion ?? ELECTRON, ...hook, ...args],
    { encoding: 'utf8', timeout: 60_000, env },
  );
  const line = result.stdout.split('\n').find((l) => l.startsWith('REPORT '));
  if (!line) throw new Error(`no report (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  return JSON.parse(line.slice('REPORT '.length)) as Record<string, unknown>;
}

/** A fresh folder for one test's files. */
function folder(name: string): string {
  const dir = path.join(root, name);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** Only the engine main loaded (a copy of Node's build at the development path), on every thread. */
function expectOnlyTheEngine(report: Record<string, unknown>) {
  const engines = (report.engines as string[]).map((file) => fs.realpathSync(file));
  expect(engines).toEqual([fs.realpathSync(engineFile)]);
}

describe('main process', () => {
  it('opens a demo database in a locked-down window served from app://', () => {
    const db = path.join(root, 'demo.sqlite');
    const profile = path.join(root, 'profile');
    const report = runMain(['--db', db, '--demo', '--data-dir', profile]);

    expect(report).toMatchObject({ errorBoxes: [], windows: 1, sandboxEnabled: true, shown: true });
    expect(report.schemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(report.url).toBe('app://knotbook/index.html');
    expect(report.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: path.join(root, 'dist', 'electron', 'preload.cjs'),
    });

    expect(report.index).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
    expect((report.index as { csp: string }).csp).toContain("script-src 'self'");
    expect(report.script).toMatchObject({ status: 200, type: 'text/javascript; charset=utf-8' });
    expect(report.route).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
    expect(report.traversal).toMatchObject({ status: 404 });
    expect(report.otherHost).toMatchObject({ status: 404 });

    // The preload puts exactly the bridge's functions on the page, and its call reaches the API.
    expect(report.bridge).toEqual([...BRIDGE_FUNCTIONS]);
    expect(report.bridgeInfo).toMatchObject({ ok: true, value: { databasePath: db } });

    expect(report.list).toMatchObject({ ok: true });
    expect((report.list as { count: number }).count).toBeGreaterThan(0);
    expect(report.info).toMatchObject({ ok: true, value: { databasePath: db, appVersion: '0.1.0' } });
    expect(report.foreign).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(report.subframe).toMatchObject({ ok: false, error: { code: 'unauthorized' } });

    // Export PDF: a save dialog on our window, offering the note's name in Documents; the page
    // printed on the settings' paper; the file written where the dialog said.
    expect(report.exportPdf).toEqual({
      result: { status: 'saved', filePath: path.join(profile, 'Session note - Ana Silva - 2026-11-21.pdf') },
      written: '%PDF-1.7 stub',
      dialogParentIsWindow: true,
      defaultPath: path.join(os.tmpdir(), 'Session note - Ana Silva - 2026-11-21.pdf'),
      pdfOptions: [expect.objectContaining({ pageSize: 'A4', printBackground: true })],
    });
    expect(report.exportForeign).toMatchObject({ status: 'error', message: expect.stringContaining('refused') });
    expect(report.exportOtherContents).toMatchObject({ status: 'error', message: expect.stringContaining('refused') });

    expect(report).toMatchObject({
      navigateAway: true,
      navigateInside: false,
      webview: true,
      windowOpen: { action: 'deny' },
      permissionRequest: false,
      permissionCheck: false,
      printed: 1,
      windowState: true,
    });
    // New client presses Ctrl/Cmd+N in the page; Undo, with no text field focused, presses
    // Ctrl/Cmd+Z for the chart instead of undoing typing.
    const modifiers = [process.platform === 'darwin' ? 'meta' : 'control'];
    expect(report.sentInput).toEqual(
      ['n', 'z'].flatMap((keyCode) => ['keyDown', 'char', 'keyUp'].map((type) => ({ type, keyCode, modifiers }))),
    );
    expect(report).toMatchObject({ pageScripts: 1, textEdits: [] });
    // Spellcheck: no dictionary is ever downloaded; off where it would be (Windows, Linux).
    const offline = process.platform === 'darwin';
    expect((report.webPreferences as { spellcheck: boolean }).spellcheck).toBe(offline);
    expect(report.spellcheck).toContainEqual(['downloadURL', 'http://127.0.0.1:9/']);
    if (!offline) expect(report.spellcheck).toContainEqual(['enabled', false]);
    // The settings folder was set before the lock was taken, and the lock is on it.
    expect(report.lockUserData).toBe(profile);
    expectOnlyTheEngine(report);
    // Closed on quit after a checkpoint: nothing left in a write-ahead log. (The file itself may
    // stay, empty, while the background check's own connection is still open.)
    const wal = `${db}-wal`;
    expect(fs.existsSync(wal) ? fs.statSync(wal).size : 0).toBe(0);
  });

  it('gives a demo its own settings folder before taking the single-instance lock', () => {
    // The demo's folder and its database go to the temp folder: this test's own.
    const temp = folder('demo-temp');
    const report = runMain(['--demo'], { env: { TMPDIR: temp, TEMP: temp, TMP: temp } });

    expect(report).toMatchObject({ errorBoxes: [], windows: 1 });
    const calls = report.calls as string[];
    expect(calls.indexOf('setPath userData')).toBeGreaterThanOrEqual(0);
    expect(calls.indexOf('setPath userData')).toBeLessThan(calls.indexOf('requestSingleInstanceLock'));
    // Not Electron's default folder (the real Knotbook's lock), but a new one in temp.
    const locked = report.lockUserData as string;
    expect(path.dirname(locked)).toBe(temp);
    expect(path.basename(locked)).toMatch(new RegExp(`^${DEMO_USER_DATA_PREFIX}`));
    expect(fs.statSync(locked).isDirectory()).toBe(true);
    expect((report.list as { count: number }).count).toBeGreaterThan(0);
  });

  it('keeps the default settings folder, and its lock, for the real database', () => {
    // The stub's default folder is in temp: this test's own.
    const temp = folder('default-temp');
    const report = runMain(['--db', path.join(temp, 'knotbook.sqlite')], {
      env: { TMPDIR: temp, TEMP: temp, TMP: temp },
    });
    expect(report).toMatchObject({ errorBoxes: [], windows: 1 });
    expect(report.calls).not.toContain('setPath userData');
    expect(report.lockUserData).toBe(path.join(temp, 'electron-stub-default-user-data'));
  });

  it('stops with an error box, taking no lock, when the settings folder cannot be made', () => {
    const dir = folder('no-settings');
    const inTheWay = path.join(dir, 'a file');
    fs.writeFileSync(inTheWay, 'not a folder');
    const report = runMain(['--db', path.join(dir, 'knotbook.sqlite'), '--data-dir', path.join(inTheWay, 'profile')]);

    expect(report).toMatchObject({ windows: 0, exitCode: 1, messageBoxButtons: [] });
    expect(report.errorBoxes).toEqual([
      [STARTUP_FAILED_TITLE, expect.stringContaining(path.join(inTheWay, 'profile'))],
    ]);
    expect(report.calls).not.toContain('requestSingleInstanceLock');
    expect(fs.existsSync(path.join(dir, 'knotbook.sqlite'))).toBe(false);
  });

  it('refuses a file that is not a Knotbook database, without touching it', () => {
    const file = path.join(folder('foreign'), 'notes.sqlite');
    fs.writeFileSync(file, 'my own notes, not a database');
    const report = runMain(['--db', file]);
    expect(report).toMatchObject({ windows: 0, exitCode: 1 });
    expect(report.errorBoxes).toEqual([[REFUSED_FILE_TITLE, expect.stringContaining('not a Knotbook database')]]);
    // No backup beside it to offer: the backups folder, or quit (which the stub answers).
    expect(report.messageBoxButtons).toEqual([['Show the backups folder', 'Quit']]);
    expect(fs.readFileSync(file, 'utf8')).toBe('my own notes, not a database');
  });

  it('restores the newest backup when the startup offer is answered "Restore", with the engine main loaded', async () => {
    const dir = folder('restore');
    const file = path.join(dir, 'knotbook.sqlite');
    await damagedFileWithBackup(file);
    const damaged = sha(file);
    const report = runMain(['--db', file, '--data-dir', path.join(dir, 'profile')], { answer: 'Restore' });

    expect(report.asked).toEqual([
      {
        title: REFUSED_FILE_TITLE,
        buttons: [expect.stringMatching(/^Restore the backup of /), 'Show the backups folder', 'Quit'],
        answered: expect.stringMatching(/^Restore the backup of /),
      },
    ]);
    expect(report).toMatchObject({ errorBoxes: [], windows: 1 });
    expect(report.exitCode).toBeUndefined();
    expect((report.list as { names: string[] }).names).toEqual([RESTORED_CLIENT]);
    // The refused file is kept, byte for byte, beside the backup it was replaced by.
    const kept = listBackups(defaultBackupFolder(file)).find((b) => b.kind === 'before-restore');
    expect(kept && sha(kept.file)).toBe(damaged);
    // The restore's checks ran in workers: they too loaded the engine main resolved, no other.
    expectOnlyTheEngine(report);
  });

  it('says so when the restore fails, and exits without a window', async () => {
    const dir = folder('restore-fails');
    const file = path.join(dir, 'knotbook.sqlite');
    const { backup } = await damagedFileWithBackup(file);
    fs.writeFileSync(backup, 'this backup got damaged too'); // listed, but it cannot be restored
    const report = runMain(['--db', file], { answer: 'Restore' });
    expect(report).toMatchObject({ windows: 0, exitCode: 1 });
    expect(report.errorBoxes).toEqual([[RESTORE_FAILED_TITLE, expect.any(String)]]);
    expect(fs.readFileSync(file, 'utf8')).toMatch(/^this is no longer a database/);
  });

  it('makes and shows the backups folder when asked, and exits only once it has been shown', () => {
    const dir = folder('show-folder');
    const file = path.join(dir, 'notes.sqlite');
    fs.writeFileSync(file, 'my own notes, not a database');
    const report = runMain(['--db', file], { answer: 'Show the backups folder' });

    const backups = path.join(dir, 'notes-backups');
    expect(report).toMatchObject({ windows: 0, exitCode: 1, errorBoxes: [], openedPaths: [backups] });
    expect(fs.statSync(backups).isDirectory()).toBe(true);
    const calls = report.calls as string[];
    expect(calls.indexOf('openPath resolved')).toBeLessThan(calls.indexOf('exit 1'));
  });

  it('says what went wrong when the backups folder could not be shown', () => {
    const dir = folder('show-folder-fails');
    const file = path.join(dir, 'notes.sqlite');
    fs.writeFileSync(file, 'my own notes, not a database');
    const report = runMain(['--db', file], {
      answer: 'Show the backups folder',
      env: { ELECTRON_STUB_OPEN_PATH_ERROR: 'No application is set to open folders.' },
    });
    expect(report).toMatchObject({ windows: 0, exitCode: 1 });
    expect(report.errorBoxes).toEqual([[SHOW_FOLDER_FAILED, expect.stringContaining('No application is set')]]);
  });

  it('says to run npm start when the Electron build of better-sqlite3 is missing, offering no backup', () => {
    const file = path.join(folder('no-engine'), 'never.sqlite');
    const report = runMain(['--db', file], { electronVersion: ELECTRON_NO_ENGINE });
    expect(report).toMatchObject({ windows: 0, exitCode: 1, messageBoxButtons: [] });
    expect(report.errorBoxes).toEqual([[ENGINE_PROBLEM_TITLE, expect.stringContaining('npm start')]]);
    expect(fs.existsSync(file)).toBe(false);
  });

  it('tells an engine that does not load from a bad file: no offer to restore over a healthy one', async () => {
    // A healthy file with a backup beside it: were the engine problem taken for a file problem,
    // the startup offer would propose to replace it.
    const dir = folder('broken-engine');
    const file = path.join(dir, 'knotbook.sqlite');
    await damagedFileWithBackup(file);
    fs.copyFileSync(listBackups(defaultBackupFolder(file))[0]!.file, file);
    const before = sha(file);
    const report = runMain(['--db', file], { electronVersion: ELECTRON_BROKEN_ENGINE, answer: 'Restore' });

    expect(report).toMatchObject({ windows: 0, exitCode: 1, messageBoxButtons: [] });
    expect(report.asked).toEqual([]);
    expect(report.errorBoxes).toEqual([
      [ENGINE_PROBLEM_TITLE, expect.stringContaining('different version of Electron')],
    ]);
    expect(sha(file)).toBe(before);
  });

  it('updates a file of the older schema after keeping a copy of it in its backups folder', () => {
    const dir = folder('old-schema');
    const file = path.join(dir, 'knotbook.sqlite');
    oldSchemaFile(file);
    const report = runMain(['--db', file, '--data-dir', path.join(dir, 'profile')]);

    // Two windows: the small one that said how far the copy and update had come, then the app's.
    expect(report).toMatchObject({ errorBoxes: [], windows: 2, shown: true });
    expect(report.opening).toMatchObject({
      title: OPENING_TITLE,
      url: OPENING_PAGE_URL,
      destroyed: true,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false },
    });
    const opening = report.opening as { scripts: string[]; progress: number[] };
    const said = opening.scripts.map((script) => /textContent = ("[^"]*")/.exec(script)?.[1]);
    expect(said.at(-1)).toBe(JSON.stringify('Updating your records'));
    expect(said).toContain(JSON.stringify('Checking the safety copy'));
    // The taskbar showed the copy's fraction, then "busy", and was cleared when the window closed.
    expect(opening.progress).toContain(1);
    expect(opening.progress.at(-1)).toBe(-1);
    expect(report.info).toMatchObject({ ok: true, value: { schemaVersion: LATEST_SCHEMA_VERSION } });
    expect((report.list as { names: string[] }).names).toContain(OLD_SCHEMA_CLIENT);
    const copies = listBackups(defaultBackupFolder(file)).filter((b) => b.kind === 'before-migration');
    expect(copies.map((b) => b.beforeVersion)).toEqual([LATEST_SCHEMA_VERSION]);
    expect(OLD_SCHEMA_VERSION).toBeLessThan(LATEST_SCHEMA_VERSION);
    expectOnlyTheEngine(report);
  });

  it('ends an unexpected failure while starting with a plain error box and exit code 1', () => {
    const dir = folder('throws');
    const file = path.join(dir, 'knotbook.sqlite');
    const report = runMain(['--db', file, '--data-dir', path.join(dir, 'profile')], {
      env: { ELECTRON_STUB_THROW: 'Menu.setApplicationMenu' },
    });

    expect(report).toMatchObject({ windows: 0, exitCode: 1, messageBoxButtons: [] });
    expect(report.errorBoxes).toEqual([[STARTUP_FAILED_TITLE, expect.stringContaining('Start Knotbook again')]]);
    // Plain words: neither the error's own message nor a stack trace.
    const [, message] = (report.errorBoxes as [string, string][])[0]!;
    expect(message).not.toContain('electron-stub');
    expect(message).not.toMatch(/\bat .+:\d+/);
  });
});

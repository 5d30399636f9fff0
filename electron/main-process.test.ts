/**
 * The bundled main process, run in plain Node against a stand-in 'electron' module
 * (testing/electron-stub.ts, driven by testing/run-main.ts). It checks the wiring Electron
 * itself cannot check here: window options, app:// serving, the API channel and its sender
 * check, the refusals, the menu, window state, and the error box for a file it must not open.
 * The real-Electron counterpart is tests/electron/smoke.spec.ts.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devNativeBindingPath } from '../db/native-binding';
import { bundleMain } from '../scripts/build';
import { repoRoot } from '../scripts/run';

const ELECTRON = '41.7.1';
// Inside the repository, so main.cjs finds node_modules/better-sqlite3 like in development.
fs.mkdirSync(path.join(repoRoot, '.tmp'), { recursive: true });
const root = fs.mkdtempSync(path.join(repoRoot, '.tmp', 'main-process-'));
const mainFile = path.join(root, 'dist', 'electron', 'main.cjs');

beforeAll(async () => {
  await bundleMain(mainFile);
  const renderer = path.join(root, 'dist', 'renderer');
  fs.mkdirSync(path.join(renderer, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>Knotbook</title>');
  fs.writeFileSync(path.join(renderer, 'assets', 'app.js'), 'console.log(1);');
  // Node plays Electron here, so the "Electron build" is Node's own build.
  const native = devNativeBindingPath(root, ELECTRON, process.platform, process.arch);
  fs.mkdirSync(path.dirname(native), { recursive: true });
  fs.copyFileSync(path.join(repoRoot, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'), native);
}, 60_000);

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function runMain(electronVersion: string, args: string[]): Record<string, unknown> {
  const tsx = path.join(repoRoot, 'node_modules/tsx/dist/cli.mjs');
  const driver = path.join(repoRoot, 'electron/testing/run-main.ts');
  const result = spawnSync(process.execPath, [tsx, driver, mainFile, electronVersion, ...args], {
    encoding: 'utf8',
    timeout: 30_000,
  });
  const line = result.stdout.split('\n').find((l) => l.startsWith('REPORT '));
  if (!line) throw new Error(`no report (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  return JSON.parse(line.slice('REPORT '.length)) as Record<string, unknown>;
}

describe('main process', () => {
  it('opens a demo database in a locked-down window served from app://', () => {
    const db = path.join(root, 'demo.sqlite');
    const report = runMain(ELECTRON, ['--db', db, '--demo', '--data-dir', path.join(root, 'profile')]);

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

    expect(report.list).toMatchObject({ ok: true });
    expect((report.list as { count: number }).count).toBeGreaterThan(0);
    expect(report.info).toMatchObject({ ok: true, value: { databasePath: db, appVersion: '0.1.0' } });
    expect(report.foreign).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(report.subframe).toMatchObject({ ok: false, error: { code: 'unauthorized' } });

    // Export PDF: a save dialog on our window, offering the note's name in Documents; the page
    // printed on the settings' paper; the file written where the dialog said.
    const profile = path.join(root, 'profile');
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
    expect(report.sentInput).toEqual(
      ['keyDown', 'char', 'keyUp'].map((type) => ({
        type,
        keyCode: 'n',
        modifiers: [process.platform === 'darwin' ? 'meta' : 'control'],
      })),
    );
    // Closed on quit after a checkpoint: nothing left in a write-ahead log.
    expect(fs.existsSync(`${db}-wal`)).toBe(false);
  });

  it('refuses a file that is not a Knotbook database, without touching it', () => {
    const file = path.join(root, 'notes.sqlite');
    fs.writeFileSync(file, 'my own notes, not a database');
    const report = runMain(ELECTRON, ['--db', file]);
    expect(report).toMatchObject({ windows: 0, exitCode: 1 });
    expect(report.errorBoxes).toEqual([
      ['Knotbook cannot open this file', expect.stringContaining('not a Knotbook database')],
    ]);
    // No backup beside it to offer: the backups folder, or quit (which the stub answers).
    expect(report.messageBoxButtons).toEqual([['Show the backups folder', 'Quit']]);
    expect(fs.readFileSync(file, 'utf8')).toBe('my own notes, not a database');
  });

  it('says to run npm start when the Electron build of better-sqlite3 is missing', () => {
    const report = runMain('99.0.0', ['--db', path.join(root, 'never.sqlite')]);
    expect(report).toMatchObject({ windows: 0, exitCode: 1 });
    expect(report.errorBoxes).toEqual([['Knotbook cannot open this file', expect.stringContaining('npm start')]]);
    expect(fs.existsSync(path.join(root, 'never.sqlite'))).toBe(false);
  });
});

/**
 * Desktop smoke test: the real Electron app (dist/electron/main.cjs, via this folder's
 * package.json) on a fresh demo database opens its window on the client list, and the page
 * sees exactly the narrow bridge the preload exposes.
 *
 * Runs only where Electron's binary is installed; elsewhere the whole file is skipped, with one
 * line saying so. Needs `npm run build` first and, once, the internet (the Electron build of
 * better-sqlite3 is prepared here if `npm start` has not done it yet).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect, _electron, type ElectronApplication } from '@playwright/test';
import type { KnotbookBridge } from '../../db/api/contract';
import { prepareElectronNative } from '../../scripts/prepare-electron-native';
import { findElectronBinary, repoRoot } from '../../scripts/run';

const electronPath = findElectronBinary();

// Test files are loaded once to list the tests and again in each worker that runs them; only
// the first load prints (a fully skipped file never reaches a worker).
if (!electronPath && process.env.TEST_WORKER_INDEX === undefined) {
  console.log('skipped: no Electron binary (install Electron with network access to run the desktop smoke test)');
}
test.skip(!electronPath, 'skipped: no Electron binary');

type PageGlobals = { knotbook?: KnotbookBridge; require?: unknown; process?: unknown };

let dir: string;
let app: ElectronApplication;

test.beforeAll(async () => {
  if (!fs.existsSync(path.join(repoRoot, 'dist', 'electron', 'main.cjs'))) {
    throw new Error('dist/electron/main.cjs is missing: run `npm run build` first.');
  }
  await prepareElectronNative();
});

test.beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'knotbook-electron-'));
  const args = [repoRoot, '--db', path.join(dir, 'knotbook.sqlite'), '--demo', '--data-dir', path.join(dir, 'profile')];
  // Chromium refuses to start as root with its OS sandbox (CI containers); our renderer
  // sandbox (no Node in the page or the preload) still applies.
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  app = await _electron.launch({
    executablePath: electronPath,
    args,
    cwd: repoRoot,
    env: env as Record<string, string>,
  });
});

test.afterEach(async () => {
  await app?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('opens on the client list of a fresh demo database', async () => {
  const window = await app.firstWindow();
  expect(window.url()).toMatch(/^app:\/\/knotbook\//);
  await expect(window.getByRole('heading', { name: 'Clients' })).toBeVisible();
  await expect(window.getByRole('table', { name: 'Clients' }).getByRole('row').nth(1)).toBeVisible();

  const page = await window.evaluate(async () => {
    const g = globalThis as unknown as PageGlobals;
    const info = await g.knotbook?.call('app.info', {});
    return {
      bridge: Object.keys(g.knotbook ?? {}),
      node: typeof g.require + typeof g.process,
      info,
    };
  });
  expect(page.bridge).toEqual(['call', 'exportPdf']);
  expect(page.node).toBe('undefinedundefined');
  expect(page.info).toMatchObject({ ok: true, value: { databasePath: path.join(dir, 'knotbook.sqlite') } });
});

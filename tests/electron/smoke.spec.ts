/**
 * Desktop smoke test: the real Electron app (dist/electron/main.cjs, started as
 * `electron <repository> ...` like `npm start`), one workflow per test, each on files of its own:
 * - a fresh demo opens on the client list, and the page sees exactly the bridge the preload
 *   exposes (BRIDGE_FUNCTIONS in db/api/bridge.ts) and no Node;
 * - a demo client's new session gets a trigger point on the chart, saved;
 * - a session note is exported as a PDF through printToPDF (main's save dialog answered in main);
 * - a file of the older schema opens, updated, after a copy of it was kept in its backups folder;
 * - a damaged file with a backup beside it is restored through the startup offer, answered
 *   "Restore" by electron/testing/answer-message-box.ts, loaded with `-r` before the app (why not
 *   `electronApp.evaluate`: see that file).
 * The files are made as the Node stand-in (electron/main-process.test.ts) makes them, with
 * electron/testing/desktop-fixtures.ts; the pages are driven with the browser tests' page objects.
 *
 * Runs only where Electron's binary is installed; elsewhere the whole file is skipped, with one
 * line saying so. Needs `npm run build` first and, once, the internet (the Electron build of
 * better-sqlite3 is prepared here if `npm start` has not done it yet).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect, _electron, type ElectronApplication, type Page } from '@playwright/test';
import { BRIDGE_FUNCTIONS } from '../../db/api/bridge';
import type { AppInfo, ChartSnapshot, ClientSummary, Envelope, KnotbookBridge } from '../../db/api/contract';
import { defaultBackupFolder, listBackups } from '../../db/backup';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations';
import type { AskedBox } from '../../electron/testing/answer-message-box';
import {
  OLD_SCHEMA_CLIENT,
  RESTORED_CLIENT,
  bundleAnswerHook,
  damagedFileWithBackup,
  oldSchemaFile,
} from '../../electron/testing/desktop-fixtures';
import { APP_HOST, APP_SCHEME } from '../../electron/security';
import { REFUSED_FILE_TITLE } from '../../electron/startup-messages';
import { prepareElectronNative } from '../../scripts/prepare-electron-native';
import { findElectronBinary, repoRoot } from '../../scripts/run';
import { ChartPage, pointIn } from '../e2e/pages/chart-page';
import { ClientList } from '../e2e/pages/client-list';
import { ClientPage } from '../e2e/pages/client-page';

const electronPath = findElectronBinary();

// Test files are loaded once to list the tests and again in each worker that runs them; only
// the first load prints (a fully skipped file never reaches a worker).
if (!electronPath && process.env.TEST_WORKER_INDEX === undefined) {
  console.log('skipped: no Electron binary (install Electron with network access to run the desktop smoke test)');
}
test.skip(!electronPath, 'skipped: no Electron binary');
// One app at a time, in order (each test still stands alone): two Electron apps starting
// together, or two workers preparing the engine at once, gain nothing here.
test.describe.configure({ mode: 'default' });

type PageGlobals = { knotbook?: KnotbookBridge; require?: unknown; process?: unknown };

/** Removes a folder, retrying while Windows still holds files Electron had open (EBUSY, EPERM). */
function removeFolder(folder: string): void {
  fs.rmSync(folder, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
}

let hooks: string;
let answerHook: string;
let dir: string;
let app: ElectronApplication | undefined;

test.beforeAll(async () => {
  if (!fs.existsSync(path.join(repoRoot, 'dist', 'electron', 'main.cjs'))) {
    throw new Error('dist/electron/main.cjs is missing: run `npm run build` first.');
  }
  await prepareElectronNative();
  hooks = fs.mkdtempSync(path.join(os.tmpdir(), 'knotbook-electron-hooks-'));
  answerHook = path.join(hooks, 'answer-message-box.cjs');
  await bundleAnswerHook(answerHook);
});

test.afterAll(() => {
  if (hooks) removeFolder(hooks);
});

test.beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'knotbook-electron-'));
});

test.afterEach(async () => {
  await app?.close();
  app = undefined;
  removeFolder(dir);
});

interface LaunchOptions {
  db: string;
  demo?: boolean;
  /** Answer the startup offer with the button whose label starts with this. */
  answer?: string;
}

/** Starts the app as `npm start` does, on `db`, with its settings in this test's folder. */
async function launch({ db, demo = false, answer }: LaunchOptions): Promise<ElectronApplication> {
  // Electron's default app loads each `-r` module before the app folder that follows.
  const args = [
    ...(answer ? ['-r', answerHook] : []),
    repoRoot,
    '--db',
    db,
    ...(demo ? ['--demo'] : []),
    '--data-dir',
    path.join(dir, 'profile'),
  ];
  // Chromium refuses to start as root with its OS sandbox (CI containers); our renderer
  // sandbox (no Node in the page or the preload) still applies.
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  const env: Record<string, string | undefined> = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  if (answer) env.KNOTBOOK_TEST_ANSWER = answer;
  app = await _electron.launch({
    executablePath: electronPath,
    args,
    cwd: repoRoot,
    env: env as Record<string, string>,
  });
  return app;
}

/** The Knotbook window, once it is on app://knotbook (whatever window may come before it). */
async function knotbookWindow(electronApp: ElectronApplication): Promise<Page> {
  const origin = `${APP_SCHEME}://${APP_HOST}/`;
  let found: Page | undefined;
  await expect
    .poll(() => (found = electronApp.windows().find((page) => page.url().startsWith(origin))), { timeout: 30_000 })
    .toBeDefined();
  await found!.waitForLoadState();
  return found!;
}

/** An API call through the preload, as the page makes it; its value, or the test fails. */
async function callApi<T>(window: Page, op: string, input: unknown): Promise<T> {
  const reply = await window.evaluate(
    ([name, value]) => (globalThis as unknown as PageGlobals).knotbook!.call(name, value),
    [op, input] as const,
  );
  const envelope = reply as Envelope<T>;
  if (!envelope.ok) throw new Error(`${op} was refused: ${envelope.error.message}`);
  return envelope.value;
}

test('opens on the client list of a fresh demo database', async () => {
  const db = path.join(dir, 'knotbook.sqlite');
  const window = await knotbookWindow(await launch({ db, demo: true }));
  await expect(window.getByRole('heading', { name: 'Clients' })).toBeVisible();
  await expect(window.getByRole('table', { name: 'Clients' }).getByRole('row').nth(1)).toBeVisible();

  const page = await window.evaluate(() => {
    const g = globalThis as unknown as PageGlobals;
    return { bridge: Object.keys(g.knotbook ?? {}), node: typeof g.require + typeof g.process };
  });
  expect([...page.bridge].sort()).toEqual([...BRIDGE_FUNCTIONS].sort());
  expect(page.node).toBe('undefinedundefined');
  expect(await callApi<AppInfo>(window, 'app.info', {})).toMatchObject({ databasePath: db });
});

test('charts a trigger point in a new session of a demo client', async () => {
  const window = await knotbookWindow(await launch({ db: path.join(dir, 'knotbook.sqlite'), demo: true }));
  await new ClientList(window).client('Okafor, Maya').click();
  const client = new ClientPage(window);
  await client.startSession();

  const chart = new ChartPage(window);
  await chart.tool('Active trigger point').click();
  await chart.clickAt('posterior', pointIn('posterior', 'Upper trapezius', 'right'));
  await expect(chart.table.locator('tbody tr')).toHaveCount(1);
  await chart.expectSaved();

  const sessionId = new URL(window.url()).hash.split('/')[2] ?? '';
  const saved = await callApi<ChartSnapshot>(window, 'chart.get', { sessionId });
  expect(saved.marks.map((m) => [m.kind, m.muscle, m.side])).toEqual([['trigger_point', 'Upper trapezius', 'right']]);
});

test('exports a session note as a PDF through printToPDF', async () => {
  const electronApp = await launch({ db: path.join(dir, 'knotbook.sqlite'), demo: true });
  const window = await knotbookWindow(electronApp);
  const [client] = await callApi<ClientSummary[]>(window, 'clients.list', {});
  const session = await callApi<{ id: string }>(window, 'sessions.create', { clientId: client!.id });

  // The save dialog is main's: answered there, with this test's file.
  const pdf = path.join(dir, 'note.pdf');
  await electronApp.evaluate(({ dialog }, filePath) => {
    dialog.showSaveDialog = (() => Promise.resolve({ canceled: false, filePath })) as typeof dialog.showSaveDialog;
  }, pdf);
  await window.evaluate((id) => (location.hash = `#/sessions/${id}/note`), session.id);
  await window.getByRole('button', { name: 'Export PDF' }).click();

  await expect(window.getByRole('status').filter({ hasText: `Saved as ${pdf}` })).toBeVisible();
  expect(fs.readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
});

test('opens a file of the older schema, updated after a copy of it was kept', async () => {
  const db = path.join(dir, 'knotbook.sqlite');
  oldSchemaFile(db);
  const window = await knotbookWindow(await launch({ db }));

  await expect(new ClientList(window).client(OLD_SCHEMA_CLIENT)).toBeVisible();
  expect(await callApi<AppInfo>(window, 'app.info', {})).toMatchObject({ schemaVersion: LATEST_SCHEMA_VERSION });
  const copies = listBackups(defaultBackupFolder(db)).filter((b) => b.kind === 'before-migration');
  expect(copies.map((b) => b.beforeVersion)).toEqual([LATEST_SCHEMA_VERSION]);
});

test('restores the newest backup through the startup offer when the file is damaged', async () => {
  const db = path.join(dir, 'knotbook.sqlite');
  await damagedFileWithBackup(db);
  const damaged = fs.readFileSync(db);
  const electronApp = await launch({ db, answer: 'Restore' });
  const window = await knotbookWindow(electronApp);

  await expect(new ClientList(window).client(RESTORED_CLIENT)).toBeVisible();
  const asked = await electronApp.evaluate(() => (globalThis as { __knotbookAsked?: AskedBox[] }).__knotbookAsked);
  expect(asked).toEqual([
    {
      title: REFUSED_FILE_TITLE,
      buttons: [expect.stringMatching(/^Restore the backup of /), 'Show the backups folder', 'Quit'],
      answered: expect.stringMatching(/^Restore the backup of /),
    },
  ]);
  // The refused file is kept, byte for byte, in the backups folder.
  const kept = listBackups(defaultBackupFolder(db)).find((b) => b.kind === 'before-restore');
  expect(kept && fs.readFileSync(kept.file).equals(damaged)).toBe(true);
});

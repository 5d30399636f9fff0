/**
 * Runs a bundled main process (main.cjs) in plain Node against electron-stub.ts, plays the part
 * of Electron and the page (ready-to-show, app:// requests, the preload and API calls through it,
 * navigation, menu clicks, close, quit) and prints what happened as one `REPORT {json}` line.
 * Usage: tsx electron/testing/run-main.ts <main.cjs> <electronVersion> [-r <module>]... [app args...]
 * Like Electron's default app, each `-r <module>` is loaded before the app (e.g.
 * answer-message-box.ts).
 */
import fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import type { FakeWindow, mainWindowOf as MainWindowOf, state as StubState } from './electron-stub';
import type { AskedBox } from './answer-message-box';

const [mainFile = '', electronVersion = '', ...rest] = process.argv.slice(2);
const stubFile = path.join(import.meta.dirname, 'electron-stub.ts');
const preloads: string[] = [];
while (rest[0] === '-r' && rest[1] !== undefined) preloads.push(...rest.splice(0, 2).slice(1));

// require('electron') inside main.cjs -> the stub.
type Resolve = (request: string, ...rest: unknown[]) => string;
const loader = Module as unknown as { _resolveFilename: Resolve };
const resolve = loader._resolveFilename;
loader._resolveFilename = (request, ...args) => (request === 'electron' ? stubFile : resolve(request, ...args));

// What Electron adds to `process` in development (`electron [-r module] <app folder> ...args`).
Object.defineProperty(process.versions, 'electron', { value: electronVersion, enumerable: true });
Object.assign(process, { defaultApp: true, resourcesPath: path.join(path.dirname(mainFile), 'resources') });
const appFolder = path.resolve(path.dirname(mainFile), '..', '..');
process.argv = [process.execPath, ...preloads.flatMap((file) => ['-r', file]), appFolder, ...rest];

const require = createRequire(import.meta.url);
for (const file of preloads) require(path.resolve(file));
require(mainFile);

const stub = (globalThis as unknown as { __electronStub: typeof StubState }).__electronStub;
// The same (CommonJS) instance main.cjs got.
const { mainWindowOf } = require(stubFile) as { mainWindowOf: typeof MainWindowOf };

// Let app.whenReady().then(...) run: until the main window is open or the app has exited.
for (let waited = 0; waited < 20_000 && !mainWindowOf(stub.windows) && stub.exitCode === undefined; waited += 20) {
  await new Promise((done) => setTimeout(done, 20));
}
await new Promise((done) => setTimeout(done, 50));

/** Every better-sqlite3 build this process has loaded, on any thread (workers share it). */
function loadedEngines(): string[] {
  const report = process.report.getReport() as unknown as { sharedObjects?: string[] };
  return (report.sharedObjects ?? []).filter((file) => path.basename(file) === 'better_sqlite3.node');
}

const report: Record<string, unknown> = {
  errorBoxes: stub.errorBoxes,
  messageBoxButtons: stub.messageBoxButtons,
  asked: (globalThis as { __knotbookAsked?: AskedBox[] }).__knotbookAsked,
  exitCode: stub.exitCode,
  calls: stub.calls,
  lockUserData: stub.lockUserData,
  userData: stub.paths.userData,
  openedPaths: stub.openedPaths,
  sandboxEnabled: stub.sandboxEnabled,
  schemes: stub.schemes,
  windows: stub.windows.length,
};
const win: FakeWindow | undefined = mainWindowOf(stub.windows);
// The window shown while an older file is copied and updated, if there was one.
const opening = stub.windows.find((w) => w !== win);
if (opening) {
  report.opening = {
    title: opening.options.title,
    url: opening.url,
    scripts: opening.webContents.scripts,
    progress: opening.progress,
    destroyed: opening.destroyed,
    webPreferences: opening.options.webPreferences,
  };
}
report.spellcheck = stub.spellcheck;

if (win) {
  report.webPreferences = win.options.webPreferences;
  report.url = win.url;
  win.emit('ready-to-show');
  report.shown = win.shown;

  const serve = stub.protocolHandlers.app;
  const fetchApp = async (url: string) => {
    const res = await serve!(new Request(url));
    return {
      status: res.status,
      type: res.headers.get('content-type'),
      csp: res.headers.get('content-security-policy'),
    };
  };
  report.index = await fetchApp('app://knotbook/index.html');
  report.script = await fetchApp('app://knotbook/assets/app.js');
  report.route = await fetchApp('app://knotbook/clients');
  report.traversal = await fetchApp('app://knotbook/..%2f..%2f..%2fpackage.json');
  report.otherHost = await fetchApp('app://elsewhere/index.html');

  // The page's side: the real preload bundle, its object as the page would see it, and a call
  // through it (ipcRenderer.invoke reaches the handler main registered).
  const preloadFile = (win.options.webPreferences as { preload?: string } | undefined)?.preload;
  if (preloadFile && fs.existsSync(preloadFile)) {
    require(preloadFile);
    const bridge = stub.exposed.knotbook as Record<string, (...args: unknown[]) => Promise<unknown>> | undefined;
    report.bridge = Object.keys(bridge ?? {});
    report.bridgeInfo = await bridge?.call?.('app.info', {});
  }

  const api = stub.ipcHandlers['knotbook:api']!;
  const top = { senderFrame: { url: 'app://knotbook/index.html', parent: null } };
  type Listed = { ok: boolean; value?: { givenName: string; familyName: string }[] };
  const list = (await api(top, 'clients.list', {})) as Listed;
  report.list = {
    ok: list.ok,
    count: list.value?.length,
    names: list.value?.map((c) => `${c.familyName}, ${c.givenName}`),
  };
  report.info = await api(top, 'app.info', {});
  report.foreign = await api({ senderFrame: { url: 'https://example.com/', parent: null } }, 'clients.list', {});
  report.subframe = await api({ senderFrame: { url: 'app://knotbook/x', parent: top.senderFrame } }, 'app.info', {});

  const exportPdf = stub.ipcHandlers['knotbook:export-pdf']!;
  const request = { suggestedName: 'Session note - Ana Silva - 2026-11-21.pdf', paperSize: 'a4' };
  const saved = (await exportPdf({ ...top, sender: win.webContents }, request)) as { filePath?: string };
  report.exportPdf = {
    result: saved,
    written: saved.filePath ? fs.readFileSync(saved.filePath, 'utf8') : null,
    dialogParentIsWindow: stub.saveDialogs[0]?.parent === win,
    defaultPath: stub.saveDialogs[0]?.options.defaultPath,
    pdfOptions: stub.pdfOptions,
  };
  report.exportForeign = await exportPdf(
    { senderFrame: { url: 'https://example.com/', parent: null }, sender: win.webContents },
    request,
  );
  report.exportOtherContents = await exportPdf({ ...top, sender: {} }, request);

  const prevented = (event: string, url?: string) => {
    let blocked = false;
    win.webContents.emit(event, { url, preventDefault: () => (blocked = true) });
    return blocked;
  };
  report.navigateAway = prevented('will-navigate', 'https://example.com/');
  report.navigateInside = prevented('will-navigate', 'app://knotbook/index.html#/clients');
  report.webview = prevented('will-attach-webview');
  report.windowOpen = win.webContents.windowOpenHandler?.({ url: 'https://example.com/' });
  stub.permissionRequest?.(...([{}, 'media', (ok: boolean) => (report.permissionRequest = ok)] as never[]));
  report.permissionCheck = stub.permissionCheck?.();

  type Item = { label?: string; submenu?: Item[]; click?: () => void };
  const items = (menu: Item[]): Item[] => menu.flatMap((i) => [i, ...items(i.submenu ?? [])]);
  const all = items(stub.menu as Item[]);
  all.find((i) => i.label === 'New client')?.click?.();
  all.find((i) => i.label === 'Print…')?.click?.();
  // Undo asks the page whether a text field has focus (the stub's page says no), then acts.
  all.find((i) => i.label === 'Undo')?.click?.();
  await new Promise((done) => setTimeout(done, 20));
  report.sentInput = win.webContents.sentInput;
  report.printed = win.webContents.printed;
  report.pageScripts = win.webContents.scripts.length;
  report.textEdits = win.webContents.edits;

  win.emit('close');
  const dataDir = stub.paths.userData ?? '';
  report.windowState = fs.existsSync(path.join(dataDir, 'window-state.json'));
}

// The same (CommonJS) instance main.cjs got.
const { app } = require(stubFile) as { app: { emit(event: string): void } };
app.emit('will-quit');
report.engines = loadedEngines();
console.log(`REPORT ${JSON.stringify(report)}`);

/**
 * Runs a bundled main process (main.cjs) in plain Node against electron-stub.ts, plays the part
 * of Electron and the page (ready-to-show, app:// requests, API calls, navigation, menu clicks,
 * close, quit) and prints what happened as one `REPORT {json}` line.
 * Usage: tsx electron/testing/run-main.ts <main.cjs> <electronVersion> [app args...]
 */
import fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import type { FakeWindow, state as StubState } from './electron-stub';

const [mainFile = '', electronVersion = '', ...appArgs] = process.argv.slice(2);
const stubFile = path.join(import.meta.dirname, 'electron-stub.ts');

// require('electron') inside main.cjs -> the stub.
type Resolve = (request: string, ...rest: unknown[]) => string;
const loader = Module as unknown as { _resolveFilename: Resolve };
const resolve = loader._resolveFilename;
loader._resolveFilename = (request, ...rest) => (request === 'electron' ? stubFile : resolve(request, ...rest));

// What Electron adds to `process` in development (`electron <app folder> ...args`).
Object.defineProperty(process.versions, 'electron', { value: electronVersion, enumerable: true });
Object.assign(process, { defaultApp: true, resourcesPath: path.join(path.dirname(mainFile), 'resources') });
process.argv = [process.execPath, path.resolve(path.dirname(mainFile), '..', '..'), ...appArgs];

const require = createRequire(import.meta.url);
require(mainFile);
await new Promise((done) => setTimeout(done, 100)); // let app.whenReady().then(...) run

const stub = (globalThis as unknown as { __electronStub: typeof StubState }).__electronStub;
const report: Record<string, unknown> = {
  errorBoxes: stub.errorBoxes,
  messageBoxButtons: stub.messageBoxButtons,
  exitCode: stub.exitCode,
  sandboxEnabled: stub.sandboxEnabled,
  schemes: stub.schemes,
  windows: stub.windows.length,
};
const win: FakeWindow | undefined = stub.windows[0];

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

  const api = stub.ipcHandlers['knotbook:api']!;
  const top = { senderFrame: { url: 'app://knotbook/index.html', parent: null } };
  const list = (await api(top, 'clients.list', {})) as { ok: boolean; value?: unknown[] };
  report.list = { ok: list.ok, count: list.value?.length };
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
  report.sentInput = win.webContents.sentInput;
  report.printed = win.webContents.printed;

  win.emit('close');
  const dataDir = stub.paths.userData ?? '';
  report.windowState = fs.existsSync(path.join(dataDir, 'window-state.json'));
}

// The same (CommonJS) instance main.cjs got.
const { app } = require(stubFile) as { app: { emit(event: string): void } };
app.emit('will-quit');
console.log(`REPORT ${JSON.stringify(report)}`);

/**
 * A stand-in for the 'electron' module, just wide enough for electron/main.ts and
 * electron/preload.ts, so the bundled main process (and its preload) can run in plain Node
 * (electron/main-process.test.ts). It records what the app asked Electron to do, and in what
 * order, in `globalThis.__electronStub`. Not a model of Electron's behaviour, except where noted.
 *
 * Switches for the tests, by environment variable:
 *   ELECTRON_STUB_THROW=<name>            that function throws (e.g. Menu.setApplicationMenu)
 *   ELECTRON_STUB_OPEN_PATH_ERROR=<text>  shell.openPath resolves to that (Electron's way to fail)
 */
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

type Listener = (...args: never[]) => unknown;
type Handler = (event: unknown, ...args: unknown[]) => unknown;
interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Throws when the test asked this function to (ELECTRON_STUB_THROW). */
function failIfAsked(name: string): void {
  if (process.env.ELECTRON_STUB_THROW === name) throw new Error(`electron-stub: ${name} failed as asked`);
}

export class FakeWebContents extends EventEmitter {
  windowOpenHandler?: (details: { url: string }) => unknown;
  sentInput: unknown[] = [];
  printed = 0;
  /** Scripts main ran in the page (executeJavaScript), in order. */
  scripts: string[] = [];
  /** undo / redo calls (what the Edit menu's roles do). */
  edits: string[] = [];
  isDestroyed() {
    return false;
  }
  undo() {
    this.edits.push('undo');
  }
  redo() {
    this.edits.push('redo');
  }
  /** Runs nothing: answers false (no text field has focus in the stand-in page). */
  executeJavaScript(script: string) {
    this.scripts.push(script);
    return Promise.resolve(false);
  }
  setWindowOpenHandler(handler: (details: { url: string }) => unknown) {
    this.windowOpenHandler = handler;
  }
  focus() {}
  sendInputEvent(event: unknown) {
    this.sentInput.push(event);
  }
  print() {
    this.printed++;
  }
  printToPDF(options: unknown) {
    state.pdfOptions.push(options);
    return Promise.resolve(Buffer.from('%PDF-1.7 stub'));
  }
}

export class FakeWindow extends EventEmitter {
  webContents = new FakeWebContents();
  url?: string;
  shown = false;
  maximized = false;
  destroyed = false;
  /** Every setProgressBar value, in order. */
  progress: number[] = [];
  constructor(readonly options: Rect & Record<string, unknown>) {
    super();
    state.windows.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }
  /** Loads nothing; the page "finishes loading" on the next turn, as Electron's does later. */
  loadURL(url: string) {
    this.url = url;
    setImmediate(() => this.webContents.emit('did-finish-load'));
    return Promise.resolve();
  }
  setProgressBar(value: number) {
    this.progress.push(value);
  }
  /** As Electron's: no 'close' event, but 'closed' always; then app's window-all-closed when none is left. */
  destroy() {
    if (this.destroyed) return;
    this.destroyed = true;
    this.emit('closed');
    if (state.windows.every((w) => w.destroyed)) app.emit('window-all-closed');
  }
  show() {
    this.shown = true;
  }
  maximize() {
    this.maximized = true;
  }
  isMaximized() {
    return this.maximized;
  }
  isMinimized() {
    return false;
  }
  isDestroyed() {
    return this.destroyed;
  }
  restore() {}
  focus() {}
  getNormalBounds(): Rect {
    const { x, y, width, height } = this.options;
    return { x, y, width, height };
  }
}

/** Electron's default user-data folder, as the stub plays it (never written to by the tests). */
export const DEFAULT_USER_DATA = path.join(os.tmpdir(), 'electron-stub-default-user-data');

export const state = {
  paths: {} as Record<string, string>,
  /** What the app asked, in order: `setPath userData`, `requestSingleInstanceLock`, `exit 1`, .... */
  calls: [] as string[],
  /** The user-data folder when the single-instance lock was requested (Chromium keys the lock on it). */
  lockUserData: undefined as string | undefined,
  schemes: [] as unknown[],
  sandboxEnabled: false,
  protocolHandlers: {} as Record<string, (request: Request) => Promise<Response> | Response>,
  ipcHandlers: {} as Record<string, Handler>,
  permissionRequest: undefined as Listener | undefined,
  permissionCheck: undefined as Listener | undefined,
  errorBoxes: [] as [string, string][],
  messageBoxButtons: [] as string[][],
  openedPaths: [] as string[],
  exitCode: undefined as number | undefined,
  menu: undefined as unknown,
  windows: [] as FakeWindow[],
  saveDialogs: [] as { parent: unknown; options: { defaultPath?: string } }[],
  pdfOptions: [] as unknown[],
  /** What the app told the session about spellcheck, in order. */
  spellcheck: [] as [string, unknown][],
  /** What the preload put on the page's `window` (contextBridge.exposeInMainWorld). */
  exposed: {} as Record<string, Record<string, unknown>>,
};
(globalThis as { __electronStub?: typeof state }).__electronStub = state;

export const app = Object.assign(new EventEmitter(), {
  isPackaged: false,
  getPath: (name: string) => state.paths[name] ?? (name === 'userData' ? DEFAULT_USER_DATA : os.tmpdir()),
  /** As Electron's docs say: an absolute path to a folder that exists, else it throws. */
  setPath: (name: string, value: string) => {
    if (!path.isAbsolute(value)) throw new Error('Path must be absolute');
    if (!fs.existsSync(value)) throw new Error(`Failed to set path: ${value} does not exist`);
    state.calls.push(`setPath ${name}`);
    state.paths[name] = value;
  },
  getName: () => 'Knotbook',
  getVersion: () => '0.1.0',
  enableSandbox: () => void (state.sandboxEnabled = true),
  requestSingleInstanceLock: () => {
    state.calls.push('requestSingleInstanceLock');
    state.lockUserData = app.getPath('userData');
    return true;
  },
  /** Electron creates the default session before 'ready', and says so with session-created. */
  whenReady: () => {
    app.emit('session-created', session.defaultSession);
    return Promise.resolve();
  },
  quit: () => {
    state.calls.push('quit');
    app.emit('will-quit');
  },
  /** Electron exits at once and emits no will-quit; the stub records the first code. */
  exit: (code = 0) => {
    state.calls.push(`exit ${code}`);
    state.exitCode ??= code;
  },
});

export const BrowserWindow = FakeWindow;

/** The app's main window: the one with our preload (the opening window has none). */
export function mainWindowOf(windows: readonly FakeWindow[]): FakeWindow | undefined {
  return windows.find((w) => (w.options.webPreferences as { preload?: string } | undefined)?.preload);
}
export const protocol = {
  registerSchemesAsPrivileged: (schemes: unknown[]) => void state.schemes.push(...schemes),
  handle: (scheme: string, handler: (request: Request) => Promise<Response>) =>
    void (state.protocolHandlers[scheme] = handler),
};
export const ipcMain = {
  handle: (channel: string, handler: Handler) => void (state.ipcHandlers[channel] = handler),
};
export const session = {
  defaultSession: {
    setPermissionRequestHandler: (handler: Listener) => void (state.permissionRequest = handler),
    setPermissionCheckHandler: (handler: Listener) => void (state.permissionCheck = handler),
    setSpellCheckerDictionaryDownloadURL: (url: string) => void state.spellcheck.push(['downloadURL', url]),
    setSpellCheckerLanguages: (languages: string[]) => void state.spellcheck.push(['languages', languages]),
    setSpellCheckerEnabled: (enabled: boolean) => void state.spellcheck.push(['enabled', enabled]),
  },
};
export const dialog = {
  showErrorBox: (title: string, message: string) => void state.errorBoxes.push([title, message]),
  /** Recorded like an error box (title, detail) with its buttons; answers with the cancel button. */
  showMessageBox: (options: { title: string; detail: string; buttons: string[]; cancelId: number }) => {
    state.errorBoxes.push([options.title, options.detail]);
    state.messageBoxButtons.push(options.buttons);
    return Promise.resolve({ response: options.cancelId, checkboxChecked: false });
  },
  /** "Saves" under the data folder, with the name the app offered. */
  showSaveDialog: (parent: unknown, options: { defaultPath?: string }) => {
    state.saveDialogs.push({ parent, options });
    const name = path.basename(options.defaultPath ?? 'export.pdf');
    fs.mkdirSync(app.getPath('userData'), { recursive: true });
    return Promise.resolve({ canceled: false, filePath: path.join(app.getPath('userData'), name) });
  },
};
export const shell = {
  /** Resolves a moment later, to '' (shown) or to ELECTRON_STUB_OPEN_PATH_ERROR, like Electron's. */
  openPath: async (folder: string) => {
    state.calls.push('openPath');
    state.openedPaths.push(folder);
    await new Promise((done) => setTimeout(done, 50));
    state.calls.push('openPath resolved');
    return process.env.ELECTRON_STUB_OPEN_PATH_ERROR ?? '';
  },
};
export const Menu = {
  buildFromTemplate: (template: unknown) => template,
  setApplicationMenu: (menu: unknown) => {
    failIfAsked('Menu.setApplicationMenu');
    state.menu = menu;
  },
};
const workArea = { x: 0, y: 0, width: 1920, height: 1040 };
export const screen = { getAllDisplays: () => [{ workArea }], getPrimaryDisplay: () => ({ workArea }) };

// The preload's side: what it exposes is recorded, and its invoke reaches ipcMain's handlers as
// a call from the page in the first window (the only page there is).
export const contextBridge = {
  exposeInMainWorld: (key: string, api: Record<string, unknown>) => void (state.exposed[key] = api),
};
export const ipcRenderer = {
  invoke: async (channel: string, ...args: unknown[]) => {
    const handler = state.ipcHandlers[channel];
    const win = mainWindowOf(state.windows);
    if (!handler || !win) throw new Error(`electron-stub: nothing handles ${channel}`);
    const event = { senderFrame: { url: win.url ?? '', parent: null }, sender: win.webContents };
    return (await handler(event, ...args)) as unknown;
  },
};

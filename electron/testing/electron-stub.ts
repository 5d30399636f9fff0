/**
 * A stand-in for the 'electron' module, just wide enough for electron/main.ts, so the bundled
 * main process can run in plain Node (electron/main-process.test.ts). It records what the app
 * asked Electron to do in `globalThis.__electronStub`. Not a model of Electron's behaviour.
 */
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

type Listener = (...args: never[]) => unknown;
interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export class FakeWebContents extends EventEmitter {
  windowOpenHandler?: (details: { url: string }) => unknown;
  sentInput: unknown[] = [];
  printed = 0;
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
  constructor(readonly options: Rect & Record<string, unknown>) {
    super();
    state.windows.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }
  loadURL(url: string) {
    this.url = url;
    return Promise.resolve();
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
    return false;
  }
  restore() {}
  focus() {}
  getNormalBounds(): Rect {
    const { x, y, width, height } = this.options;
    return { x, y, width, height };
  }
}

export const state = {
  paths: {} as Record<string, string>,
  schemes: [] as unknown[],
  sandboxEnabled: false,
  protocolHandlers: {} as Record<string, (request: Request) => Promise<Response> | Response>,
  ipcHandlers: {} as Record<string, (event: unknown, ...args: unknown[]) => unknown>,
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
};
(globalThis as { __electronStub?: typeof state }).__electronStub = state;

export const app = Object.assign(new EventEmitter(), {
  isPackaged: false,
  getPath: (name: string) => state.paths[name] ?? os.tmpdir(),
  setPath: (name: string, value: string) => void (state.paths[name] = value),
  getName: () => 'Knotbook',
  getVersion: () => '0.1.0',
  enableSandbox: () => void (state.sandboxEnabled = true),
  requestSingleInstanceLock: () => true,
  whenReady: () => Promise.resolve(),
  quit: () => void app.emit('will-quit'),
  exit: (code = 0) => void (state.exitCode = code),
});

export const BrowserWindow = FakeWindow;
export const protocol = {
  registerSchemesAsPrivileged: (schemes: unknown[]) => void state.schemes.push(...schemes),
  handle: (scheme: string, handler: (request: Request) => Promise<Response>) =>
    void (state.protocolHandlers[scheme] = handler),
};
export const ipcMain = {
  handle: (channel: string, handler: (event: unknown, ...args: unknown[]) => unknown) =>
    void (state.ipcHandlers[channel] = handler),
};
export const session = {
  defaultSession: {
    setPermissionRequestHandler: (handler: Listener) => void (state.permissionRequest = handler),
    setPermissionCheckHandler: (handler: Listener) => void (state.permissionCheck = handler),
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
  openPath: (folder: string) => {
    state.openedPaths.push(folder);
    return Promise.resolve('');
  },
};
export const Menu = {
  buildFromTemplate: (template: unknown) => template,
  setApplicationMenu: (menu: unknown) => void (state.menu = menu),
};
const workArea = { x: 0, y: 0, width: 1920, height: 1040 };
export const screen = { getAllDisplays: () => [{ workArea }], getPrimaryDisplay: () => ({ workArea }) };

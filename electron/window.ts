/**
 * The main window: sandboxed, isolated, no Node, our preload only; hidden until its first paint;
 * opens where it was last closed (window-state.ts), on a display that is still connected; checks
 * spelling where that needs no download (spellcheck.ts); has a right-click menu (context-menu.ts).
 */
import path from 'node:path';
import { BrowserWindow, Menu, app, screen } from 'electron';
import { attachContextMenu } from './context-menu';
import { START_URL } from './security';
import { spellcheckAvailable } from './spellcheck';
import { MIN_SIZE, clampToDisplays, loadWindowState, saveWindowState } from './window-state';

export interface MainWindowOptions {
  preload: string;
  userData: string;
  title: string;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const stateFile = path.join(options.userData, 'window-state.json');
  const state = clampToDisplays(
    loadWindowState(stateFile),
    screen.getAllDisplays().map((d) => d.workArea),
    screen.getPrimaryDisplay().workArea,
  );

  const win = new BrowserWindow({
    ...state.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: options.title,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: options.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      // A middle click on a link would ask for a new window (refused anyway); don't even ask.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: spellcheckAvailable(process.platform),
    },
  });

  win.once('ready-to-show', () => {
    if (state.maximized) win.maximize();
    win.show();
  });
  win.on('close', () => {
    try {
      saveWindowState(stateFile, { bounds: win.getNormalBounds(), maximized: win.isMaximized() });
    } catch {
      // Not being able to remember the window's place is no reason to stop closing.
    }
  });

  attachContextMenu(win.webContents, { isPackaged: app.isPackaged }, (template, params) =>
    Menu.buildFromTemplate(template).popup({
      window: win,
      frame: params.frame ?? undefined,
      sourceType: params.menuSourceType,
    }),
  );

  void win.loadURL(START_URL);
  return win;
}

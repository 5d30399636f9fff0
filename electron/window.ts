/**
 * The main window: sandboxed, isolated, no Node, our preload only; hidden until its first paint;
 * opens where it was last closed (window-state.ts), on a display that is still connected.
 */
import path from 'node:path';
import { BrowserWindow, screen } from 'electron';
import { START_URL } from './security';
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
      spellcheck: true,
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

  void win.loadURL(START_URL);
  return win;
}

/**
 * The small window shown while a file of an older schema is being opened: Knotbook first makes
 * a safety copy of it, reads the copy back, then updates the file (db/open.ts openDatabaseAsync,
 * which reports those stages). On a big file that takes a while; without this window the app
 * would show nothing at all until the main window opens.
 *
 * The window is made on the first report only (a file that needs no update never shows it),
 * holds the page of opening-page.ts, and its sentence and bar are set from main with
 * executeJavaScript, which Electron runs in the page whatever the page's policy. The taskbar or
 * dock shows the same fraction (setProgressBar). Tested by the stand-in
 * (electron/main-process.test.ts).
 */
import { BrowserWindow } from 'electron';
import type { OpenProgress } from '../db/open-progress';
import { OPENING_PAGE_URL, OPENING_TITLE, openingScript, openingView, type OpeningView } from './opening-page';

export interface OpeningWindow {
  /** Shows this stage, making the window on the first call. */
  report: (progress: OpenProgress) => void;
  /** Closes the window, if one was made. */
  close: () => void;
}

/** A window made only once there is something to show, then kept up to date until closed. */
export function openingWindow(): OpeningWindow {
  let win: BrowserWindow | undefined;
  let loaded = false;
  let latest: OpeningView | undefined;
  const apply = () => {
    if (!win || win.isDestroyed() || !latest) return;
    // -1 takes the bar away; above 1 is "busy, no fraction" (Windows: indeterminate).
    win.setProgressBar(latest.fraction ?? 2);
    if (loaded) void win.webContents.executeJavaScript(openingScript(latest)).catch(() => undefined);
  };
  return {
    report(progress) {
      latest = openingView(progress);
      if (!win) {
        win = new BrowserWindow({
          width: 480,
          height: 200,
          resizable: false,
          maximizable: false,
          fullscreenable: false,
          title: OPENING_TITLE,
          show: false,
          backgroundColor: '#ffffff',
          webPreferences: {
            contextIsolation: true,
            sandbox: true,
            nodeIntegration: false,
            webSecurity: true,
            spellcheck: false,
            // The page has no links; as in the main window, a middle click asks for nothing.
            disableBlinkFeatures: 'Auxclick',
          },
        });
        const shown = win;
        shown.once('ready-to-show', () => shown.show());
        shown.webContents.once('did-finish-load', () => {
          loaded = true;
          apply();
        });
        void shown.loadURL(OPENING_PAGE_URL).catch(() => undefined);
      }
      apply();
    },
    close() {
      if (!win || win.isDestroyed()) return;
      win.setProgressBar(-1);
      win.destroy();
    },
  };
}

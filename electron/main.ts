/**
 * Knotbook's Electron main process: one window on app://knotbook, one IPC channel to the API,
 * one SQLite file. Bundled to dist/electron/main.cjs by scripts/build.ts; see docs/ARCHITECTURE.md.
 *
 * Starting, in order: the user-data folder (--data-dir, or a demo's own) is set before the
 * single-instance lock, which Chromium keys on it; once ready, the database engine is loaded
 * once (its path goes to every connection and worker), then the file is opened, with the startup
 * offer of a backup if the file is refused. An engine problem, or anything unexpected while
 * starting, is said in an error box and the app exits: it never stays up without a window,
 * holding the lock.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  Menu,
  app,
  dialog,
  ipcMain,
  protocol,
  session,
  shell,
  type BrowserWindow,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron';
import { registerAppScheme, serveAppProtocol } from './app-protocol';
import { DEMO_USER_DATA_PREFIX, chooseDatabaseFile, chooseUserDataFolder, parseArgs, userArgv } from './args';
import { closeAppDatabase, loadDatabaseEngine, openAppDatabase } from './database';
import { hostContext } from '../db/host';
import type { ApiContext } from '../db/api/handlers';
import { registerApi } from './ipc';
import { offerRestore, type RecoveryQuestion } from './recover';
import { buildMenuTemplate } from './menu';
import { createMenuActions } from './menu-actions';
import { openingWindow } from './opening-window';
import { keepSpellcheckOffline } from './spellcheck';
import { registerBackupDialogs } from './backup-dialogs';
import { registerExportDialogs } from './export-dialogs';
import { registerPdfExport } from './pdf-export';
import { denyAllPermissions, hardenWebContents } from './security';
import {
  ENGINE_PROBLEM_TITLE,
  RESTORE_FAILED_TITLE,
  STARTUP_FAILED_TITLE,
  engineProblemDetail,
  errorKind,
  openProblemText,
  refusedFileBox,
  restoreFailureMessage,
  settingsFolderProblem,
  startupFailureMessage,
} from './startup-messages';
import { createMainWindow } from './window';

// dist/electron/main.cjs -> dist/renderer, dist/electron/preload.cjs, and the repository root.
const rendererDir = path.join(__dirname, '..', 'renderer');
const preload = path.join(__dirname, 'preload.cjs');
const appRoot = path.resolve(__dirname, '..', '..');

/** Printed once the main window has painted; contains nothing from the records. */
const READY_LINE = 'Knotbook is ready';

const args = parseArgs(userArgv(process.argv, Boolean(process.defaultApp)));

/**
 * Sets the user-data folder when it is not Electron's default: --data-dir, or for a demo a new
 * folder of its own, so that a demo never takes (and hands itself to) the real Knotbook's lock.
 * Made first: Electron's docs say setPath throws for a folder that does not exist. Returns what
 * went wrong, for an error box once the app is ready.
 */
function useOwnUserDataFolder(): string | undefined {
  let folder: string | undefined;
  try {
    folder = chooseUserDataFolder(args, () => fs.mkdtempSync(path.join(os.tmpdir(), DEMO_USER_DATA_PREFIX)));
    if (!folder) return undefined;
    fs.mkdirSync(folder, { recursive: true });
    app.setPath('userData', folder);
    return undefined;
  } catch (error) {
    return settingsFolderProblem(folder ?? os.tmpdir(), error);
  }
}
const userDataProblem = useOwnUserDataFolder();

// Before 'ready': the app:// scheme's privileges, and the sandbox for every renderer.
registerAppScheme(protocol);
app.enableSandbox();

function actorName(): string {
  try {
    return os.userInfo().username;
  } catch {
    return process.env.USER ?? process.env.USERNAME ?? 'Knotbook user';
  }
}

/** An error box, then exit with a failure code (no window, no lock left behind). */
function stop(title: string, message: string): void {
  dialog.showErrorBox(title, message);
  app.exit(1);
}

/** A refused file: the newest backup is offered (electron/recover.ts), or the backups folder. */
async function askAboutRefusedFile(question: RecoveryQuestion) {
  const { options, choices } = refusedFileBox(question, (iso) => new Date(iso).toLocaleString());
  const { response } = await dialog.showMessageBox(options);
  return choices[response] ?? 'quit';
}

function run(): void {
  let mainWindow: BrowserWindow | undefined;
  // The API's context: its `db` is replaced when a backup is restored (db/host.ts).
  let ctx: ApiContext | undefined;

  const showWindow = () => {
    if (!ctx) return;
    if (mainWindow && !mainWindow.isDestroyed()) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
      return;
    }
    mainWindow = createMainWindow({ preload, userData: app.getPath('userData'), title: app.getName() });
    mainWindow.on('closed', () => (mainWindow = undefined));
    // The line launch checks wait for (scripts/launch-check.ts): the page has painted.
    mainWindow.once('ready-to-show', () => console.log(READY_LINE));
  };

  app.on('second-instance', showWindow);
  app.on('activate', showWindow); // macOS: clicking the dock icon with no window open
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  // As soon as a session exists, before a spelling dictionary could be fetched (electron/spellcheck.ts).
  app.on('session-created', (created) => keepSpellcheckOffline(created, process.platform));
  app.on('window-all-closed', () => {
    // Before the main window exists, the only window is the opening one: starting goes on.
    if (process.platform !== 'darwin' && ctx) app.quit();
  });
  app.on('will-quit', () => closeAppDatabase(ctx?.db));

  const start = async () => {
    // The engine, once: its path goes to every connection and worker below.
    const engine = loadDatabaseEngine({
      runtime: 'electron',
      isPackaged: app.isPackaged,
      appRoot,
      resourcesPath: process.resourcesPath,
      electronVersion: process.versions.electron,
      platform: process.platform,
      arch: process.arch,
    });
    if (!engine.ok) return stop(ENGINE_PROBLEM_TITLE, engineProblemDetail(engine.message));
    const { nativeBinding } = engine;

    const choice = chooseDatabaseFile(args, {
      userData: app.getPath('userData'),
      temp: os.tmpdir(),
      now: Date.now(),
    });
    // A file of an older schema is copied and updated first: a small window shows how far.
    const opening = openingWindow();
    let opened = await openAppDatabase(choice, nativeBinding, opening.report);
    if (!opened.ok && opened.kind === 'file') {
      opening.close();
      const restored = await offerRestore(choice.file, opened.message, {
        ask: askAboutRefusedFile,
        openFolder: (folder) => shell.openPath(folder),
        showError: (title, message) => dialog.showErrorBox(title, message),
        nativeBinding,
      }).catch((error: unknown) => {
        dialog.showErrorBox(RESTORE_FAILED_TITLE, restoreFailureMessage(error));
        return false;
      });
      // Not restored: the therapist quit, looked at the folder, or was told why the restore failed.
      if (!restored) return app.exit(1);
      opened = await openAppDatabase(choice, nativeBinding, opening.report);
    }
    if (!opened.ok) {
      opening.close();
      const { title, message } = openProblemText(opened);
      return stop(title, message);
    }
    ctx = hostContext(opened.db, {
      file: choice.file,
      actor: actorName(),
      appVersion: app.getVersion(),
      nativeBinding,
    });

    denyAllPermissions(session.defaultSession);
    serveAppProtocol(protocol, rendererDir);
    registerApi(ipcMain, ctx);
    const fileDialogs = {
      context: () => ctx,
      showSaveDialog: (options: SaveDialogOptions) =>
        mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options),
      showOpenDialog: (options: OpenDialogOptions) =>
        mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options),
      documentsDir: () => app.getPath('documents'),
    };
    registerBackupDialogs(ipcMain, fileDialogs);
    registerExportDialogs(ipcMain, fileDialogs);
    registerPdfExport(ipcMain, {
      windowFor: (contents) =>
        mainWindow && !mainWindow.isDestroyed() && mainWindow.webContents === contents ? mainWindow : undefined,
      showSaveDialog: (window, options) => dialog.showSaveDialog(window, options),
      documentsDir: () => app.getPath('documents'),
    });

    const template = buildMenuTemplate(
      { platform: process.platform, isPackaged: app.isPackaged, appName: app.getName() },
      createMenuActions(() => mainWindow?.webContents, process.platform),
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
    showWindow();
    opening.close();
  };

  void app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      // Only the kind of error reaches the log (it may come from the records otherwise).
      console.error(`knotbook: could not start (${errorKind(error)})`);
      try {
        closeAppDatabase(ctx?.db);
      } catch {
        // Closing is a courtesy here: SQLite folds a left-over write-ahead log back on the next open.
      }
      stop(STARTUP_FAILED_TITLE, startupFailureMessage(error));
    });
}

if (userDataProblem) {
  // Without its own folder, a demo (or a test) would share the real Knotbook's lock: stop instead.
  void app.whenReady().then(() => stop(STARTUP_FAILED_TITLE, userDataProblem));
} else if (app.requestSingleInstanceLock()) {
  run();
} else {
  // A second launch hands its arguments to the first (which focuses its window) and leaves.
  app.quit();
}

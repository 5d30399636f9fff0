/**
 * Knotbook's Electron main process: one window on app://knotbook, one IPC channel to the API,
 * one SQLite file. Bundled to dist/electron/main.cjs by scripts/build.ts; see docs/ARCHITECTURE.md.
 */
import os from 'node:os';
import path from 'node:path';
import { Menu, app, dialog, ipcMain, protocol, session, shell, type BrowserWindow } from 'electron';
import { registerAppScheme, serveAppProtocol } from './app-protocol';
import { chooseDatabaseFile, parseArgs, userArgv } from './args';
import { closeAppDatabase, openAppDatabase } from './database';
import { hostContext } from '../db/host';
import type { ApiContext } from '../db/api/handlers';
import { registerApi } from './ipc';
import { offerRestore, type RecoveryQuestion } from './recover';
import { buildMenuTemplate, shortcutKeyEvents } from './menu';
import { registerBackupDialogs } from './backup-dialogs';
import { registerPdfExport } from './pdf-export';
import { denyAllPermissions, hardenWebContents } from './security';
import { createMainWindow } from './window';

// dist/electron/main.cjs -> dist/renderer, dist/electron/preload.cjs, and the repository root.
const rendererDir = path.join(__dirname, '..', 'renderer');
const preload = path.join(__dirname, 'preload.cjs');
const appRoot = path.resolve(__dirname, '..', '..');

const args = parseArgs(userArgv(process.argv, Boolean(process.defaultApp)));
if (args.dataDir) app.setPath('userData', path.resolve(args.dataDir));

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
  };

  app.on('second-instance', showWindow);
  app.on('activate', showWindow); // macOS: clicking the dock icon with no window open
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => closeAppDatabase(ctx?.db));

  /** A refused file: the newest backup is offered (electron/recover.ts), or the backups folder. */
  const askAboutRefusedFile = async ({ message, newest }: RecoveryQuestion) => {
    const buttons = newest
      ? [`Restore the backup of ${new Date(newest.at).toLocaleString()}`, 'Show the backups folder', 'Quit']
      : ['Show the backups folder', 'Quit'];
    const { response } = await dialog.showMessageBox({
      type: 'error',
      title: 'Knotbook cannot open this file',
      message: 'Knotbook cannot open this file',
      detail: newest
        ? `${message}\n\nRestoring keeps a copy of this file in the backups folder too.`
        : `${message}\n\nThere is no backup in the backups folder beside it.`,
      buttons,
      defaultId: 0,
      cancelId: buttons.length - 1,
    });
    const choices = newest ? (['restore', 'open-folder', 'quit'] as const) : (['open-folder', 'quit'] as const);
    return choices[response] ?? 'quit';
  };

  void app.whenReady().then(async () => {
    const choice = chooseDatabaseFile(args, {
      userData: app.getPath('userData'),
      temp: os.tmpdir(),
      now: Date.now(),
    });
    const binding = {
      runtime: 'electron',
      isPackaged: app.isPackaged,
      appRoot,
      resourcesPath: process.resourcesPath,
      electronVersion: process.versions.electron,
      platform: process.platform,
      arch: process.arch,
    } as const;
    let opened = openAppDatabase(choice, binding);
    if (!opened.ok) {
      const restored = await offerRestore(choice.file, opened.message, {
        ask: askAboutRefusedFile,
        openFolder: (folder) => void shell.openPath(folder),
      }).catch((error: unknown) => {
        dialog.showErrorBox('Knotbook could not restore the backup', (error as Error).message);
        return false;
      });
      if (restored) opened = openAppDatabase(choice, binding);
    }
    if (!opened.ok) {
      app.exit(1);
      return;
    }
    ctx = hostContext(opened.db, {
      file: choice.file,
      actor: actorName(),
      appVersion: app.getVersion(),
      nativeBinding: opened.nativeBinding,
    });

    denyAllPermissions(session.defaultSession);
    serveAppProtocol(protocol, rendererDir);
    registerApi(ipcMain, ctx);
    registerBackupDialogs(ipcMain, {
      context: () => ctx,
      showSaveDialog: (options) =>
        mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options),
      showOpenDialog: (options) =>
        mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options),
      documentsDir: () => app.getPath('documents'),
    });
    registerPdfExport(ipcMain, {
      windowFor: (contents) =>
        mainWindow && !mainWindow.isDestroyed() && mainWindow.webContents === contents ? mainWindow : undefined,
      showSaveDialog: (window, options) => dialog.showSaveDialog(window, options),
      documentsDir: () => app.getPath('documents'),
    });

    const template = buildMenuTemplate(
      { platform: process.platform, isPackaged: app.isPackaged, appName: app.getName() },
      {
        sendShortcut: (key, shift) => {
          const contents = mainWindow?.webContents;
          if (!contents) return;
          contents.focus();
          for (const event of shortcutKeyEvents(key, process.platform, shift)) contents.sendInputEvent(event);
        },
        print: () => mainWindow?.webContents.print(),
      },
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
    showWindow();
  });
}

// A second launch hands its arguments to the first (which focuses its window) and leaves.
if (app.requestSingleInstanceLock()) run();
else app.quit();

/**
 * Backups to and from files the therapist chooses, in the desktop app: "Back up to a file…"
 * asks where to save and writes a checked backup there (db/backup: SQLite's online backup,
 * verified); "Restore from a file…" asks for a backup file and copies it into the backups folder,
 * where the page shows what it holds and restores it like any other backup. Only main picks
 * paths: the page asks, and gets back a result. Only types come from 'electron', so the rules
 * are tested in Node.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { IpcMain, IpcMainInvokeEvent, OpenDialogOptions, SaveDialogOptions } from 'electron';
import {
  CHOOSE_BACKUP_CHANNEL,
  SAVE_BACKUP_CHANNEL,
  type ChooseBackupResult,
  type SaveBackupResult,
} from '../db/api/bridge';
import type { ApiContext } from '../db/api/handlers';
import { backupTo, defaultBackupFolder } from '../db/backup';
import { freeBackupPath, freeEncryptedBackupPath } from '../db/backup/names';
import { AppError } from '../db/errors';
import { isTrustedSender } from './security';

export const BACKUP_DIALOG_MESSAGES = {
  refused: 'This request did not come from the Knotbook window, so it was refused.',
  busy: 'A backup is already being saved. Wait for it to finish, then try again.',
  notBackup: 'That is not a Knotbook backup (a .sqlite backup or an encrypted .knbtbak file). Choose another file.',
  copyFailed:
    'Knotbook could not copy that file into the backups folder. Check that the disk has room, then try again.',
  other: 'The backup could not be saved there. Try again, or choose another folder.',
} as const;

export interface BackupDialogDeps {
  context: () => ApiContext | undefined;
  showSaveDialog: (options: SaveDialogOptions) => Promise<{ canceled: boolean; filePath?: string | undefined }>;
  showOpenDialog: (options: OpenDialogOptions) => Promise<{ canceled: boolean; filePaths: string[] }>;
  documentsDir: () => string;
  now?: () => Date;
}

const stamp = (at: Date) => at.toISOString().slice(0, 10);

export async function saveBackupAs(event: IpcMainInvokeEvent, deps: BackupDialogDeps): Promise<SaveBackupResult> {
  const ctx = deps.context();
  if (!isTrustedSender(event.senderFrame) || !ctx) return { status: 'error', message: BACKUP_DIALOG_MESSAGES.refused };
  const now = deps.now?.() ?? new Date();
  const chosen = await deps.showSaveDialog({
    title: 'Back up to a file',
    defaultPath: path.join(deps.documentsDir(), `Knotbook backup ${stamp(now)}.sqlite`),
    filters: [{ name: 'Knotbook backup', extensions: ['sqlite'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (chosen.canceled || !chosen.filePath) return { status: 'cancelled' };
  const file = path.extname(chosen.filePath) ? chosen.filePath : `${chosen.filePath}.sqlite`;
  try {
    // The save dialog has asked before replacing a file of that name.
    await backupTo(ctx.db, file, { overwrite: true, nativeBinding: ctx.nativeBinding });
    return { status: 'saved', filePath: file };
  } catch (error) {
    return { status: 'error', message: error instanceof AppError ? error.message : BACKUP_DIALOG_MESSAGES.other };
  }
}

const HEADERS: Record<string, Buffer> = {
  '.sqlite': Buffer.from('SQLite format 3\0', 'latin1'),
  '.knbtbak': Buffer.from('KNBTBAK\0', 'latin1'),
};

function startsWith(file: string, header: Buffer): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const start = Buffer.alloc(header.length);
    return fs.readSync(fd, start, 0, start.length, 0) === header.length && start.equals(header);
  } finally {
    fs.closeSync(fd);
  }
}

export async function chooseBackupFile(event: IpcMainInvokeEvent, deps: BackupDialogDeps): Promise<ChooseBackupResult> {
  const ctx = deps.context();
  if (!isTrustedSender(event.senderFrame) || !ctx) return { status: 'error', message: BACKUP_DIALOG_MESSAGES.refused };
  const chosen = await deps.showOpenDialog({
    title: 'Restore from a file',
    defaultPath: deps.documentsDir(),
    filters: [{ name: 'Knotbook backup', extensions: ['sqlite', 'knbtbak'] }],
    properties: ['openFile'],
  });
  const source = chosen.filePaths[0];
  if (chosen.canceled || !source) return { status: 'cancelled' };
  const extension = path.extname(source).toLowerCase() === '.knbtbak' ? '.knbtbak' : '.sqlite';
  try {
    if (!startsWith(source, HEADERS[extension] as Buffer)) {
      return { status: 'error', message: BACKUP_DIALOG_MESSAGES.notBackup };
    }
  } catch {
    return { status: 'error', message: BACKUP_DIALOG_MESSAGES.notBackup };
  }
  const folder = defaultBackupFolder(ctx.databasePath);
  const now = deps.now?.() ?? new Date();
  const target = extension === '.sqlite' ? freeBackupPath(folder, 'manual', now) : freeEncryptedBackupPath(folder, now);
  try {
    fs.mkdirSync(folder, { recursive: true });
    fs.copyFileSync(source, target, fs.constants.COPYFILE_EXCL);
    return { status: 'chosen', name: path.basename(target) };
  } catch {
    return { status: 'error', message: BACKUP_DIALOG_MESSAGES.copyFailed };
  }
}

/** One save or open at a time; a request from anything but our own window is refused. */
export function registerBackupDialogs(ipcMain: IpcMain, deps: BackupDialogDeps): void {
  let busy = false;
  const once =
    <T>(work: (event: IpcMainInvokeEvent) => Promise<T>, fallback: T) =>
    async (event: IpcMainInvokeEvent) => {
      if (busy) return { status: 'error', message: BACKUP_DIALOG_MESSAGES.busy } as T;
      busy = true;
      try {
        return await work(event);
      } catch {
        return fallback;
      } finally {
        busy = false;
      }
    };
  const failed = { status: 'error', message: BACKUP_DIALOG_MESSAGES.other } as const;
  ipcMain.handle(
    SAVE_BACKUP_CHANNEL,
    once((event) => saveBackupAs(event, deps), failed),
  );
  ipcMain.handle(
    CHOOSE_BACKUP_CHANNEL,
    once((event) => chooseBackupFile(event, deps), failed),
  );
}

/**
 * Export and import through files the therapist chooses, in the desktop app: "Export everything"
 * asks where to save and main writes the export there piece by piece (db/api/data.ts
 * exportToFile: a second, read-only connection; memory does not grow with the practice), sending
 * its progress to the page that asked; "Import" asks for a Knotbook JSON export and main reads
 * and imports it. The page never holds the file's text and never sends or sees a path: it gets
 * back the file's name and counts. Only types come from 'electron', so the rules are tested in
 * Node (export-dialogs.test.ts).
 */
import path from 'node:path';
import type { IpcMain, IpcMainInvokeEvent, OpenDialogOptions, SaveDialogOptions } from 'electron';
import { z } from 'zod';
import {
  EXPORT_PROGRESS_CHANNEL,
  EXPORT_TO_FILE_CHANNEL,
  IMPORT_FROM_FILE_CHANNEL,
  type ExportFileProgress,
  type ExportToFileResult,
  type ImportFromFileResult,
} from '../db/api/bridge';
import { exportToFile, importFromFile, refuseWhileBusyOrLocked, suggestedExportName } from '../db/api/data';
import type { ApiContext } from '../db/api/handlers';
import { AppError } from '../db/errors';
import { trackExport } from '../db/host';
import { isTrustedSender } from './security';

export const EXPORT_DIALOG_MESSAGES = {
  refused: 'This request did not come from the Knotbook window, so it was refused.',
  busy: 'An export or import is already under way. Wait for it to finish, then try again.',
  badRequest: 'Knotbook did not understand what to export or import. Try again.',
  exportFailed: 'The export could not be saved there. Try again, or choose another folder.',
  importFailed: 'The file could not be imported. Nothing was imported; try again.',
} as const;

export interface ExportDialogDeps {
  context: () => ApiContext | undefined;
  showSaveDialog: (options: SaveDialogOptions) => Promise<{ canceled: boolean; filePath?: string | undefined }>;
  showOpenDialog: (options: OpenDialogOptions) => Promise<{ canceled: boolean; filePaths: string[] }>;
  documentsDir: () => string;
  /** The time an export is named after and made at; the clock's by default. */
  now?: () => Date;
}

/** The file chosen for the last import, kept in main so the page can take its settings without a path. */
export interface ImportMemory {
  lastFile?: string | undefined;
}

const exportRequest = z.strictObject({
  format: z.enum(['json', 'csv']),
  clientId: z.uuid().optional(),
});
const importRequest = z.strictObject({
  settings: z.enum(['keep', 'replace']).optional(),
  sameFile: z.boolean().optional(),
});

const failed = (error: unknown, fallback: string) =>
  ({ status: 'error', message: error instanceof AppError ? error.message : fallback }) as const;

/**
 * Sends progress to the page that asked, at most once per thousandth of the way and at the end
 * (an export of millions of rows writes thousands of pieces); never to a page that has gone.
 */
function progressSender(event: IpcMainInvokeEvent): (progress: ExportFileProgress) => void {
  let sent = -1;
  return ({ rows, totalRows }) => {
    const step = totalRows > 0 ? Math.floor((rows * 1000) / totalRows) : 1000;
    if (step === sent || event.sender.isDestroyed()) return;
    sent = step;
    event.sender.send(EXPORT_PROGRESS_CHANNEL, { rows, totalRows });
  };
}

export async function exportToChosenFile(
  event: IpcMainInvokeEvent,
  request: unknown,
  deps: ExportDialogDeps,
): Promise<ExportToFileResult> {
  const ctx = deps.context();
  if (!isTrustedSender(event.senderFrame) || !ctx) return { status: 'error', message: EXPORT_DIALOG_MESSAGES.refused };
  const parsed = exportRequest.safeParse(request);
  if (!parsed.success) return { status: 'error', message: EXPORT_DIALOG_MESSAGES.badRequest };
  const { format, clientId } = parsed.data;
  const now = deps.now?.() ?? new Date();
  const extension = format === 'json' ? '.json' : '.zip';
  let file: string;
  try {
    refuseWhileBusyOrLocked(ctx);
    const chosen = await deps.showSaveDialog({
      title: clientId === undefined ? 'Export everything' : 'Export this record',
      defaultPath: path.join(deps.documentsDir(), suggestedExportName(ctx, { format, clientId }, now)),
      filters:
        format === 'json'
          ? [{ name: 'Knotbook export (JSON)', extensions: ['json'] }]
          : [{ name: 'CSV files in a zip', extensions: ['zip'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    if (chosen.canceled || !chosen.filePath) return { status: 'cancelled' };
    file = path.extname(chosen.filePath) ? chosen.filePath : `${chosen.filePath}${extension}`;
  } catch (error) {
    return failed(error, EXPORT_DIALOG_MESSAGES.exportFailed);
  }
  try {
    // The save dialog has asked before replacing a file of that name.
    const summary = await trackExport(ctx, (signal) =>
      exportToFile(ctx, file, { format, clientId, signal, onProgress: progressSender(event), now }),
    );
    return { status: 'saved', fileName: path.basename(summary.file), rows: summary.rows, bytes: summary.bytes };
  } catch (error) {
    return failed(error, EXPORT_DIALOG_MESSAGES.exportFailed);
  }
}

export async function importFromChosenFile(
  event: IpcMainInvokeEvent,
  request: unknown,
  deps: ExportDialogDeps,
  memory: ImportMemory,
): Promise<ImportFromFileResult> {
  const ctx = deps.context();
  if (!isTrustedSender(event.senderFrame) || !ctx) return { status: 'error', message: EXPORT_DIALOG_MESSAGES.refused };
  const parsed = importRequest.safeParse(request ?? {});
  if (!parsed.success) return { status: 'error', message: EXPORT_DIALOG_MESSAGES.badRequest };
  const { settings, sameFile } = parsed.data;
  try {
    refuseWhileBusyOrLocked(ctx);
    let file = sameFile ? memory.lastFile : undefined;
    if (!file) {
      const chosen = await deps.showOpenDialog({
        title: 'Import a Knotbook export',
        defaultPath: deps.documentsDir(),
        filters: [{ name: 'Knotbook export (JSON)', extensions: ['json'] }],
        properties: ['openFile'],
      });
      file = chosen.filePaths[0];
      if (chosen.canceled || !file) return { status: 'cancelled' };
    }
    memory.lastFile = file;
    const report = await importFromFile(ctx, file, settings);
    return { status: 'imported', fileName: path.basename(file), report };
  } catch (error) {
    return failed(error, EXPORT_DIALOG_MESSAGES.importFailed);
  }
}

/** One export or import at a time; a request from anything but our own window is refused. */
export function registerExportDialogs(ipcMain: IpcMain, deps: ExportDialogDeps): void {
  let busy = false;
  const memory: ImportMemory = {};
  const once =
    <T>(work: (event: IpcMainInvokeEvent, request: unknown) => Promise<T>, fallback: string) =>
    async (event: IpcMainInvokeEvent, request: unknown) => {
      if (busy) return { status: 'error', message: EXPORT_DIALOG_MESSAGES.busy } as T;
      busy = true;
      try {
        return await work(event, request);
      } catch {
        return { status: 'error', message: fallback } as T;
      } finally {
        busy = false;
      }
    };
  ipcMain.handle(
    EXPORT_TO_FILE_CHANNEL,
    once((event, request) => exportToChosenFile(event, request, deps), EXPORT_DIALOG_MESSAGES.exportFailed),
  );
  ipcMain.handle(
    IMPORT_FROM_FILE_CHANNEL,
    once((event, request) => importFromChosenFile(event, request, deps, memory), EXPORT_DIALOG_MESSAGES.importFailed),
  );
}

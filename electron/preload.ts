/**
 * The only things the page gets from Electron, on `window.knotbook` (the list is BRIDGE_FUNCTIONS
 * in db/api/bridge.ts, and the compiler holds this object to it): `call(op, input)`, one promise
 * per API call over the single API channel; `exportPdf(request)`, which saves the page as a PDF;
 * `saveBackupAs()` / `chooseBackupFile()`, which open a save or open dialog for a backup;
 * `exportToFile(request, onProgress)`, which saves an export where the therapist chooses (main
 * writes it, and its progress comes back to `onProgress` only while that export runs); and
 * `importFromFile(request)`, which imports a file the therapist chooses. Main checks who asks,
 * and the page never sees or sends a path. No raw ipcRenderer, no Node, nothing else.
 * Bundled into one file (sandboxed preloads cannot require other files).
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  CHOOSE_BACKUP_CHANNEL,
  EXPORT_PDF_CHANNEL,
  EXPORT_PROGRESS_CHANNEL,
  EXPORT_TO_FILE_CHANNEL,
  IMPORT_FROM_FILE_CHANNEL,
  IPC_CHANNEL,
  SAVE_BACKUP_CHANNEL,
  type ExportFileProgress,
  type ExportPdfRequest,
  type ExportToFileRequest,
  type ImportFromFileRequest,
  type PreloadBridge,
} from '../db/api/bridge';

/**
 * Runs one export, passing its progress to `onProgress` (two numbers; the IPC event itself never
 * reaches the page, as Electron's docs ask) until it ends.
 */
async function exportToFile(request: ExportToFileRequest, onProgress?: (progress: ExportFileProgress) => void) {
  const listener = (_event: IpcRendererEvent, progress: ExportFileProgress) => {
    if (typeof onProgress === 'function')
      onProgress({ rows: Number(progress.rows), totalRows: Number(progress.totalRows) });
  };
  ipcRenderer.on(EXPORT_PROGRESS_CHANNEL, listener);
  try {
    return await ipcRenderer.invoke(EXPORT_TO_FILE_CHANNEL, request);
  } finally {
    ipcRenderer.off(EXPORT_PROGRESS_CHANNEL, listener);
  }
}

const bridge = {
  call: (op: string, input: unknown) => ipcRenderer.invoke(IPC_CHANNEL, op, input),
  exportPdf: (request: ExportPdfRequest) => ipcRenderer.invoke(EXPORT_PDF_CHANNEL, request),
  saveBackupAs: () => ipcRenderer.invoke(SAVE_BACKUP_CHANNEL),
  chooseBackupFile: () => ipcRenderer.invoke(CHOOSE_BACKUP_CHANNEL),
  exportToFile,
  importFromFile: (request: ImportFromFileRequest) => ipcRenderer.invoke(IMPORT_FROM_FILE_CHANNEL, request),
} satisfies PreloadBridge;

contextBridge.exposeInMainWorld('knotbook', bridge);

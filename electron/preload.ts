/**
 * The only things the page gets from Electron, on `window.knotbook` (the list is BRIDGE_FUNCTIONS
 * in db/api/bridge.ts, and the compiler holds this object to it): `call(op, input)`, one promise
 * per API call over the single API channel; `exportPdf(request)`, which saves the page as a PDF;
 * and `saveBackupAs()` / `chooseBackupFile()`, which open a save or open dialog for a backup
 * (main checks who asks, and the page never sees or sends a path to write). No raw ipcRenderer,
 * no Node, nothing else.
 * Bundled into one file (sandboxed preloads cannot require other files).
 */
import { contextBridge, ipcRenderer } from 'electron';
import {
  CHOOSE_BACKUP_CHANNEL,
  EXPORT_PDF_CHANNEL,
  IPC_CHANNEL,
  SAVE_BACKUP_CHANNEL,
  type ExportPdfRequest,
  type PreloadBridge,
} from '../db/api/bridge';

const bridge = {
  call: (op: string, input: unknown) => ipcRenderer.invoke(IPC_CHANNEL, op, input),
  exportPdf: (request: ExportPdfRequest) => ipcRenderer.invoke(EXPORT_PDF_CHANNEL, request),
  saveBackupAs: () => ipcRenderer.invoke(SAVE_BACKUP_CHANNEL),
  chooseBackupFile: () => ipcRenderer.invoke(CHOOSE_BACKUP_CHANNEL),
} satisfies PreloadBridge;

contextBridge.exposeInMainWorld('knotbook', bridge);

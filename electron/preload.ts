/**
 * The only things the page gets from Electron: `window.knotbook.call(op, input)`, one promise
 * per API call over the single API channel, and `window.knotbook.exportPdf(request)`, which saves
 * the page as a PDF (main checks who asks and what). No raw ipcRenderer, no Node, nothing else.
 * Bundled into one file (sandboxed preloads cannot require other files).
 */
import { contextBridge, ipcRenderer } from 'electron';
import { EXPORT_PDF_CHANNEL, IPC_CHANNEL, type ExportPdfRequest, type KnotbookBridge } from '../db/api/bridge';

const bridge = {
  call: (op: string, input: unknown) => ipcRenderer.invoke(IPC_CHANNEL, op, input),
  exportPdf: (request: ExportPdfRequest) => ipcRenderer.invoke(EXPORT_PDF_CHANNEL, request),
} satisfies KnotbookBridge;

contextBridge.exposeInMainWorld('knotbook', bridge);

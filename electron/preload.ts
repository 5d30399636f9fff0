/**
 * The only thing the page gets from Electron: `window.knotbook.call(op, input)`, one promise
 * per API call over the single IPC channel. No raw ipcRenderer, no Node, nothing else.
 * Bundled into one file (sandboxed preloads cannot require other files).
 */
import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNEL, type KnotbookBridge } from '../db/api/bridge';

const bridge = {
  call: (op: string, input: unknown) => ipcRenderer.invoke(IPC_CHANNEL, op, input),
} satisfies KnotbookBridge;

contextBridge.exposeInMainWorld('knotbook', bridge);

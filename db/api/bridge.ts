/**
 * What the Electron preload exposes and the channel it uses. Kept apart from contract.ts (which
 * re-exports it) so the preload bundle stays tiny: this file has no runtime imports.
 */
import type { Envelope } from './contract';

/** The one object the Electron preload exposes on `window.knotbook`. */
export interface KnotbookBridge {
  call: (op: string, input: unknown) => Promise<Envelope<unknown>>;
}

/** The single IPC channel. */
export const IPC_CHANNEL = 'knotbook:api';

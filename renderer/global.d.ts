/**
 * What the renderer may find on `window`. The Electron preload checks its exposed object with
 * `satisfies` against `Window['knotbook']`, so the two cannot drift apart.
 */
import type { KnotbookBridge } from '../db/api/contract';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent when the renderer runs in a plain browser. */
    knotbook?: KnotbookBridge;
  }
}

export {};

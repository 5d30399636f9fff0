/**
 * A stand-in Electron binary for tests: some bytes around Electron's fuse sentinel and a version-1
 * fuse wire, in the states Electron 41 ships with unless told otherwise.
 */
import { FUSE_SENTINEL } from '../check-package';

/**
 * Electron's own defaults, wire positions 0-7: RunAsNode on, cookie encryption off, NODE_OPTIONS
 * on, --inspect on, asar integrity off, only-from-asar off, browser V8 snapshot off, file://
 * privileges on (docs/tutorial/fuses.md).
 */
export const ELECTRON_DEFAULT_WIRE = '10110001';

/** A fake Electron binary whose fuse wire holds `wire` ('0', '1' or 'r' per fuse). */
export function fakeElectronBinary(wire: string = ELECTRON_DEFAULT_WIRE): Buffer {
  return Buffer.concat([
    Buffer.from('\x7fELF fake electron, code before the wire...', 'latin1'),
    Buffer.from(FUSE_SENTINEL, 'latin1'),
    Buffer.from([1, wire.length]),
    Buffer.from(wire, 'latin1'),
    Buffer.from('...code after the wire', 'latin1'),
  ]);
}

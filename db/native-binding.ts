/**
 * Chooses the compiled better-sqlite3 module (`nativeBinding`) for the running process.
 *
 * Node (tests, the loopback HTTP adapter) uses the default build in node_modules. Electron needs
 * a build for its own ABI, kept apart so the two never overwrite each other:
 * - development: `<appRoot>/.native/electron-<version>-<platform>-<arch>/better_sqlite3.node`,
 *   made by scripts/prepare-electron-native.ts (run by `npm start`);
 * - packaged app: `<resourcesPath>/native/better_sqlite3.node` (electron-builder extraResources).
 *
 * Pure: no 'electron' import, the file system is reached only through `exists`.
 */
import path from 'node:path';

export const NATIVE_DIR = '.native';
export const NATIVE_FILE = 'better_sqlite3.node';

export interface NativeBindingContext {
  runtime: 'node' | 'electron';
  isPackaged: boolean;
  /** The repository root in development. */
  appRoot: string;
  /** Electron's `process.resourcesPath` (only used when packaged). */
  resourcesPath: string;
  electronVersion: string;
  platform: string;
  arch: string;
  exists: (file: string) => boolean;
}

/** Thrown when the Electron build of the database engine is missing. */
export class NativeBindingError extends Error {
  override name = 'NativeBindingError';
}

/** `electron-41.7.1-linux-x64`: one folder per Electron version, platform and architecture. */
export function electronNativeFolderName(electronVersion: string, platform: string, arch: string): string {
  return `electron-${electronVersion}-${platform}-${arch}`;
}

/** Where scripts/prepare-electron-native.ts puts the build for development. */
export function devNativeBindingPath(appRoot: string, electronVersion: string, platform: string, arch: string): string {
  const folder = electronNativeFolderName(electronVersion, platform, arch);
  return path.join(appRoot, NATIVE_DIR, folder, NATIVE_FILE);
}

/** Where the packaged app carries its build (outside the asar archive). */
export function packagedNativeBindingPath(resourcesPath: string): string {
  return path.join(resourcesPath, 'native', NATIVE_FILE);
}

/** `undefined` means "let better-sqlite3 find its default build". */
export function resolveNativeBinding(ctx: NativeBindingContext): string | undefined {
  if (ctx.runtime === 'node') return undefined;

  if (ctx.isPackaged) {
    const file = packagedNativeBindingPath(ctx.resourcesPath);
    if (!ctx.exists(file)) {
      throw new NativeBindingError(
        `Knotbook's database engine is missing from this installation (${file}). Please reinstall Knotbook.`,
      );
    }
    return file;
  }

  const file = devNativeBindingPath(ctx.appRoot, ctx.electronVersion, ctx.platform, ctx.arch);
  if (!ctx.exists(file)) {
    throw new NativeBindingError(
      `better-sqlite3 has not been built for Electron ${ctx.electronVersion} (${ctx.platform}-${ctx.arch}) yet: run \`npm start\`, which prepares it.`,
    );
  }
  return file;
}

/**
 * What the loader says about a native file it cannot use: built for another runtime (Node vs
 * Electron: NODE_MODULE_VERSION), for another machine (Linux: wrong ELF class; macOS:
 * incompatible or wrong architecture; Windows: not a valid Win32 application), or not a native
 * module at all (Linux: invalid ELF header, or file too short; macOS: not a (valid) mach-o file).
 */
const NATIVE_LOAD_FAILURE =
  /NODE_MODULE_VERSION|was compiled against a different|invalid ELF header|file too short|not a valid Win32 application|wrong ELF class|incompatible architecture|wrong architecture|not a mach-o file|not valid mach-o file|\.node\b.*(cannot open|image not found)/i;

/**
 * A plain-words message when `error` is better-sqlite3 failing to load a native file built for
 * another runtime (Node vs Electron) or another machine; undefined for any other error.
 */
export function describeNativeLoadError(error: unknown): string | undefined {
  const message = error instanceof Error ? error.message : String(error);
  if (!NATIVE_LOAD_FAILURE.test(message)) return undefined;
  return "Knotbook's database engine was built for a different version of Electron or another kind of computer. In development, delete the .native folder and run `npm start`; otherwise reinstall Knotbook.";
}

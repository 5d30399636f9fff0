import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, it, expect } from 'vitest';
import {
  NativeBindingError,
  describeNativeLoadError,
  devNativeBindingPath,
  electronNativeFolderName,
  resolveNativeBinding,
  type NativeBindingContext,
} from './native-binding';

const appRoot = path.join(path.sep, 'repo');
const resourcesPath = path.join(path.sep, 'opt', 'Knotbook', 'resources');
const devFile = path.join(appRoot, '.native', 'electron-41.7.1-linux-x64', 'better_sqlite3.node');
const packagedFile = path.join(resourcesPath, 'native', 'better_sqlite3.node');

function ctx(overrides: Partial<NativeBindingContext> = {}): NativeBindingContext {
  return {
    runtime: 'electron',
    isPackaged: false,
    appRoot,
    resourcesPath,
    electronVersion: '41.7.1',
    platform: 'linux',
    arch: 'x64',
    exists: () => true,
    ...overrides,
  };
}

describe('electronNativeFolderName', () => {
  it('names the folder by Electron version, platform and architecture', () => {
    expect(electronNativeFolderName('41.7.1', 'darwin', 'arm64')).toBe('electron-41.7.1-darwin-arm64');
  });

  it('is what devNativeBindingPath uses', () => {
    expect(devNativeBindingPath(appRoot, '41.7.1', 'linux', 'x64')).toBe(devFile);
  });
});

describe('resolveNativeBinding', () => {
  it('leaves Node on the default node_modules build', () => {
    const exists = () => {
      throw new Error('must not look at the disk');
    };
    expect(resolveNativeBinding(ctx({ runtime: 'node', exists }))).toBeUndefined();
    expect(resolveNativeBinding(ctx({ runtime: 'node', isPackaged: true, exists }))).toBeUndefined();
  });

  it('uses the copy next to the resources in a packaged app', () => {
    const seen: string[] = [];
    const exists = (p: string) => (seen.push(p), true);
    expect(resolveNativeBinding(ctx({ isPackaged: true, exists }))).toBe(packagedFile);
    expect(seen).toEqual([packagedFile]);
  });

  it('says to reinstall when a packaged app lost its copy', () => {
    expect(() => resolveNativeBinding(ctx({ isPackaged: true, exists: () => false }))).toThrow(/reinstall Knotbook/);
  });

  it('uses the per-version .native folder in development', () => {
    const seen: string[] = [];
    const exists = (p: string) => (seen.push(p), true);
    expect(resolveNativeBinding(ctx({ exists }))).toBe(devFile);
    expect(seen).toEqual([devFile]);
  });

  it('follows the Electron version, platform and architecture', () => {
    const file = resolveNativeBinding(ctx({ electronVersion: '42.0.0', platform: 'win32', arch: 'arm64' }));
    expect(file).toBe(path.join(appRoot, '.native', 'electron-42.0.0-win32-arm64', 'better_sqlite3.node'));
  });

  it('tells the developer, in one line, to run npm start when the build is missing', () => {
    let error: unknown;
    try {
      resolveNativeBinding(ctx({ exists: () => false }));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(NativeBindingError);
    const message = (error as Error).message;
    expect(message).toContain('npm start');
    expect(message).toContain('41.7.1');
    expect(message).not.toContain('\n');
  });
});

describe('describeNativeLoadError', () => {
  it('explains a module built for the wrong runtime', () => {
    const error = new Error(
      "The module '/repo/.native/electron-41.7.1-linux-x64/better_sqlite3.node'\nwas compiled against a different Node.js version using\nNODE_MODULE_VERSION 115. This version of Node.js requires\nNODE_MODULE_VERSION 145.",
    );
    const message = describeNativeLoadError(error);
    expect(message).toMatch(/different version of Electron/);
    expect(message).not.toContain('\n');
  });

  it('explains a module built for another architecture', () => {
    expect(describeNativeLoadError(new Error('/x/better_sqlite3.node: invalid ELF header'))).toBeDefined();
  });

  // What the loaders say about a file that is no native module at all (a broken download or
  // copy), or one for another architecture: Linux (glibc), macOS (dyld), Windows (LoadLibrary).
  it.each([
    '/x/better_sqlite3.node: file too short',
    '/x/better_sqlite3.node: invalid ELF header',
    '/x/better_sqlite3.node: wrong ELF class: ELFCLASS32',
    "dlopen(/x/better_sqlite3.node, 0x0001): tried: '/x/better_sqlite3.node' (not a mach-o file)",
    "dlopen(/x/better_sqlite3.node, 0x0001): tried: '/x/better_sqlite3.node' (slice is not valid mach-o file)",
    "dlopen(/x/better_sqlite3.node, 0x0001): tried: '/x/better_sqlite3.node' (mach-o file, but is an incompatible architecture (have 'x86_64', need 'arm64'))",
    '\\\\?\\C:\\x\\better_sqlite3.node is not a valid Win32 application.',
  ])('explains "%s"', (message) => {
    expect(describeNativeLoadError(new Error(message))).toMatch(/different version of Electron/);
  });

  it("explains what this machine's loader says about a file that is no native module", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'knotbook-native-'));
    try {
      for (const bytes of [16, 4096]) {
        const file = path.join(dir, `garbage-${bytes}.node`);
        fs.writeFileSync(file, Buffer.alloc(bytes, 0x5a));
        let thrown: unknown;
        try {
          new Database(':memory:', { nativeBinding: file }).close();
        } catch (error) {
          thrown = error;
        }
        expect(thrown, `loading ${bytes} bytes of garbage`).toBeInstanceOf(Error);
        expect(describeNativeLoadError(thrown), (thrown as Error).message).toBeDefined();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('leaves other errors alone', () => {
    expect(describeNativeLoadError(new Error('SQLITE_CORRUPT: database disk image is malformed'))).toBeUndefined();
    expect(describeNativeLoadError('nope')).toBeUndefined();
  });
});

import path from 'node:path';
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

  it('leaves other errors alone', () => {
    expect(describeNativeLoadError(new Error('SQLITE_CORRUPT: database disk image is malformed'))).toBeUndefined();
    expect(describeNativeLoadError('nope')).toBeUndefined();
  });
});

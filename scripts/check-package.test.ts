import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkPackage, fuseProblems, parseCheckArgs, readFuses, unpackedApp } from './check-package';
import { fatHeader, headerFor } from './testing/binary-headers';
import { ELECTRON_DEFAULT_WIRE, fakeElectronBinary } from './testing/fuse-wire';

/** The wire electron-builder.yml's electronFuses produce (see electron-builder-config.test.ts). */
const LOCKED_WIRE = '00001100';

let release: string;
beforeEach(() => {
  release = fs.mkdtempSync(path.join(os.tmpdir(), 'knotbook-release-'));
});
afterEach(() => {
  fs.rmSync(release, { recursive: true, force: true });
});

/** Lays out what electron-builder would leave in release/ for `platform`/`arch`. */
function fakePackage(
  platform: string,
  arch: string,
  options: { engine?: Buffer | null; wire?: string } = {},
): ReturnType<typeof unpackedApp> {
  const app = unpackedApp(release, platform, arch);
  fs.mkdirSync(path.join(app.resources, 'native'), { recursive: true });
  fs.writeFileSync(path.join(app.resources, 'app.asar'), 'asar');
  const engine = options.engine === undefined ? headerFor(platform, arch) : options.engine;
  if (engine) fs.writeFileSync(path.join(app.resources, 'native', 'better_sqlite3.node'), engine);
  fs.mkdirSync(path.dirname(app.fuseFile), { recursive: true });
  fs.writeFileSync(app.fuseFile, fakeElectronBinary(options.wire ?? LOCKED_WIRE));
  return app;
}

describe('unpackedApp', () => {
  it("follows electron-builder's folder names for each platform and arch", () => {
    const rel = (p: string) => path.relative(release, p).split(path.sep).join('/');
    const linux = unpackedApp(release, 'linux', 'x64');
    expect(rel(linux.resources)).toBe('linux-unpacked/resources');
    expect(rel(linux.fuseFile)).toBe('linux-unpacked/knotbook');
    expect(rel(unpackedApp(release, 'linux', 'arm64').resources)).toBe('linux-arm64-unpacked/resources');

    expect(rel(unpackedApp(release, 'win32', 'x64').fuseFile)).toBe('win-unpacked/Knotbook.exe');
    expect(rel(unpackedApp(release, 'win32', 'ia32').resources)).toBe('win-ia32-unpacked/resources');

    const mac = unpackedApp(release, 'darwin', 'arm64');
    expect(rel(mac.resources)).toBe('mac-arm64/Knotbook.app/Contents/Resources');
    expect(rel(mac.fuseFile)).toBe(
      'mac-arm64/Knotbook.app/Contents/Frameworks/Electron Framework.framework/Electron Framework',
    );
    expect(rel(unpackedApp(release, 'darwin', 'x64').root)).toBe('mac/Knotbook.app');
  });
});

describe('checkPackage', () => {
  it.each([
    ['linux', 'x64'],
    ['linux', 'arm64'],
    ['win32', 'x64'],
    ['win32', 'arm64'],
    ['darwin', 'arm64'],
    ['darwin', 'x64'],
  ])('accepts a %s %s package with its own engine and locked fuses', (platform, arch) => {
    fakePackage(platform, arch);
    const result = checkPackage(release, platform, arch);
    expect(result.messages.join('\n')).toMatch(/holds its database engine/);
    expect(result.ok).toBe(true);
  });

  it('accepts a universal engine that holds the arch', () => {
    fakePackage('darwin', 'arm64', { engine: fatHeader(['x64', 'arm64']) });
    expect(checkPackage(release, 'darwin', 'arm64').ok).toBe(true);
  });

  it('fails when the engine is missing', () => {
    fakePackage('linux', 'x64', { engine: null });
    const result = checkPackage(release, 'linux', 'x64');
    expect(result.ok).toBe(false);
    expect(result.messages.join('\n')).toMatch(/has no database engine: .*better_sqlite3\.node is missing/);
  });

  it('fails when the engine is for another arch or OS, and says which', () => {
    fakePackage('linux', 'x64', { engine: headerFor('linux', 'arm64') });
    expect(checkPackage(release, 'linux', 'x64').messages.join('\n')).toMatch(
      /is a Linux arm64 file, not a Linux x64 one/,
    );

    fakePackage('win32', 'x64', { engine: headerFor('linux', 'x64') });
    expect(checkPackage(release, 'win32', 'x64').messages.join('\n')).toMatch(/is a Linux x64 file, not a Windows x64/);

    fakePackage('darwin', 'arm64', { engine: Buffer.from('not a binary') });
    const result = checkPackage(release, 'darwin', 'arm64');
    expect(result.ok).toBe(false);
    expect(result.messages.join('\n')).toMatch(/is not a compiled program/);
  });

  it('fails when there is no package for that platform and arch', () => {
    fakePackage('linux', 'x64');
    const result = checkPackage(release, 'linux', 'arm64');
    expect(result.ok).toBe(false);
    expect(result.messages).toEqual([expect.stringMatching(/There is no Linux arm64 package: .*linux-arm64-unpacked/)]);
  });

  it("fails when the fuses are Electron's defaults, naming each one", () => {
    fakePackage('linux', 'x64', { wire: ELECTRON_DEFAULT_WIRE });
    const text = checkPackage(release, 'linux', 'x64').messages.join('\n');
    for (const name of [
      'runAsNode is on',
      'enableNodeOptionsEnvironmentVariable is on',
      'enableNodeCliInspectArguments is on',
      'enableEmbeddedAsarIntegrityValidation is off',
      'onlyLoadAppFromAsar is off',
      'grantFileProtocolExtraPrivileges is on',
    ]) {
      expect(text).toContain(`the fuse ${name}`);
    }
  });

  it('fails when the Electron binary has no fuse wire', () => {
    const app = fakePackage('win32', 'x64');
    fs.writeFileSync(app.fuseFile, headerFor('win32', 'x64'));
    expect(checkPackage(release, 'win32', 'x64').messages.join('\n')).toMatch(/has no fuse wire/);
  });
});

describe('readFuses and fuseProblems', () => {
  it('reads every wire of a universal binary and reports the one left unlocked', () => {
    const universal = Buffer.concat([fakeElectronBinary(LOCKED_WIRE), fakeElectronBinary(ELECTRON_DEFAULT_WIRE)]);
    const wires = readFuses(universal);
    expect(Array.isArray(wires) && wires.length).toBe(2);
    if (!Array.isArray(wires)) return;
    expect(fuseProblems(wires[0] ?? {})).toEqual([]);
    expect(fuseProblems(wires[1] ?? {})).toContain('the fuse runAsNode is on, it must be off');
  });

  it('accepts a removed fuse that must be off, not one that must be on', () => {
    const wires = readFuses(fakeElectronBinary('r0000r00'));
    expect(Array.isArray(wires)).toBe(true);
    if (!Array.isArray(wires) || !wires[0]) return;
    expect(wires[0].runAsNode).toBe('removed');
    expect(fuseProblems(wires[0])).toEqual([
      'the fuse enableEmbeddedAsarIntegrityValidation is off, it must be on',
      'the fuse onlyLoadAppFromAsar is removed, it must be on',
    ]);
  });

  it('treats a wire too short for a fuse as missing that fuse', () => {
    const wires = readFuses(fakeElectronBinary('0000'));
    if (!Array.isArray(wires) || !wires[0]) throw new Error('expected a wire');
    expect(wires[0].onlyLoadAppFromAsar).toBe('missing');
    expect(fuseProblems(wires[0])).toContain('the fuse onlyLoadAppFromAsar is missing, it must be on');
  });

  it('refuses a wire of another version', () => {
    const binary = fakeElectronBinary(LOCKED_WIRE);
    binary[binary.indexOf('dL7p') + 32] = 2;
    expect(readFuses(binary)).toBe('its fuse wire has version 2, not 1');
  });
});

describe('parseCheckArgs', () => {
  it('takes the release folder, platform and arch in any order', () => {
    expect(parseCheckArgs(['--arch', 'arm64', 'out', '--platform', 'darwin'])).toEqual({
      releaseDir: path.resolve('out'),
      platform: 'darwin',
      arch: 'arm64',
    });
  });

  it("defaults to this computer's platform", () => {
    const parsed = parseCheckArgs(['--arch', 'x64']);
    expect(parsed.platform).toBe(process.platform);
    expect(parsed.releaseDir.endsWith(`${path.sep}release`)).toBe(true);
  });
});

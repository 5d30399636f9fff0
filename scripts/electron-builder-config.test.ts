/**
 * electron-builder.yml against electron-builder 26's own schema, and against the scripts that
 * rely on it: the fuses check-package.ts requires (flipped on a stand-in binary by
 * electron-builder's own code), the folder names it looks in, the engine path of
 * db/native-binding.ts, one arch per target (dist.ts passes it), the Linux download and its
 * desktop categories, and ad-hoc signing on macOS.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { flipFuses, type FuseConfig } from '@electron/fuses';
import { PlatformPackager, type Configuration } from 'app-builder-lib';
import { validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { devNativeBindingPath, packagedNativeBindingPath } from '../db/native-binding';
import { PRODUCT_NAME, RELEASE_DIR, REQUIRED_FUSES, fuseProblems, readFuses } from './check-package';
import { repoRoot } from './run';
import { ELECTRON_DEFAULT_WIRE, fakeElectronBinary } from './testing/fuse-wire';

const config = parse(fs.readFileSync(path.join(repoRoot, 'electron-builder.yml'), 'utf8')) as Configuration &
  Record<string, unknown>;

type Targets = Configuration['linux'] extends infer L ? (L extends { target?: infer T } ? T : never) : never;
const targetNames = (target: Targets | undefined) =>
  (Array.isArray(target) ? target : [target]).map((t) => (typeof t === 'string' ? t : t?.target));

describe('electron-builder.yml', () => {
  it("is valid for electron-builder's own schema", async () => {
    const quiet = { isEnabled: false } as Parameters<typeof validateConfiguration>[1];
    await expect(validateConfiguration(structuredClone(config), quiet)).resolves.toBeUndefined();
  });

  it('sets exactly the fuses check-package.ts requires, plus the ad-hoc re-signature', () => {
    expect(config.electronFuses).toEqual({ ...REQUIRED_FUSES, resetAdHocDarwinSignature: true });
    expect(config.asar).toBe(true); // onlyLoadAppFromAsar needs an app.asar
  });

  describe('fuses flipped by electron-builder', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'knotbook-fuses-'));
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

    it("lock a stand-in Electron binary the way check-package.ts checks (electron-builder's code, @electron/fuses)", async () => {
      const binary = path.join(dir, 'knotbook');
      fs.writeFileSync(binary, fakeElectronBinary(ELECTRON_DEFAULT_WIRE));
      // PlatformPackager.doAddElectronFuses = generateFuseConfig(config.electronFuses) then flipFuses.
      const toFuseConfig = (
        PlatformPackager.prototype as unknown as { generateFuseConfig(fuses: unknown): Promise<FuseConfig> }
      ).generateFuseConfig;
      const fuseConfig = await toFuseConfig(config.electronFuses);
      await flipFuses(binary, fuseConfig);

      const wires = readFuses(fs.readFileSync(binary));
      expect(Array.isArray(wires)).toBe(true);
      if (!Array.isArray(wires)) return;
      expect(wires.flatMap(fuseProblems)).toEqual([]);
      // And Electron's defaults are what check-package.ts refuses.
      const before = readFuses(fakeElectronBinary(ELECTRON_DEFAULT_WIRE));
      expect(Array.isArray(before) && before.flatMap(fuseProblems).length).toBe(Object.keys(REQUIRED_FUSES).length);
    });
  });

  it('puts the package where check-package.ts looks', () => {
    expect(config.productName).toBe(PRODUCT_NAME);
    expect(config.directories?.output).toBe(RELEASE_DIR);
  });

  it('copies the engine prepared by prepare-electron-native.ts to where db/native-binding.ts loads it', () => {
    const [resource] = config.extraResources as { from: string; to: string }[];
    const from = (resource?.from ?? '')
      .replace('${env.KNOTBOOK_ELECTRON_VERSION}', '41.7.1')
      .replace('${platform}', 'darwin')
      .replace('${arch}', 'arm64');
    expect(path.join(repoRoot, from)).toBe(devNativeBindingPath(repoRoot, '41.7.1', 'darwin', 'arm64'));
    expect(path.join('/res', resource?.to ?? '')).toBe(packagedNativeBindingPath('/res'));
  });

  it('leaves the arch to npm run dist: no target pins one', () => {
    for (const platform of ['linux', 'win', 'mac'] as const) {
      const names = targetNames(config[platform]?.target as Targets);
      expect(names.every((name) => typeof name === 'string' && !name.includes(':'))).toBe(true);
      expect(JSON.stringify(config[platform]?.target)).not.toMatch(/"arch"/);
    }
  });

  it('ships the .deb as the Linux download, an NSIS installer on Windows and a .dmg on macOS', () => {
    expect(targetNames(config.linux?.target as Targets)).toEqual(['deb']);
    expect(targetNames(config.win?.target as Targets)).toEqual(['nsis']);
    expect(targetNames(config.mac?.target as Targets)).toEqual(['dmg']);
    expect(config.appImage).toBeUndefined();
    expect(config.toolsets).toBeUndefined();
  });

  it('signs the macOS app ad hoc, without the hardened runtime that would reject it', () => {
    expect(config.mac?.identity).toBe('-');
    expect(config.mac?.hardenedRuntime).toBe(false);
  });

  it('lists the desktop categories Office;Science;MedicalSoftware, valid for the freedesktop menu spec', () => {
    const category = config.linux?.category ?? '';
    // electron-builder writes `Categories=${category};` (LinuxTargetHelper), after any desktop.entry.
    expect(`Categories=${category}${category.endsWith(';') ? '' : ';'}`).toBe(
      'Categories=Office;Science;MedicalSoftware;',
    );
    expect(JSON.stringify(config.linux?.desktop ?? {})).not.toMatch(/Categories/);

    const categories = category.split(';').filter(Boolean);
    const main = ['AudioVideo', 'Audio', 'Video', 'Development', 'Education', 'Game', 'Graphics'];
    main.push('Network', 'Office', 'Science', 'Settings', 'System', 'Utility');
    expect(categories.some((c) => main.includes(c))).toBe(true);
    // MedicalSoftware is an additional category: Education or Science must come with it.
    expect(categories.some((c) => c === 'Science' || c === 'Education')).toBe(true);
  });
});

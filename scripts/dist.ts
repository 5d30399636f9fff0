/**
 * `npm run dist [-- <electron-builder options, e.g. --linux AppImage>]`: build, prepare the
 * Electron build of better-sqlite3, then package with electron-builder (electron-builder.yml).
 *
 * Runs only on the operating system being packaged for (the native module is compiled for the
 * machine it runs on) and needs the internet (electron-builder downloads Electron and its
 * packaging tools). It cannot run on the development container this project started in.
 * One architecture per run: the host's, or the one given as --x64 / --arm64 / --ia32.
 */
import { buildAll } from './build';
import { prepareElectronNative } from './prepare-electron-native';
import { installedElectronVersion, repoRoot, resolvePackageFile, runNode } from './run';

async function dist(builderArgs: string[]): Promise<number> {
  await buildAll();
  const electronVersion = installedElectronVersion();
  const archArg = ['--x64', '--arm64', '--ia32'].find((a) => builderArgs.includes(a));
  const retryCommand = 'npm run dist';
  await prepareElectronNative(
    archArg ? { electronVersion, arch: archArg.slice(2), retryCommand } : { electronVersion, retryCommand },
  );

  const builder = resolvePackageFile('electron-builder/cli.js');
  const result = await runNode(builder, ['--config', 'electron-builder.yml', ...builderArgs], {
    cwd: repoRoot,
    // electron-builder.yml finds .native/electron-<version>-<platform>-<arch>/ through this.
    env: { ...process.env, KNOTBOOK_ELECTRON_VERSION: electronVersion },
  });
  if (result.code !== 0) console.error(`electron-builder failed (exit ${result.code}); see its output above.`);
  return result.code ?? 1;
}

dist(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);

/**
 * `npm run dist [-- <electron-builder options, e.g. --dir, --linux deb, --arm64>]`: build,
 * prepare the Electron build of better-sqlite3, package with electron-builder
 * (electron-builder.yml), then check the package (scripts/check-package.ts): it must carry
 * resources/native/better_sqlite3.node compiled for its OS and arch, and its fuses; if not, the
 * run fails even though electron-builder succeeded.
 *
 * Runs only on the operating system being packaged for (the native module is prepared for the
 * machine it runs on) and needs the internet (electron-builder downloads Electron and its
 * packaging tools). It cannot run on the development container this project started in.
 * One architecture per run: the installed Electron binary's (else Node's), or the one given as
 * --x64 / --arm64 / --ia32, always passed to electron-builder explicitly. Options asking for
 * another OS, several arches or --universal are refused before anything is built
 * (scripts/dist-args.ts).
 */
import path from 'node:path';
import { buildAll } from './build';
import { RELEASE_DIR, checkPackage } from './check-package';
import { DistArgsError, planDist, type DistPlan } from './dist-args';
import { prepareElectronNative } from './prepare-electron-native';
import { defaultTargetArch, installedElectronVersion, repoRoot, resolvePackageFile, runNode } from './run';

async function dist(args: string[]): Promise<number> {
  let plan: DistPlan;
  try {
    plan = planDist(args, { platform: process.platform, defaultArch: defaultTargetArch() });
  } catch (error) {
    if (!(error instanceof DistArgsError)) throw error;
    console.error(error.message);
    return 1;
  }

  await buildAll();
  const electronVersion = installedElectronVersion();
  await prepareElectronNative({ electronVersion, arch: plan.arch, retryCommand: 'npm run dist' });

  const builder = resolvePackageFile('electron-builder/cli.js');
  const result = await runNode(builder, ['--config', 'electron-builder.yml', ...plan.builderArgs], {
    cwd: repoRoot,
    // electron-builder.yml finds .native/electron-<version>-<platform>-<arch>/ through this.
    env: { ...process.env, KNOTBOOK_ELECTRON_VERSION: electronVersion },
  });
  if (result.code !== 0) {
    console.error(`electron-builder failed (exit ${result.code}); see its output above.`);
    return result.code ?? 1;
  }

  const check = checkPackage(path.join(repoRoot, RELEASE_DIR), process.platform, plan.arch);
  for (const message of check.messages) (check.ok ? console.log : console.error)(message);
  return check.ok ? 0 : 1;
}

dist(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);

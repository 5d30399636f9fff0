/**
 * Builds better-sqlite3 for the installed Electron into its own folder,
 * `.native/electron-<version>-<platform>-<arch>/better_sqlite3.node`, leaving
 * node_modules/better-sqlite3/build (the Node build the unit tests use) untouched.
 *
 * 1. copy the package sources to a scratch folder under .native/;
 * 2. `prebuild-install --runtime electron ...` there (downloads the maintainers' prebuilt file);
 * 3. else `node-gyp install` (Electron headers) then `node-gyp rebuild --runtime=electron ...`;
 * 4. check the result is not a Node build, then move it into place.
 *
 * Idempotent: does nothing when the file is there. Needs the internet the first time.
 * Usage: tsx scripts/prepare-electron-native.ts [--arch <arch>]
 */
import fs from 'node:fs';
import path from 'node:path';
import { NATIVE_DIR, NATIVE_FILE, devNativeBindingPath, electronNativeFolderName } from '../db/native-binding';
import { ELECTRON_HEADERS_URL, electronBuildEnv, failureReason } from './native-env';
import { installedElectronVersion, isMain, repoRoot, resolvePackageFile, runNode, type RunResult } from './run';

const SOURCES = ['package.json', 'binding.gyp', 'src', 'deps', 'lib'];
const DOWNLOAD_TIMEOUT_S = 120;
const COMPILE_TIMEOUT_S = 30 * 60;

export interface PrepareOptions {
  appRoot?: string;
  electronVersion?: string;
  platform?: string;
  arch?: string;
  /** What to tell the developer to run again after connecting (default `npm start`). */
  retryCommand?: string;
}

/** A failure explained in one line, ready to print. */
export class PrepareNativeError extends Error {
  override name = 'PrepareNativeError';
}

/** Returns the path of the Electron build of better_sqlite3.node, building it when missing. */
export async function prepareElectronNative(options: PrepareOptions = {}): Promise<string> {
  const appRoot = options.appRoot ?? repoRoot;
  const electronVersion = options.electronVersion ?? installedElectronVersion();
  const platform = options.platform ?? process.platform;
  const arch = options.arch ?? process.arch;
  const target = devNativeBindingPath(appRoot, electronVersion, platform, arch);
  if (fs.existsSync(target) && fs.statSync(target).size > 0) return target;

  const nativeDir = path.join(appRoot, NATIVE_DIR);
  const scratch = path.join(nativeDir, `build-${electronNativeFolderName(electronVersion, platform, arch)}`);
  const logFile = path.join(nativeDir, 'prepare.log');
  const failure = (reason: string, network: boolean) => {
    const advice = network
      ? `Connect to the internet once and run ${options.retryCommand ?? 'npm start'} again.`
      : `Full log: ${path.relative(process.cwd(), logFile) || logFile}.`;
    return new PrepareNativeError(
      `Could not prepare better-sqlite3 for Electron ${electronVersion}: ${reason}. ${advice}`,
    );
  };

  fs.rmSync(scratch, { recursive: true, force: true });
  fs.mkdirSync(scratch, { recursive: true });
  fs.writeFileSync(logFile, `Preparing better-sqlite3 for Electron ${electronVersion} ${platform}-${arch}\n`);
  const log = (title: string, result: RunResult) =>
    fs.appendFileSync(logFile, `\n$ ${title} (exit ${result.code})\n${result.output}`);

  try {
    const sqliteDir = path.dirname(resolvePackageFile('better-sqlite3/package.json', appRoot));
    for (const entry of SOURCES) {
      fs.cpSync(path.join(sqliteDir, entry), path.join(scratch, entry), { recursive: true });
    }
    const env = electronBuildEnv(process.env, { electronVersion, arch });
    const built = path.join(scratch, 'build', 'Release', NATIVE_FILE);
    const common = { cwd: scratch, env, capture: true };

    // 1. The prebuilt binary published for this Electron ABI.
    const prebuild = await runNode(
      resolvePackageFile('prebuild-install/bin.js', sqliteDir),
      ['--runtime', 'electron', '--target', electronVersion, '--arch', arch, '--platform', platform, '--verbose'],
      { ...common, timeoutMs: DOWNLOAD_TIMEOUT_S * 1000 },
    );
    log('prebuild-install', prebuild);

    if (prebuild.code !== 0 || !fs.existsSync(built)) {
      // 2. Compile it: fetch Electron's headers first (short timeout), then build offline.
      const nodeGyp = resolvePackageFile('node-gyp/bin/node-gyp.js', appRoot);
      const targetArgs = [`--target=${electronVersion}`, `--arch=${arch}`, `--dist-url=${ELECTRON_HEADERS_URL}`];
      const headers = await runNode(nodeGyp, ['install', ...targetArgs], {
        ...common,
        timeoutMs: DOWNLOAD_TIMEOUT_S * 1000,
      });
      log('node-gyp install', headers);
      if (headers.code !== 0) {
        const why = failureReason(headers.output + prebuild.output, headers.timedOut ? DOWNLOAD_TIMEOUT_S : undefined);
        throw failure(why.reason, why.network);
      }
      console.log(`Compiling better-sqlite3 for Electron ${electronVersion} (this takes a few minutes, once)...`);
      const compile = await runNode(nodeGyp, ['rebuild', '--release', '--runtime=electron', ...targetArgs], {
        ...common,
        timeoutMs: COMPILE_TIMEOUT_S * 1000,
      });
      log('node-gyp rebuild', compile);
      if (compile.code !== 0 || !fs.existsSync(built)) {
        const why = failureReason(compile.output, compile.timedOut ? COMPILE_TIMEOUT_S : undefined);
        throw failure(why.reason, why.network);
      }
    }

    // 3. A build that loads in plain Node was made against Node's headers (the nodedir trap).
    const probe = await runNode('-e', [`require(${JSON.stringify(built)})`], {
      env,
      capture: true,
      timeoutMs: 30_000,
    });
    if (probe.code === 0 && platform === process.platform && arch === process.arch) {
      throw failure('the build came out for Node instead of Electron (is npm_config_nodedir set?)', false);
    }

    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(built, `${target}.tmp`);
    fs.renameSync(`${target}.tmp`, target);
    fs.rmSync(scratch, { recursive: true, force: true });
    return target;
  } catch (error) {
    if (error instanceof PrepareNativeError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw failure(message.split('\n')[0] ?? 'unknown error', false);
  }
}

function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

if (isMain(import.meta.url)) {
  const arch = argValue(process.argv.slice(2), '--arch');
  prepareElectronNative(arch ? { arch } : {}).then(
    (file) => console.log(`better-sqlite3 for Electron is ready: ${path.relative(repoRoot, file)}`),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    },
  );
}

/**
 * Builds better-sqlite3 for the installed Electron into its own folder,
 * `.native/electron-<version>-<platform>-<arch>/better_sqlite3.node`, leaving
 * node_modules/better-sqlite3/build (the Node build the unit tests use) untouched.
 *
 * 1. copy the package sources to a scratch folder under .native/;
 * 2. `prebuild-install --runtime electron ...` there (downloads the maintainers' prebuilt file);
 * 3. else `node-gyp install` (Electron headers) then `node-gyp rebuild --runtime=electron ...`;
 * 4. check the result is not a Node build and that its header is for the target OS and arch
 *    (scripts/binary-header.ts), then move it into place.
 *
 * The arch, unless given, is the installed Electron binary's, read from its header (the file
 * findElectronBinary returns; on macOS Electron.app/Contents/MacOS/Electron), and Node's only
 * when the binary is absent: an x64 Node under Rosetta on an Apple Silicon Mac may be running
 * beside an arm64 Electron, which needs an arm64 build. `npm run dist` passes its target arch.
 *
 * Idempotent: does nothing when the file is there and its header is for the target OS and arch
 * (a file for another arch, left by an older version of this script, is rebuilt). Needs the
 * internet the first time.
 * Usage: tsx scripts/prepare-electron-native.ts [--arch <arch>]
 */
import fs from 'node:fs';
import path from 'node:path';
import { NATIVE_DIR, NATIVE_FILE, devNativeBindingPath, electronNativeFolderName } from '../db/native-binding';
import { binaryMismatch, describeBinaryFile, describeTarget } from './binary-header';
import { ELECTRON_HEADERS_URL, electronBuildEnv, failureReason } from './native-env';
import {
  defaultTargetArch,
  installedElectronVersion,
  isMain,
  repoRoot,
  resolvePackageFile,
  runNode,
  type RunResult,
} from './run';

const SOURCES = ['package.json', 'binding.gyp', 'src', 'deps', 'lib'];
const DOWNLOAD_TIMEOUT_S = 120;
const COMPILE_TIMEOUT_S = 30 * 60;

export interface PrepareOptions {
  appRoot?: string;
  electronVersion?: string;
  platform?: string;
  /** Default: the installed Electron binary's arch, else Node's (defaultTargetArch). */
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
  const arch = options.arch ?? defaultTargetArch();
  const target = devNativeBindingPath(appRoot, electronVersion, platform, arch);
  if (isBuildFor(target, platform, arch)) return target;

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
    // 4. A compiler without a cross toolchain builds for the machine, whatever --arch said.
    const mismatch = binaryMismatch(describeBinaryFile(built), platform, arch);
    if (mismatch) {
      throw failure(`the build came out as ${mismatch}, not for ${describeTarget(platform, [arch])}`, false);
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

/** True when `file` exists and is compiled for `platform`/`arch`. */
function isBuildFor(file: string, platform: string, arch: string): boolean {
  try {
    return fs.statSync(file).size > 0 && binaryMismatch(describeBinaryFile(file), platform, arch) === undefined;
  } catch {
    return false;
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

/**
 * Checks a package made by electron-builder (`npm run dist`, electron-builder.yml) before anyone
 * installs it: the unpacked app must carry the Electron build of better-sqlite3 at
 * resources/native/better_sqlite3.node, compiled for the package's own OS and arch (read from
 * the file's header), and its Electron binary must have the fuses Knotbook requires flipped.
 * `npm run dist` runs it after electron-builder; the desktop workflow runs it too.
 *
 * Where electron-builder 26 puts the unpacked app (app-builder-lib PlatformPackager
 * computeAppOutDir: `<platform key><-arch unless x64><-unpacked unless macOS>`):
 *   release/linux-unpacked/resources/…            release/linux-arm64-unpacked/resources/…
 *   release/win-unpacked/resources/…              release/win-arm64-unpacked/, win-ia32-unpacked/
 *   release/mac/Knotbook.app/Contents/Resources/… release/mac-arm64/Knotbook.app/Contents/Resources/…
 *
 * Usage: tsx scripts/check-package.ts [<release dir>] [--platform linux|darwin|win32] [--arch x64|arm64|ia32]
 * (defaults: release, this computer's platform, the installed Electron binary's arch).
 */
import fs from 'node:fs';
import path from 'node:path';
import { FuseV1Options } from '@electron/fuses';
import { NATIVE_FILE, packagedNativeBindingPath } from '../db/native-binding';
import { binaryMismatch, describeBinaryFile, describeTarget } from './binary-header';
import { defaultTargetArch, isMain, repoRoot } from './run';

/** electron-builder.yml's directories.output, productName, and package.json's name (Linux executable). */
export const RELEASE_DIR = 'release';
export const PRODUCT_NAME = 'Knotbook';
export const LINUX_EXECUTABLE = 'knotbook';

/**
 * The fuses a packaged Knotbook must have (electron-builder.yml `electronFuses`, same names).
 * Off: running the binary as plain Node (ELECTRON_RUN_AS_NODE), NODE_OPTIONS, --inspect and
 * extra file:// privileges. On: the app.asar hash check (macOS and Windows) and loading the app
 * only from app.asar, so changed or added code in resources/ is not run.
 */
export const REQUIRED_FUSES = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  grantFileProtocolExtraPrivileges: false,
} as const;

/** Position of each fuse on Electron's fuse wire, version 1, as @electron/fuses (which flips them) numbers it. */
export const FUSE_WIRE_INDEX: Record<keyof typeof REQUIRED_FUSES, FuseV1Options> = {
  runAsNode: FuseV1Options.RunAsNode,
  enableNodeOptionsEnvironmentVariable: FuseV1Options.EnableNodeOptionsEnvironmentVariable,
  enableNodeCliInspectArguments: FuseV1Options.EnableNodeCliInspectArguments,
  enableEmbeddedAsarIntegrityValidation: FuseV1Options.EnableEmbeddedAsarIntegrityValidation,
  onlyLoadAppFromAsar: FuseV1Options.OnlyLoadAppFromAsar,
  grantFileProtocolExtraPrivileges: FuseV1Options.GrantFileProtocolExtraPrivileges,
};

/** Marks the fuse wire inside an Electron binary (@electron/fuses SENTINEL). */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FUSE_DISABLED = 0x30; // '0'
const FUSE_ENABLED = 0x31; // '1'
const FUSE_REMOVED = 0x72; // 'r'

export interface UnpackedApp {
  /** The folder electron-builder made, e.g. release/mac-arm64/Knotbook.app. */
  root: string;
  resources: string;
  /** The file that holds the fuse wire. */
  fuseFile: string;
}

/** Where electron-builder 26 puts the unpacked app for `platform` and `arch`. */
export function unpackedApp(releaseDir: string, platform: string, arch: string): UnpackedApp {
  const suffix = arch === 'x64' ? '' : `-${arch}`;
  if (platform === 'darwin') {
    const root = path.join(releaseDir, `mac${suffix}`, `${PRODUCT_NAME}.app`);
    const framework = path.join(root, 'Contents', 'Frameworks', 'Electron Framework.framework');
    return {
      root,
      resources: path.join(root, 'Contents', 'Resources'),
      fuseFile: path.join(framework, 'Electron Framework'),
    };
  }
  if (platform === 'win32') {
    const root = path.join(releaseDir, `win${suffix}-unpacked`);
    return { root, resources: path.join(root, 'resources'), fuseFile: path.join(root, `${PRODUCT_NAME}.exe`) };
  }
  const root = path.join(releaseDir, `linux${suffix}-unpacked`);
  return { root, resources: path.join(root, 'resources'), fuseFile: path.join(root, LINUX_EXECUTABLE) };
}

export type FuseStates = Record<string, 'on' | 'off' | 'removed' | 'missing'>;

/**
 * The states of the fuses on every fuse wire in `binary` (a universal macOS binary has two), or
 * a sentence saying why they cannot be read.
 */
export function readFuses(binary: Uint8Array): FuseStates[] | string {
  const bytes = Buffer.from(binary.buffer, binary.byteOffset, binary.byteLength);
  const wires: FuseStates[] = [];
  for (let at = bytes.indexOf(FUSE_SENTINEL); at >= 0; at = bytes.indexOf(FUSE_SENTINEL, at + 1)) {
    const start = at + FUSE_SENTINEL.length;
    const version = bytes[start];
    const length = bytes[start + 1];
    if (version !== 1) return `its fuse wire has version ${version ?? 'none'}, not 1`;
    if (length === undefined || start + 2 + length > bytes.length) return 'its fuse wire is cut short';
    const states: FuseStates = {};
    for (const [name, index] of Object.entries(FUSE_WIRE_INDEX)) {
      const state = index < length ? bytes[start + 2 + index] : undefined;
      states[name] =
        state === FUSE_ENABLED
          ? 'on'
          : state === FUSE_DISABLED
            ? 'off'
            : state === FUSE_REMOVED
              ? 'removed'
              : 'missing';
    }
    wires.push(states);
  }
  return wires.length > 0 ? wires : 'it has no fuse wire (is it an Electron binary?)';
}

/** Plain sentences for each required fuse that `states` does not satisfy. */
export function fuseProblems(states: FuseStates): string[] {
  const problems: string[] = [];
  for (const [name, wanted] of Object.entries(REQUIRED_FUSES)) {
    const state = states[name];
    const ok = wanted ? state === 'on' : state === 'off' || state === 'removed';
    if (!ok) problems.push(`the fuse ${name} is ${state ?? 'missing'}, it must be ${wanted ? 'on' : 'off'}`);
  }
  return problems;
}

export interface PackageCheck {
  ok: boolean;
  /** One sentence per finding, ready to print. */
  messages: string[];
}

/** Checks the unpacked app for `platform`/`arch` under `releaseDir`. Never throws. */
export function checkPackage(releaseDir: string, platform: string, arch: string): PackageCheck {
  const target = describeTarget(platform, [arch]);
  const app = unpackedApp(releaseDir, platform, arch);
  const shown = (file: string) => path.relative(process.cwd(), file) || file;
  if (!fs.existsSync(app.root)) {
    return {
      ok: false,
      messages: [`There is no ${target} package: ${shown(app.root)} is missing. Run npm run dist first.`],
    };
  }

  const problems: string[] = [];
  const engine = packagedNativeBindingPath(app.resources);
  if (!fs.existsSync(engine)) {
    problems.push(
      `The package has no database engine: ${shown(engine)} is missing, so Knotbook would not open any file. Run npm run dist again and read its output.`,
    );
  } else {
    let mismatch: string | undefined;
    try {
      mismatch = binaryMismatch(describeBinaryFile(engine), platform, arch);
    } catch (error) {
      mismatch = `unreadable (${error instanceof Error ? error.message : String(error)})`;
    }
    if (mismatch) {
      problems.push(
        `The package's database engine (${shown(engine)}) is ${mismatch}, not a ${target} one: Knotbook would not start. Delete the .native folder and run npm run dist again on a ${target} computer.`,
      );
    }
  }

  if (!fs.existsSync(app.fuseFile)) {
    problems.push(`The package has no Electron binary at ${shown(app.fuseFile)}.`);
  } else {
    const wires = readFuses(fs.readFileSync(app.fuseFile));
    const fuseFindings = typeof wires === 'string' ? [wires] : [...new Set(wires.flatMap(fuseProblems))];
    for (const finding of fuseFindings) {
      problems.push(`The Electron binary ${shown(app.fuseFile)} is not locked down: ${finding}.`);
    }
  }

  if (problems.length > 0) return { ok: false, messages: problems };
  return {
    ok: true,
    messages: [
      `The ${target} package in ${shown(app.root)} holds its database engine (resources/native/${NATIVE_FILE}) and its fuses are set.`,
    ],
  };
}

/** `[<release dir>] [--platform p] [--arch a]`, with the defaults of the usage line above. */
export function parseCheckArgs(args: readonly string[]): { releaseDir: string; platform: string; arch: string } {
  const options: Record<string, string> = {};
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--platform' || arg === '--arch') options[arg] = args[++i] ?? '';
    else positional.push(arg);
  }
  return {
    releaseDir: path.resolve(positional[0] ?? path.join(repoRoot, RELEASE_DIR)),
    platform: options['--platform'] || process.platform,
    arch: options['--arch'] || defaultTargetArch(),
  };
}

if (isMain(import.meta.url)) {
  const { releaseDir, platform, arch } = parseCheckArgs(process.argv.slice(2));
  const result = checkPackage(releaseDir, platform, arch);
  for (const message of result.messages) (result.ok ? console.log : console.error)(message);
  process.exit(result.ok ? 0 : 1);
}

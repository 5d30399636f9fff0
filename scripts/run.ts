/** Small helpers shared by the build scripts: repository paths, the Electron binary, child processes. */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { programArch } from './binary-header';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const requireFromRoot = createRequire(path.join(repoRoot, 'package.json'));

export const ELECTRON_MISSING_MESSAGE =
  'The Electron binary is not installed (it downloads during npm install; here ELECTRON_SKIP_BINARY_DOWNLOAD was set). Reinstall with network access, or use `npm run serve` to open Knotbook in a browser.';

/** The Electron executable, or undefined when only the npm package (without its binary) is installed. */
export function findElectronBinary(): string | undefined {
  try {
    // The 'electron' package exports the path of its binary and throws when it was never downloaded.
    const binary: unknown = requireFromRoot('electron');
    return typeof binary === 'string' && fs.existsSync(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The arch of the installed Electron binary, read from its header: what `npm start` will run,
 * which is not Node's arch when, say, an x64 Node runs under Rosetta on an Apple Silicon Mac
 * whose node_modules hold the arm64 Electron. Undefined when the binary is not installed.
 */
export function installedElectronArch(): string | undefined {
  const binary = findElectronBinary();
  return binary === undefined ? undefined : programArch(binary);
}

/** The arch to build and package for when none is given: the Electron binary's, else Node's. */
export function defaultTargetArch(): string {
  return installedElectronArch() ?? process.arch;
}

/** The version of the installed 'electron' package (the binary may be missing). */
export function installedElectronVersion(): string {
  const pkg = requireFromRoot('electron/package.json') as { version: string };
  return pkg.version;
}

/** Absolute path of a file inside an installed package (e.g. its bin script). */
export function resolvePackageFile(specifier: string, from: string = repoRoot): string {
  return createRequire(path.join(from, 'package.json')).resolve(specifier);
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Kill the process (and its children) after this long. */
  timeoutMs?: number;
  /** Collect stdout and stderr instead of showing them. */
  capture?: boolean;
}

export interface RunResult {
  code: number | null;
  output: string;
  timedOut: boolean;
  /** Set when the program could not be started at all. */
  spawnError?: Error;
}

/** Runs a program to completion. Never throws; never uses a shell. */
export function run(command: string, args: string[], options: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve) => {
    // Own process group (POSIX), so a timeout also stops the compilers node-gyp started.
    const detached = process.platform !== 'win32' && options.timeoutMs !== undefined;
    const child = spawn(command, args, {
      cwd: options.cwd ?? repoRoot,
      env: options.env ?? process.env,
      stdio: options.capture ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      detached,
      windowsHide: true,
    });
    const chunks: Buffer[] = [];
    child.stdout?.on('data', (c: Buffer) => chunks.push(c));
    child.stderr?.on('data', (c: Buffer) => chunks.push(c));

    const kill = () => {
      try {
        if (detached && child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        // already gone
      }
    };
    let timedOut = false;
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            kill();
          }, options.timeoutMs);
    // A detached child does not get the terminal's Ctrl+C: pass it on, then stop.
    const onInterrupt = () => {
      kill();
      process.exit(130);
    };
    if (detached) process.once('SIGINT', onInterrupt);

    let spawnError: Error | undefined;
    child.on('error', (error) => {
      spawnError = error;
    });
    child.on('close', (code) => {
      if (timer) clearTimeout(timer);
      process.off('SIGINT', onInterrupt);
      const output = Buffer.concat(chunks).toString('utf8');
      resolve(spawnError ? { code, output, timedOut, spawnError } : { code, output, timedOut });
    });
  });
}

/** Runs a Node script (a package's bin file) with the current Node. */
export function runNode(script: string, args: string[], options: RunOptions = {}): Promise<RunResult> {
  return run(process.execPath, [script, ...args], options);
}

/** True when this module is the script Node was started with (`tsx scripts/x.ts`). */
export function isMain(importMetaUrl: string): boolean {
  const entry = process.argv[1];
  return entry !== undefined && path.resolve(entry) === fileURLToPath(importMetaUrl);
}

/**
 * Pure helper of scripts/dist.ts: reads the electron-builder options given to `npm run dist`
 * for the platforms and architectures they ask for, and refuses, before anything is built, what
 * would ship a package without the right database engine. The Electron build of better-sqlite3
 * is prepared for one arch of this computer's OS per run, so: one arch per run (no
 * `--x64 --arm64`, no `--universal`), and no other OS (`--win` on Linux, `--linux` on macOS...).
 *
 * The options are read as electron-builder's own command line reads them (electron-builder
 * out/builder.js: `--mac|-m|-o|--macos`, `--linux|-l`, `--win|-w|--windows` take a list of
 * targets, a target may end in `:<arch>`; `--x64 --ia32 --armv7l --arm64 --universal` are
 * switches); scripts/dist-args.test.ts checks the two agree.
 */
import { describeTarget, platformName } from './binary-header';

/** The OS and arches `npm run dist` packages for, as Node names them. */
export const PACKAGE_ARCHS: Readonly<Record<string, readonly string[]>> = {
  linux: ['x64', 'arm64'],
  darwin: ['x64', 'arm64'],
  win32: ['x64', 'arm64', 'ia32'],
};

const PLATFORM_OPTIONS: Record<string, string> = {
  mac: 'darwin',
  macos: 'darwin',
  m: 'darwin',
  o: 'darwin',
  linux: 'linux',
  l: 'linux',
  win: 'win32',
  windows: 'win32',
  w: 'win32',
};
const ARCH_SWITCHES = ['x64', 'ia32', 'armv7l', 'arm64', 'universal'];

export interface RequestedTargets {
  /** Node platform names asked for with --mac / --linux / --win. */
  platforms: string[];
  /** Arches asked for with switches or `target:arch` suffixes, in order, once each. */
  archs: string[];
  /** Whether an arch switch (--x64 ...) was given. */
  archSwitch: boolean;
}

/** What platforms and arches electron-builder would build from `args`. Pure. */
export function requestedTargets(args: readonly string[]): RequestedTargets {
  const platforms = new Set<string>();
  const switches = new Set<string>();
  const suffixes: string[] = [];
  let collecting = false; // the previous option takes a list of targets

  const addTarget = (value: string) => {
    const colon = value.lastIndexOf(':');
    if (colon > 0) suffixes.push(value.slice(colon + 1));
  };

  for (const arg of args) {
    if (arg === '--') break;
    if (!arg.startsWith('-')) {
      if (collecting) addTarget(arg);
      continue;
    }
    collecting = false;
    const long = /^--(no-)?([^=]+)(?:=(.*))?$/.exec(arg);
    if (long) {
      const [, negated, name = '', value] = long;
      const platform = PLATFORM_OPTIONS[name];
      if (platform && !negated) {
        platforms.add(platform);
        if (value === undefined) collecting = true;
        else addTarget(value);
      } else if (ARCH_SWITCHES.includes(name)) {
        const on = !negated && value !== 'false';
        if (on) switches.add(name);
        else switches.delete(name);
      }
      continue;
    }
    // Short options: -l, -w, -m, -o, grouped as in -mwl. Others (-c.x=y, -p) are not ours.
    const short = /^-([a-zA-Z]+)$/.exec(arg)?.[1];
    const letters = short ? [...short].map((letter) => PLATFORM_OPTIONS[letter]) : [];
    if (letters.length > 0 && letters.every((platform) => platform !== undefined)) {
      for (const platform of letters) if (platform) platforms.add(platform);
      collecting = true;
    }
  }
  const archs = [...new Set([...ARCH_SWITCHES.filter((a) => switches.has(a)), ...suffixes])];
  return { platforms: [...platforms], archs, archSwitch: switches.size > 0 };
}

/** A refusal, in one plain paragraph, ready to print. */
export class DistArgsError extends Error {
  override name = 'DistArgsError';
}

export interface DistPlan {
  /** The one arch to prepare the engine for and package. */
  arch: string;
  /** The electron-builder options, with the arch made explicit. */
  builderArgs: string[];
}

/**
 * The arch to package and the options to pass on, or a DistArgsError saying why `args` cannot
 * give a package with the right engine. `defaultArch` is used when none is asked for (the
 * installed Electron binary's arch), and is then passed explicitly: electron-builder would
 * otherwise take Node's arch, which differs under Rosetta.
 */
export function planDist(args: readonly string[], host: { platform: string; defaultArch: string }): DistPlan {
  const requested = requestedTargets(args);
  const here = platformName(host.platform);

  const foreign = requested.platforms.filter((p) => p !== host.platform);
  if (foreign.length > 0) {
    const names = foreign.map(platformName).join(' and ');
    throw new DistArgsError(
      `npm run dist makes the package for the system it runs on (${here}): the database engine inside it is compiled here, for ${here}. To make the ${names} package, run npm run dist on ${names}.`,
    );
  }
  if (requested.archs.includes('universal')) {
    throw new DistArgsError(
      'A universal macOS app needs one database engine holding both architectures, which npm run dist does not prepare. Run npm run dist -- --arm64 and npm run dist -- --x64 instead.',
    );
  }
  if (requested.archs.length > 1) {
    throw new DistArgsError(
      `npm run dist makes one architecture per run, because it prepares the database engine for one (asked for: ${requested.archs.join(', ')}). Run it once for each, e.g. npm run dist -- --${requested.archs[0]}, then npm run dist -- --${requested.archs[1]}.`,
    );
  }

  const arch = requested.archs[0] ?? host.defaultArch;
  const supported = PACKAGE_ARCHS[host.platform] ?? [];
  if (!supported.includes(arch)) {
    throw new DistArgsError(
      `npm run dist does not package Knotbook for ${describeTarget(host.platform, [arch])}. On ${here} it packages for ${supported.join(', ') || 'nothing'}: choose one with --${supported[0] ?? 'x64'}.`,
    );
  }
  return { arch, builderArgs: requested.archSwitch ? [...args] : [...args, `--${arch}`] };
}

import { Arch } from 'electron-builder';
import { configureBuildCommand, createYargs, normalizeOptions, type CliOptions } from 'electron-builder/out/builder';
import { describe, expect, it } from 'vitest';
import { DistArgsError, planDist, requestedTargets } from './dist-args';

const linux = { platform: 'linux', defaultArch: 'x64' };
const mac = { platform: 'darwin', defaultArch: 'arm64' };
const windows = { platform: 'win32', defaultArch: 'x64' };

function refusal(args: string[], host = linux): string {
  try {
    planDist(args, host);
  } catch (error) {
    if (error instanceof DistArgsError) return error.message;
    throw error;
  }
  throw new Error(`planDist accepted ${args.join(' ')}`);
}

describe('planDist', () => {
  it('passes the default arch explicitly when none is asked for', () => {
    expect(planDist([], mac)).toEqual({ arch: 'arm64', builderArgs: ['--arm64'] });
    expect(planDist(['--dir'], linux)).toEqual({ arch: 'x64', builderArgs: ['--dir', '--x64'] });
    expect(planDist(['--linux', 'deb', 'dir'], linux)).toEqual({
      arch: 'x64',
      builderArgs: ['--linux', 'deb', 'dir', '--x64'],
    });
  });

  it('keeps one arch asked for, by switch or by target suffix', () => {
    expect(planDist(['--arm64'], linux)).toEqual({ arch: 'arm64', builderArgs: ['--arm64'] });
    expect(planDist(['--win', 'nsis', '--ia32'], windows).arch).toBe('ia32');
    expect(planDist(['--linux', 'deb:arm64'], linux)).toEqual({
      arch: 'arm64',
      builderArgs: ['--linux', 'deb:arm64', '--arm64'],
    });
    expect(planDist(['--x64', '--mac', 'dmg:x64'], mac).arch).toBe('x64');
  });

  it('accepts the host platform named explicitly, in any spelling', () => {
    for (const args of [['--mac'], ['-m', 'dmg'], ['--macos'], ['-o'], ['--mac=dmg']]) {
      expect(planDist(args, mac).arch).toBe('arm64');
    }
    expect(planDist(['-w'], windows).arch).toBe('x64');
  });

  it('refuses another operating system, naming where to run it', () => {
    expect(refusal(['--win'])).toBe(
      'npm run dist makes the package for the system it runs on (Linux): the database engine inside it is compiled here, for Linux. To make the Windows package, run npm run dist on Windows.',
    );
    expect(refusal(['--linux', 'deb'], mac)).toMatch(/system it runs on \(macOS\).*run npm run dist on Linux/);
    expect(refusal(['-mwl'])).toMatch(/To make the macOS and Windows package/);
    expect(refusal(['--windows=nsis'])).toMatch(/Windows package/);
  });

  it('refuses several arches at once', () => {
    expect(refusal(['--x64', '--arm64'], mac)).toBe(
      'npm run dist makes one architecture per run, because it prepares the database engine for one (asked for: x64, arm64). Run it once for each, e.g. npm run dist -- --x64, then npm run dist -- --arm64.',
    );
    expect(refusal(['--linux', 'deb:arm64', '--x64'])).toMatch(/asked for: x64, arm64/);
  });

  it('refuses a universal macOS app', () => {
    expect(refusal(['--universal'], mac)).toMatch(/^A universal macOS app needs one database engine/);
    expect(refusal(['--mac', 'dmg:universal'], mac)).toMatch(/universal/);
  });

  it('refuses an arch it does not package for', () => {
    expect(refusal(['--armv7l'])).toBe(
      'npm run dist does not package Knotbook for Linux armv7l. On Linux it packages for x64, arm64: choose one with --x64.',
    );
    expect(refusal(['--ia32'], mac)).toMatch(/macOS ia32/);
    expect(refusal([], { platform: 'linux', defaultArch: 'arm' })).toMatch(/Linux arm\./);
  });

  it('ignores options that are not about platform or arch', () => {
    const args = ['-c.extraMetadata.foo=bar', '--publish', 'never', '-p', 'never', '--config.nsis.unicode=false'];
    expect(planDist(args, linux)).toEqual({ arch: 'x64', builderArgs: [...args, '--x64'] });
  });

  it('reads a switch turned off as off', () => {
    expect(requestedTargets(['--x64', '--no-x64', '--arm64']).archs).toEqual(['arm64']);
    expect(requestedTargets(['--x64=false']).archs).toEqual([]);
  });
});

/** What electron-builder's own command line makes of `args`: platforms and arches it would build. */
function electronBuilderReads(args: string[]): { platforms: string[]; archs: string[] } {
  const parsed = configureBuildCommand(createYargs()).exitProcess(false).parseSync(args) as unknown as CliOptions;
  const targets = normalizeOptions(parsed).targets ?? new Map();
  const platforms = [...targets.keys()].map((p) => p.nodeName);
  const archs = new Set<string>();
  for (const archToType of targets.values())
    for (const arch of archToType.keys()) archs.add(Arch[arch] ?? String(arch));
  return { platforms: platforms.sort(), archs: [...archs].sort() };
}

describe('requestedTargets agrees with electron-builder', () => {
  it.each([
    [['--linux', 'deb', 'dir']],
    [['--linux', 'deb:arm64']],
    [['--linux=deb:arm64']],
    [['-lw', '--arm64']],
    [['-mwl']],
    [['--mac', 'dmg', '--x64', '--arm64']],
    [['--universal', '--mac']],
    [['--win', 'nsis:ia32', 'zip:x64']],
    [['--x64', '--no-x64', '--arm64', '--linux']],
    [['-c.extraMetadata.foo=bar', '--linux', '--armv7l']],
  ])('%j', (args) => {
    const ours = requestedTargets(args);
    const theirs = electronBuilderReads(args);
    expect([...ours.platforms].sort()).toEqual(theirs.platforms);
    // No arch asked for: electron-builder falls back to Node's (planDist passes one instead).
    if (ours.archs.length > 0) expect([...ours.archs].sort()).toEqual(theirs.archs);
    else expect(theirs.archs.filter((arch) => arch !== process.arch)).toEqual([]);
  });

  it('what npm run dist passes on builds exactly one platform and arch', () => {
    for (const args of [[], ['--dir'], ['--linux', 'deb', 'dir'], ['--linux', 'deb:arm64'], ['-l']]) {
      const plan = planDist(args, linux);
      expect(electronBuilderReads(plan.builderArgs)).toEqual({ platforms: ['linux'], archs: [plan.arch] });
    }
  });
});

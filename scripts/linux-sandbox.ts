/**
 * The check `npm start` / `npm run demo` make before building or launching Electron: will
 * Chromium's sandbox start on this Linux, or would Electron abort with
 * `FATAL:setuid_sandbox_host.cc … chrome-sandbox … must be owned by root and have mode 4755`?
 *
 * Ubuntu 23.10 and later (24.04 LTS by default) set kernel.apparmor_restrict_unprivileged_userns
 * to 1: a program without an AppArmor profile cannot use the user namespaces Chromium's sandbox
 * is built on, so Chromium falls back to its setuid helper, chrome-sandbox, next to the Electron
 * binary, and aborts unless that file is owned by root with the setuid bit and is executable by
 * all (Chromium's SetuidSandboxHost checks st_uid == 0, S_ISUID and S_IXOTH: "mode 4755").
 * electron/electron#42510 and #41066; Chromium docs/security/apparmor-userns-restrictions.md.
 * The kernel ignores the setuid bit on a file system mounted nosuid, so there the helper cannot
 * work either.
 *
 * `--no-sandbox` (passed on to Electron, which hands it to Chromium) is the explicit,
 * development-only way to start without the sandbox: never the default, always with a warning.
 */
import fs from 'node:fs';
import path from 'node:path';

/** 1 when AppArmor restricts unprivileged user namespaces (absent on kernels without it). */
export const USERNS_SYSCTL = '/proc/sys/kernel/apparmor_restrict_unprivileged_userns';
export const NO_SANDBOX_FLAG = '--no-sandbox';
/** Electron reads this as --no-sandbox (electron/electron#16576); npm start never passes it on. */
export const SANDBOX_ENV_OVERRIDE = 'ELECTRON_DISABLE_SANDBOX';

const S_ISUID = 0o4000;
const S_IXOTH = 0o0001;

export interface SandboxFacts {
  platform: string;
  /** The content of USERNS_SYSCTL, or undefined when it does not exist. */
  restrictUserns: string | undefined;
  /** Absolute path of chrome-sandbox, beside the Electron binary. */
  helperPath: string;
  /** Owner and mode of chrome-sandbox, or undefined when it does not exist. */
  helper: { uid: number; mode: number } | undefined;
  /** True when chrome-sandbox lies on a file system mounted nosuid. */
  helperOnNosuidMount: boolean;
  /** The developer asked for --no-sandbox. */
  noSandbox: boolean;
  /** What the developer ran, to name in the advice (npm start or npm run demo). */
  command: string;
}

export type SandboxDecision = { action: 'launch'; warning?: string } | { action: 'stop'; message: string };

/** `value` quoted for a POSIX shell when it needs it. */
export function shellQuote(value: string): string {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

/** The command that makes chrome-sandbox usable: owned by root, mode 4755. */
export function sandboxFixCommand(helperPath: string): string {
  const file = shellQuote(helperPath);
  return `sudo chown root:root ${file} && sudo chmod 4755 ${file}`;
}

/** Whether Electron's sandbox can start, and if not, what to tell the developer. Pure. */
export function decideSandbox(facts: SandboxFacts): SandboxDecision {
  if (facts.noSandbox) {
    return {
      action: 'launch',
      warning: `Warning: starting Knotbook without Chromium's sandbox (${NO_SANDBOX_FLAG}). Use this only for development and test data: the sandbox keeps a compromised page away from your files and records.`,
    };
  }
  if (facts.platform !== 'linux' || facts.restrictUserns?.trim() !== '1') return { action: 'launch' };

  const intro =
    "Knotbook cannot open its window yet: this Linux restricts the user namespaces Chromium's sandbox is built on (Ubuntu 23.10 and later do), so Electron needs its setuid sandbox helper instead";
  const withoutSandbox = `\`${facts.command} -- ${NO_SANDBOX_FLAG}\` starts without the sandbox, for development only.`;
  const noSandbox = `Meanwhile, ${withoutSandbox}`;
  const { helper, helperPath } = facts;
  if (!helper) {
    return {
      action: 'stop',
      message: `${intro}, and it is missing (${helperPath}). Reinstall Electron with \`npm ci\`, then run ${facts.command} again.\n${noSandbox}`,
    };
  }
  const helperWorks = helper.uid === 0 && (helper.mode & S_ISUID) !== 0 && (helper.mode & S_IXOTH) !== 0;
  if (helperWorks && !facts.helperOnNosuidMount) return { action: 'launch' };
  if (helperWorks) {
    return {
      action: 'stop',
      message: `${intro}, and ${helperPath} is on a disk mounted "nosuid", where the system ignores the setuid bit. Move the Knotbook folder to a disk mounted without nosuid (your home folder usually is), run npm ci there, then run ${facts.command} again.\n${noSandbox}`,
    };
  }
  return {
    action: 'stop',
    message: [
      `${intro}, which must be owned by root with mode 4755. Fix it once with:`,
      '',
      `  ${sandboxFixCommand(helperPath)}`,
      '',
      `then run ${facts.command} again. Reinstalling node_modules (npm ci, npm install) undoes this: run the command again afterwards.`,
      `If you cannot use sudo, ${withoutSandbox}`,
    ].join('\n'),
  };
}

/**
 * Whether `file` (an absolute, symlink-free path) lies on a mount with the nosuid option,
 * read from the text of /proc/self/mountinfo (proc(5): field 5 is the mount point, with
 * spaces written as \040; field 6 the per-mount options). The deepest mount point wins, and
 * of two at the same point the later one (mounted on top).
 */
export function isOnNosuidMount(mountinfo: string, file: string): boolean {
  let best: { point: string; nosuid: boolean } | undefined;
  for (const line of mountinfo.split('\n')) {
    const fields = line.split(' ');
    const point = fields[4]?.replace(/\\([0-7]{3})/g, (_, octal: string) => String.fromCharCode(parseInt(octal, 8)));
    const options = fields[5];
    if (!point || !options) continue;
    const inside = point === '/' || file === point || file.startsWith(`${point}/`);
    if (inside && (!best || point.length >= best.point.length)) {
      best = { point, nosuid: options.split(',').includes('nosuid') };
    }
  }
  return best?.nosuid ?? false;
}

function readOrUndefined(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** Gathers SandboxFacts for the Electron binary `electronBinary` from this machine. */
export function readSandboxFacts(
  electronBinary: string,
  request: { noSandbox: boolean; command: string },
): SandboxFacts {
  // chrome-sandbox sits beside the real binary (node_modules/electron/dist/ unless
  // ELECTRON_OVERRIDE_DIST_PATH says otherwise), not in the folder Electron is launched on.
  const helperPath = path.join(path.dirname(electronBinary), 'chrome-sandbox');
  const linux = process.platform === 'linux';
  let helper: SandboxFacts['helper'];
  let helperOnNosuidMount = false;
  if (linux) {
    try {
      const stat = fs.statSync(helperPath);
      helper = { uid: stat.uid, mode: stat.mode };
      const mountinfo = readOrUndefined('/proc/self/mountinfo');
      if (mountinfo) helperOnNosuidMount = isOnNosuidMount(mountinfo, fs.realpathSync(helperPath));
    } catch {
      helper = undefined;
    }
  }
  return {
    platform: process.platform,
    restrictUserns: linux ? readOrUndefined(USERNS_SYSCTL) : undefined,
    helperPath,
    helper,
    helperOnNosuidMount,
    noSandbox: request.noSandbox,
    command: request.command,
  };
}

/**
 * Pure helpers of scripts/prepare-electron-native.ts.
 *
 * The environment for the child processes that build better-sqlite3 for Electron:
 * npm hands its configuration to every script it runs as `npm_config_*` variables, and node-gyp
 * reads them (any case; `npm_package_config_node_gyp_*` too, and those win). This machine's
 * ~/.npmrc sets `nodedir=/usr`, so node-gyp would silently compile against Node's headers instead
 * of Electron's. We drop every variable that chooses the runtime, its version, its headers or the
 * architecture, then set the ones we mean explicitly.
 */

export const ELECTRON_HEADERS_URL = 'https://electronjs.org/headers';

/** Settings that decide what node-gyp / prebuild-install build against. */
const BUILD_TARGET_KEYS = ['nodedir', 'runtime', 'target', 'disturl', 'dist_url', 'arch', 'target_arch'];

const OVERRIDABLE = new RegExp(`^(npm_config_|npm_package_config_node_gyp_)(${BUILD_TARGET_KEYS.join('|')})$`, 'i');

/** True for a variable we remove before building (e.g. `npm_config_nodedir`, `NPM_CONFIG_NODEDIR`). */
export function isBuildTargetVariable(name: string): boolean {
  // node-gyp also turns `-` into `_` style names, so compare both spellings.
  return OVERRIDABLE.test(name.replace(/-/g, '_'));
}

export interface ElectronTarget {
  electronVersion: string;
  arch: string;
}

/** A copy of `base` that builds native modules for the given Electron version. Pure. */
export function electronBuildEnv(
  base: Readonly<Record<string, string | undefined>>,
  target: ElectronTarget,
): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(base)) {
    if (value === undefined || isBuildTargetVariable(name)) continue;
    env[name] = value;
  }
  env.npm_config_runtime = 'electron';
  env.npm_config_target = target.electronVersion;
  env.npm_config_disturl = ELECTRON_HEADERS_URL;
  env.npm_config_arch = target.arch;
  return env;
}

export interface FailureReason {
  reason: string;
  /** True when the build failed because the internet could not be reached. */
  network: boolean;
}

const NETWORK_ERROR =
  /\b(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|socket hang up)\b|network connectivity/;

/** One short sentence explaining why prebuild-install / node-gyp failed, from their output. */
export function failureReason(output: string, timedOutAfterSeconds?: number): FailureReason {
  const lines = output
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.some((l) => NETWORK_ERROR.test(l))) {
    const host = lines.map((l) => /(?:ENOTFOUND|EAI_AGAIN)\s+([\w.-]+)/.exec(l)?.[1]).find(Boolean);
    return {
      reason: host ? `no network connection (${host} could not be reached)` : 'no network connection',
      network: true,
    };
  }
  if (timedOutAfterSeconds !== undefined) {
    return { reason: `it did not finish within ${timedOutAfterSeconds} seconds`, network: true };
  }
  const errorLine =
    lines.find((l) => /\berror:/i.test(l) && !/^gyp ERR! stack\s+at\b/.test(l)) ??
    lines.find((l) => /^gyp ERR! \S/.test(l));
  const text = (errorLine ?? lines.at(-1) ?? 'unknown error').replace(/^gyp ERR!\s*(stack\s+)?/, '');
  return { reason: text.length > 160 ? `${text.slice(0, 157)}...` : text, network: false };
}

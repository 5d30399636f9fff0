/**
 * `npm run test:far-zone`: the unit tests a second time, far from UTC and on another day, so a
 * test or a product function that reads the real clock, or builds a date in the wrong zone,
 * fails here instead of on the first day a therapist opens Knotbook somewhere else.
 *
 * The zone is Pacific/Kiritimati (UTC+14: the local day there is a day ahead of UTC for ten hours
 * of every day) and the clock is moved with Debian's `faketime` to 23:30 local on 29 February
 * 2028 (a leap day, half an hour before the next local day). Vitest's worker processes inherit
 * both through the environment (TZ, and faketime's LD_PRELOAD and FAKETIME).
 *
 * Without `faketime` it prints one line saying so and how to install it, and passes; CI sets
 * KNOTBOOK_REQUIRE_FAKETIME=1 so that a missing faketime fails instead.
 * Usage: tsx scripts/test-far-zone.ts [extra vitest arguments]
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { isMain, resolvePackageFile, run } from './run';

export const FAR_ZONE = 'Pacific/Kiritimati';
/** faketime reads this in the zone given by TZ. */
export const MOVED_CLOCK = '@2028-02-29 23:30:00';

export const NO_FAKETIME_MESSAGE =
  'skipped: the far-zone unit run needs faketime (Debian/Ubuntu: sudo apt-get install faketime; macOS: brew install libfaketime)';

/** The command that runs Vitest under the far zone and the moved clock. Pure. */
export function farZoneCommand(
  nodePath: string,
  vitestCli: string,
  extraArgs: readonly string[],
  env: Readonly<NodeJS.ProcessEnv>,
): { command: string; args: string[]; env: NodeJS.ProcessEnv } {
  return {
    command: 'faketime',
    args: ['-f', MOVED_CLOCK, nodePath, vitestCli, 'run', ...extraArgs],
    env: { ...env, TZ: FAR_ZONE },
  };
}

function hasFaketime(): boolean {
  return spawnSync('faketime', ['--version'], { stdio: 'ignore' }).error === undefined;
}

async function main(): Promise<number> {
  if (!hasFaketime()) {
    if (process.env.KNOTBOOK_REQUIRE_FAKETIME === '1') {
      console.error('The far-zone unit run needs faketime, which is not installed: sudo apt-get install faketime');
      return 1;
    }
    console.log(NO_FAKETIME_MESSAGE);
    return 0;
  }
  const { command, args, env } = farZoneCommand(
    process.execPath,
    path.join(path.dirname(resolvePackageFile('vitest/package.json')), 'vitest.mjs'),
    process.argv.slice(2),
    process.env,
  );
  console.log(`Unit tests again in ${FAR_ZONE}, with the clock at ${MOVED_CLOCK.slice(1)} local time:`);
  const result = await run(command, args, { env });
  return result.code ?? 1;
}

if (isMain(import.meta.url)) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    },
  );
}

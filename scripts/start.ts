/**
 * `npm start [-- --db <file>] [-- --demo] [-- --no-sandbox]` (and `npm run demo`): check that
 * Chromium's sandbox can start (scripts/linux-sandbox.ts: on Ubuntu 23.10+ it needs
 * chrome-sandbox owned by root with mode 4755, and the message names the command), build,
 * prepare the Electron build of better-sqlite3, then run Electron on this repository
 * (package.json "main" points at dist/electron/main.cjs, and launching the folder gives the app
 * its name "Knotbook" and its own user-data folder). Arguments after `--` are passed to the app
 * (see electron/args.ts); `--no-sandbox` is the explicit, development-only way to start without
 * the sandbox, and prints a warning. ELECTRON_DISABLE_SANDBOX is never passed on.
 */
import { spawn } from 'node:child_process';
import { buildAll } from './build';
import { NO_SANDBOX_FLAG, SANDBOX_ENV_OVERRIDE, decideSandbox, readSandboxFacts } from './linux-sandbox';
import { prepareElectronNative } from './prepare-electron-native';
import { ELECTRON_MISSING_MESSAGE, findElectronBinary, repoRoot } from './run';

async function start(appArgs: string[]): Promise<number> {
  // Checked first: without the binary, or with a sandbox that cannot start, the slow steps below are wasted.
  const electron = findElectronBinary();
  if (!electron) {
    console.error(ELECTRON_MISSING_MESSAGE);
    return 1;
  }
  const command = appArgs.includes('--demo') ? 'npm run demo' : 'npm start';
  const sandbox = decideSandbox(readSandboxFacts(electron, { noSandbox: appArgs.includes(NO_SANDBOX_FLAG), command }));
  if (sandbox.action === 'stop') {
    console.error(sandbox.message);
    return 1;
  }
  if (sandbox.warning) console.warn(sandbox.warning);

  await buildAll();
  await prepareElectronNative();

  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE; // would turn Electron into plain Node
  delete env[SANDBOX_ENV_OVERRIDE]; // would turn the sandbox off without --no-sandbox
  const child = spawn(electron, [repoRoot, ...appArgs], { cwd: repoRoot, env, stdio: 'inherit' });
  const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
  process.on('SIGINT', forward('SIGINT'));
  process.on('SIGTERM', forward('SIGTERM'));
  return new Promise((resolve) => {
    child.on('error', (error) => {
      console.error(`Could not start Electron: ${error.message}`);
      resolve(1);
    });
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

start(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);

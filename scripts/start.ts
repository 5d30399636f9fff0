/**
 * `npm start [-- --db <file>] [-- --demo]` (and `npm run demo`): build, prepare the Electron
 * build of better-sqlite3, then run Electron on this repository (package.json "main" points at
 * dist/electron/main.cjs, and launching the folder gives the app its name "Knotbook" and its
 * own user-data folder). Arguments after `--` are passed to the app (see electron/args.ts).
 */
import { spawn } from 'node:child_process';
import { buildAll } from './build';
import { prepareElectronNative } from './prepare-electron-native';
import { ELECTRON_MISSING_MESSAGE, findElectronBinary, repoRoot } from './run';

async function start(appArgs: string[]): Promise<number> {
  // Checked first: without the binary the slow steps below are wasted.
  const electron = findElectronBinary();
  if (!electron) {
    console.error(ELECTRON_MISSING_MESSAGE);
    return 1;
  }
  await buildAll();
  await prepareElectronNative();

  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE; // would turn Electron into plain Node
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

/**
 * Knotbook's own command-line options. Electron and Chromium add switches of their own
 * (--no-sandbox, --inspect=0, --remote-debugging-port=0, ...), so anything unknown is ignored.
 *
 *   --db <file> | --db=<file>              the database file (default: userData/knotbook.sqlite)
 *   --demo                                 a fresh database filled with example clients
 *   --data-dir <dir> | --data-dir=<dir>    where settings live (userData), e.g. for tests
 *
 * The user-data folder is also what Electron's single-instance lock is keyed on, so a demo gets
 * one of its own (chooseUserDataFolder).
 */
import path from 'node:path';

export interface AppArgs {
  db?: string;
  demo: boolean;
  dataDir?: string;
}

const VALUE_OPTIONS = { '--db': 'db', '--data-dir': 'dataDir' } as const;
type ValueOption = keyof typeof VALUE_OPTIONS;

function isValueOption(name: string): name is ValueOption {
  return Object.hasOwn(VALUE_OPTIONS, name);
}

/** Parses the arguments after the executable (and, in development, after the app folder). */
export function parseArgs(argv: readonly string[]): AppArgs {
  const result: AppArgs = { demo: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--demo') {
      result.demo = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (!isValueOption(name)) continue;
    let value: string | undefined;
    if (eq > 0) {
      value = arg.slice(eq + 1);
    } else {
      const next = argv[i + 1];
      if (next !== undefined && !next.startsWith('--')) {
        value = next;
        i++;
      }
    }
    if (value) result[VALUE_OPTIONS[name]] = value;
  }
  return result;
}

/**
 * The user's arguments from `process.argv`: Electron puts the executable first and, when started
 * as `electron <app folder>` (development), the folder second.
 */
export function userArgv(argv: readonly string[], isDefaultApp: boolean): string[] {
  return argv.slice(isDefaultApp ? 2 : 1);
}

export interface DatabaseChoice {
  /** Absolute path of the database file. */
  file: string;
  /** Fill the file with example clients if it is new. */
  demo: boolean;
}

/**
 * `--db` wins; otherwise `--demo` means a fresh file in the temp folder
 * (`knotbook-demo-<timestamp>.sqlite`), and no option means `<userData>/knotbook.sqlite`.
 */
export function chooseDatabaseFile(
  args: AppArgs,
  dirs: { userData: string; temp: string; now: number },
): DatabaseChoice {
  if (args.db) return { file: path.resolve(args.db), demo: args.demo };
  if (args.demo) return { file: path.join(dirs.temp, `knotbook-demo-${dirs.now}.sqlite`), demo: true };
  return { file: path.join(dirs.userData, 'knotbook.sqlite'), demo: false };
}

/** The start of the name of a demo's own user-data folder in the temp folder. */
export const DEMO_USER_DATA_PREFIX = 'knotbook-demo-settings-';

/**
 * The user-data folder to use instead of Electron's default, or undefined for the default:
 * `--data-dir` when given; for `--demo`, a new folder of its own (`makeDemoFolder`, a fresh
 * `knotbook-demo-settings-XXXXXX` in temp). A demo then never takes the real Knotbook's
 * single-instance lock, which Chromium keys on this folder: it opens beside a running Knotbook
 * instead of focusing its window. Set before the lock is requested (electron/main.ts).
 */
export function chooseUserDataFolder(args: AppArgs, makeDemoFolder: () => string): string | undefined {
  if (args.dataDir) return path.resolve(args.dataDir);
  if (args.demo) return makeDemoFolder();
  return undefined;
}

/**
 * `npm run serve`: the Knotbook UI in a browser, on 127.0.0.1, against a real database file.
 *   --db <file>   the database (default: .tmp/knotbook-dev.sqlite in this folder)
 *   --port <n>    the port (default 5170; 0 picks a free one)
 *   --demo        a fresh database in the temp folder, filled with a few example clients
 *   --no-build    serve the renderer already built in dist/renderer
 *   --no-backup   skip the day's automatic backup (the benchmark's throwaway copies)
 * A file it cannot open is said in plain words on stderr, a full disk in the desktop app's words
 * (db/errors.ts), and it exits with 1.
 */
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type Database from 'better-sqlite3';
import { build } from 'vite';
import { hostContext } from '../db/host';
import { DISK_FULL_ON_OPEN, isDiskFull } from '../db/errors';
import { DatabaseOpenError, openDatabase } from '../db/open';
import { seedDemo } from '../db/demo';
import { startApiServer } from '../db/http/server';
import packageJson from '../package.json' with { type: 'json' };

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    port: { type: 'string', default: '5170' },
    demo: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    'no-backup': { type: 'boolean', default: false },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a whole number from 0 to 65535, not "${values.port}".`);
  process.exit(2);
}

if (!values['no-build']) {
  await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
}

const databasePath = values.demo
  ? path.join(os.tmpdir(), `knotbook-demo-${Date.now()}.sqlite`)
  : path.resolve(values.db ?? path.join(root, '.tmp', 'knotbook-dev.sqlite'));

/**
 * Why the file did not open: a refusal for what the file holds in its own words; otherwise, when
 * the error or the disk says it is full, that (SQLite may say only "disk I/O error" then).
 */
function openProblem(error: unknown): string {
  const refusedForContents = error instanceof DatabaseOpenError && error.code !== 'cannot_open';
  if (!refusedForContents && isDiskFull(error, path.dirname(databasePath))) return DISK_FULL_ON_OPEN;
  return error instanceof Error ? error.message : String(error);
}

function open(): Database.Database {
  let db: Database.Database | undefined;
  try {
    db = openDatabase(databasePath);
    if (values.demo) seedDemo(db);
    return db;
  } catch (error) {
    db?.close();
    console.error(openProblem(error));
    process.exit(1);
  }
}
const db = open();
// The whole-file check and the day's backup run in the background (db/host.ts).
const ctx = hostContext(db, {
  file: databasePath,
  actor: os.userInfo().username,
  appVersion: packageJson.version,
  automaticBackup: !values['no-backup'],
});

const server = await startApiServer({
  ctx,
  staticDir: path.join(root, 'dist', 'renderer'),
  port,
}).catch((error: unknown) => {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'error';
  console.error(
    `Knotbook could not listen on port ${port} (${code}). Close the program using it, or choose another with --port.`,
  );
  process.exit(1); // SQLite folds the write-ahead log back on the next open
});

console.log(`Database: ${databasePath}`);
console.log(`Knotbook is running at ${server.url}`);

function shutdown(): void {
  void server.close().then(() => {
    ctx.db.close();
    process.exit(0);
  });
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);

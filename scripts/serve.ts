/**
 * `npm run serve`: the Knotbook UI in a browser, on 127.0.0.1, against a real database file.
 *   --db <file>   the database (default: .tmp/knotbook-dev.sqlite in this folder)
 *   --port <n>    the port (default 5170; 0 picks a free one)
 *   --demo        a fresh database in the temp folder, filled with a few example clients
 *   --no-build    serve the renderer already built in dist/renderer
 *   --no-backup   skip the day's automatic backup (the benchmark's throwaway copies)
 */
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type Database from 'better-sqlite3';
import { build } from 'vite';
import { hostContext } from '../db/host';
import { openDatabase } from '../db/open';
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

function open(): Database.Database {
  try {
    return openDatabase(databasePath);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
const db = open();
if (values.demo) seedDemo(db);
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

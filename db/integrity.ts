/**
 * The full integrity check of a database file (`PRAGMA quick_check` over every page), run in a
 * worker thread with its own read-only connection, so the API keeps answering while a big file
 * is read from end to end. db/open.ts checks only what is cheap before opening.
 *
 * The worker is inline CommonJS (`eval: true`), not a file of ours: the Electron main process
 * runs as an esbuild bundle while tests and `npm run serve` run the TypeScript through tsx and
 * Vitest, and a worker cannot load a .ts file. The worker `require`s better-sqlite3 by the
 * absolute path this module resolves, and the same native build the app uses (`nativeBinding`).
 */
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';
import { resolveBetterSqlite3 } from './worker-module';

/**
 * 'unchecked' when the check itself could not run (the worker did not start, the file could not
 * be read for a reason other than damage): nothing is known against the file, so it stays
 * writable, as it was before this check existed.
 */
export type IntegrityResult = 'ok' | 'damaged' | 'unchecked';

/** What the host shares with the API context (db/api/handlers.ts): updated when the check ends. */
export interface IntegrityStatus {
  state: 'checking' | IntegrityResult;
}

export interface IntegrityOptions {
  /** Path to a better-sqlite3 build for this runtime (see db/native-binding.ts). */
  nativeBinding?: string | undefined;
}

interface WorkerInput {
  betterSqlite3: string;
  file: string;
  nativeBinding: string | undefined;
}

/** What the worker posts back: the verdict and, when not 'ok', only the kind of problem. */
interface WorkerOutput {
  result: IntegrityResult;
  kind?: string;
}

// Runs in the worker. It posts back 'ok' or 'damaged' and the error's code, never the rows
// quick_check names nor any message that could quote a record.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
let db;
try {
  const Database = require(workerData.betterSqlite3);
  db = new Database(workerData.file, { readonly: true, fileMustExist: true, nativeBinding: workerData.nativeBinding });
  db.pragma('busy_timeout = 5000');
  const verdict = db.pragma('quick_check', { simple: true });
  parentPort.postMessage(verdict === 'ok' ? { result: 'ok' } : { result: 'damaged', kind: 'quick_check' });
} catch (error) {
  const code = error && typeof error === 'object' && 'code' in error ? String(error.code) : '';
  const damaged = code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB';
  parentPort.postMessage({ result: damaged ? 'damaged' : 'unchecked', kind: code || (error && error.name) || 'error' });
} finally {
  if (db && db.open) db.close();
}
`;

function logUnchecked(kind: string): void {
  console.error(`knotbook: the background check of the database could not run (${kind})`);
}

function logDamage(kind: string): void {
  // The kind of problem only: the path and the rows quick_check names stay out of logs.
  console.error(`knotbook: the background check of the database found a problem (${kind})`);
}

/**
 * Reads the whole file with `PRAGMA quick_check` in a worker thread. Resolves 'ok'; 'damaged'
 * when the check reports anything or SQLite says the file is corrupt or not a database;
 * 'unchecked' when the worker or the read failed otherwise. Never rejects. The worker does not
 * keep the process alive.
 */
export function checkIntegrityInBackground(file: string, options: IntegrityOptions = {}): Promise<IntegrityResult> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (output: WorkerOutput) => {
      if (settled) return;
      settled = true;
      if (output.result === 'damaged') logDamage(output.kind ?? 'unknown');
      if (output.result === 'unchecked') logUnchecked(output.kind ?? 'unknown');
      resolve(output.result);
    };
    let worker: Worker;
    try {
      const workerData: WorkerInput = {
        betterSqlite3: resolveBetterSqlite3(),
        file,
        nativeBinding: options.nativeBinding,
      };
      worker = new Worker(WORKER_SOURCE, { eval: true, workerData });
    } catch (error) {
      finish({ result: 'unchecked', kind: error instanceof Error ? error.name : 'error' });
      return;
    }
    worker.unref();
    worker.on('message', (output: WorkerOutput) => finish(output));
    worker.on('error', (error) => finish({ result: 'unchecked', kind: `worker ${error.name}` }));
    worker.on('exit', (code) => finish({ result: 'unchecked', kind: `worker exit ${code}` }));
  });
}

/**
 * Starts the background check for the connection the app writes with and returns the status the
 * API context shares. When the file turns out damaged, the connection becomes query-only, so
 * SQLite itself refuses every write from then on (db/api/dispatch.ts words the refusal).
 */
export function watchIntegrity(db: Database.Database, file: string, options: IntegrityOptions = {}): IntegrityStatus {
  const status: IntegrityStatus = { state: 'checking' };
  void checkIntegrityInBackground(file, options).then((result) => {
    if (result === 'damaged' && db.open) db.pragma('query_only = ON');
    status.state = result;
  });
  return status;
}

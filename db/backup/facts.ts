/**
 * Reads what a backup file holds (its application id, schema version, integrity, counts of
 * clients and sessions, newest audit entry) in a worker thread with its own connection, so the
 * app keeps answering while a big file is checked end to end. Only numbers, a time and SQLite's
 * error code come back, never a record.
 *
 * Two checks of the whole file:
 * - 'integrity' (a file from anywhere: inspecting a backup before a restore): `PRAGMA
 *   integrity_check`, every page, every record, every index against its table.
 * - 'pages' (a copy we just made page for page with SQLite's online backup of a file the app
 *   checks in the background at every start, db/integrity.ts): what can go wrong is in the
 *   writing (a short or lost write, a page that does not read back, the wrong file), not in
 *   the records. Every b-tree is walked from its root through every interior, leaf and overflow
 *   page (the `dbstat` table, which fails on a page that is not what its parent says), and
 *   the pages found, with the free pages and the lock-byte page, must be exactly the file's page
 *   count: no page missing, none counted twice, none past the end. The small tables get
 *   `quick_check` as on every open. About a sixth of integrity_check's time (docs in the report).
 *
 * The worker is inline CommonJS (`eval: true`) for the reason given in db/integrity.ts: the
 * Electron main process runs as a bundle, tests run TypeScript, and a worker cannot load a .ts
 * file. `readFactsSync` waits for the same worker with Atomics.wait, which stops this thread's
 * event loop: it serves only the synchronous openDatabase (tests, `npm run serve`); the desktop
 * app opens with openDatabaseAsync, which awaits `readFacts`.
 */
import path from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { KNOTBOOK_APPLICATION_ID, LATEST_SCHEMA_VERSION } from '../migrations';
import { resolveBetterSqlite3 } from '../worker-module';

export interface FileFacts {
  applicationId: number;
  schemaVersion: number;
  /** Whether the check of the whole file passed (see FactsOptions.check); null when not run (not Knotbook's, or too new). */
  intact: boolean | null;
  /** Rows in clients and sessions (null when not counted, or the table is missing). */
  clients: number | null;
  sessions: number | null;
  /** The newest audit_log.at, or null. */
  lastChangeAt: string | null;
}

/** The facts, or the SQLite code (or error name) that stopped the reading. */
export type FactsOutcome = { facts: FileFacts } | { error: string };

export interface FactsOptions {
  /** Path to a better-sqlite3 build for this runtime (see db/native-binding.ts). */
  nativeBinding?: string | undefined;
  /**
   * For a temporary file of ours only: first switch it to a rollback journal (a write to its
   * header), so a read-only connection leaves no `-wal` or `-shm` file beside it.
   */
  toRollbackJournal?: boolean;
  /** The check of the whole file (see above): 'integrity' by default. */
  check?: 'integrity' | 'pages';
}

interface WorkerInput {
  betterSqlite3: string;
  file: string;
  nativeBinding: string | undefined;
  toRollbackJournal: boolean;
  check: 'integrity' | 'pages';
  applicationId: number;
  latestVersion: number;
  /** For the synchronous caller: set to 1 once the answer is on `port`. */
  signal?: Int32Array;
  port?: MessagePort;
}

// Runs in the worker. The integrity check and the counts run only for a Knotbook file of a
// schema this version knows: a foreign or newer file is refused without reading it all.
const WORKER_SOURCE = `
const { parentPort, workerData: input } = require('node:worker_threads');
if (input.signal) {
  // Wakes the waiting thread however the worker ends, with or without an answer.
  process.on('exit', () => { Atomics.store(input.signal, 0, 1); Atomics.notify(input.signal, 0); });
}
// Every page is in a b-tree, on the free list, or the lock-byte page at 1 GiB (https://sqlite.org/fileformat.html).
function pagesAccountedFor(db, tables) {
  const small = ['sqlite_schema', 'settings', 'clients', 'exercises'].filter((t) => t === 'sqlite_schema' || tables.has(t));
  if (!small.every((t) => db.pragma('quick_check("' + t + '")', { simple: true }) === 'ok')) return false;
  const pageCount = db.pragma('page_count', { simple: true });
  const pageSize = db.pragma('page_size', { simple: true });
  const free = db.pragma('freelist_count', { simple: true });
  // One row per page reached from a root; 'corrupted' where its header or cell layout is not a b-tree page's.
  const trees = db.prepare("SELECT count(*) AS pages, count(*) FILTER (WHERE pagetype = 'corrupted') AS bad FROM dbstat").get();
  const lockBytePage = Math.floor(0x40000000 / pageSize) + 1;
  return trees.bad === 0 && trees.pages + free + (pageCount >= lockBytePage ? 1 : 0) === pageCount;
}
let output;
let db;
try {
  const Database = require(input.betterSqlite3);
  const options = { fileMustExist: true, nativeBinding: input.nativeBinding };
  if (input.toRollbackJournal) {
    const writer = new Database(input.file, options);
    try { writer.pragma('journal_mode = DELETE'); } finally { writer.close(); }
  }
  db = new Database(input.file, { ...options, readonly: true });
  const applicationId = db.pragma('application_id', { simple: true });
  const schemaVersion = db.pragma('user_version', { simple: true });
  const facts = { applicationId, schemaVersion, intact: null, clients: null, sessions: null, lastChangeAt: null };
  if (applicationId === input.applicationId && schemaVersion >= 1 && schemaVersion <= input.latestVersion) {
    const tables = new Set(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all());
    facts.intact = input.check === 'pages' && db.pragma('auto_vacuum', { simple: true }) === 0
      ? pagesAccountedFor(db, tables)
      : db.pragma('integrity_check(1)', { simple: true }) === 'ok';
    const count = (table) => (tables.has(table) ? db.prepare('SELECT count(*) FROM ' + table).pluck().get() : null);
    facts.clients = count('clients');
    facts.sessions = count('sessions');
    facts.lastChangeAt = tables.has('audit_log') ? db.prepare('SELECT max(at) FROM audit_log').pluck().get() : null;
  }
  output = { facts };
} catch (error) {
  const code = error && typeof error === 'object' && 'code' in error ? String(error.code) : '';
  output = { error: code || (error && error.name) || 'error' };
} finally {
  if (db && db.open) db.close();
}
if (input.port) {
  input.port.postMessage(output);
  input.port.close();
  Atomics.store(input.signal, 0, 1);
  Atomics.notify(input.signal, 0);
} else {
  parentPort.postMessage(output);
}
`;

function workerInput(file: string, options: FactsOptions): WorkerInput {
  return {
    betterSqlite3: resolveBetterSqlite3(),
    file: path.resolve(file),
    nativeBinding: options.nativeBinding,
    toRollbackJournal: options.toRollbackJournal ?? false,
    check: options.check ?? 'integrity',
    applicationId: KNOTBOOK_APPLICATION_ID,
    latestVersion: LATEST_SCHEMA_VERSION,
  };
}

/** Reads the file's facts in a worker thread. Never rejects: a failure is `{ error }`. */
export function readFacts(file: string, options: FactsOptions = {}): Promise<FactsOutcome> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (outcome: FactsOutcome) => {
      if (settled) return;
      settled = true;
      resolve(outcome);
    };
    let worker: Worker;
    try {
      worker = new Worker(WORKER_SOURCE, { eval: true, workerData: workerInput(file, options) });
    } catch (error) {
      finish({ error: error instanceof Error ? error.name : 'worker' });
      return;
    }
    worker.on('message', (outcome: FactsOutcome) => finish(outcome));
    worker.on('error', (error) => finish({ error: `worker ${error.name}` }));
    worker.on('exit', (code) => finish({ error: `worker exit ${code}` }));
  });
}

/** The longest the synchronous reader waits: a check of a file of many gigabytes. */
const SYNC_LIMIT_MS = 30 * 60 * 1000;

/**
 * The same reading, waited for on this thread (the event loop stops meanwhile): only for the
 * synchronous openDatabase (db/backup/before-migration.ts backupBeforeMigration), never in the
 * desktop app's main process. Never throws: a failure is `{ error }`.
 */
export function readFactsSync(file: string, options: FactsOptions = {}): FactsOutcome {
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  let worker: Worker | undefined;
  try {
    worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { ...workerInput(file, options), signal, port: port2 },
      transferList: [port2],
    });
    Atomics.wait(signal, 0, 0, SYNC_LIMIT_MS);
    const answer = receiveMessageOnPort(port1);
    return answer ? (answer.message as FactsOutcome) : { error: 'worker timeout' };
  } catch (error) {
    return { error: error instanceof Error ? error.name : 'worker' };
  } finally {
    port1.close();
    void worker?.terminate();
  }
}

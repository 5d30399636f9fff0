/**
 * The full check of a database file, run in a worker thread with its own read-only connection, so
 * the API keeps answering while a big file is read from end to end. db/open.ts checks only what
 * is cheap before opening. It reads every page (`PRAGMA quick_check`); then, in a sound file, it
 * looks for changes made outside Knotbook: each of Knotbook's protective triggers present as
 * written (PROTECTIVE_TRIGGERS, db/migrations/008-signed-records.ts), and the audit log's hash
 * chain whole, streamed row by row (a ten-year clinic has millions of entries).
 *
 * The worker is inline CommonJS (`eval: true`), not a file of ours: the Electron main process
 * runs as an esbuild bundle while tests and `npm run serve` run the TypeScript through tsx and
 * Vitest, and a worker cannot load a .ts file. The worker `require`s better-sqlite3 by the
 * absolute path this module resolves, and the same native build the app uses (`nativeBinding`).
 * Its chain check repeats findAuditChainBreak (db/queries/audit-log.ts) in plain JavaScript; a
 * test holds the two to the same answer.
 */
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';
import type { IntegrityTamper } from './api/contract';
import { PROTECTIVE_TRIGGERS } from './migrations/008-signed-records';
import { AUDIT_CHAIN_SQL, AUDIT_CHAIN_START } from './queries/audit-log';
import { resolveBetterSqlite3 } from './worker-module';

/**
 * 'unchecked' when the check itself could not run (the worker did not start, the file could not
 * be read for a reason other than damage): nothing is known against the file, so it stays
 * writable, as it was before this check existed. 'tampered': every page is sound, but the file
 * was changed outside Knotbook (an audit entry changed or removed, a safeguard dropped); it stays
 * writable too (see watchIntegrity).
 */
export type IntegrityResult = 'ok' | 'damaged' | 'tampered' | 'unchecked';

/** What the host shares with the API context (db/api/handlers.ts): updated when the check ends. */
export interface IntegrityStatus {
  state: 'checking' | IntegrityResult;
  /** With 'tampered': what was found, for the banner. */
  tamper?: IntegrityTamper | undefined;
  /** Settles when the check has ended (its worker closed its connection): tests wait for it. */
  settled?: Promise<void> | undefined;
}

/** The verdict and, when 'tampered', what was found. */
export interface IntegrityReport {
  result: IntegrityResult;
  tamper?: IntegrityTamper;
}

export interface IntegrityOptions {
  /** Path to a better-sqlite3 build for this runtime (see db/native-binding.ts). */
  nativeBinding?: string | undefined;
}

interface WorkerInput {
  betterSqlite3: string;
  file: string;
  nativeBinding: string | undefined;
  triggers: { name: string; sql: string }[];
  chainSql: string;
  chainStart: string;
}

/**
 * What the worker posts back: the verdict; when 'damaged' or 'unchecked' only the kind of
 * problem; when 'tampered' the first break of the audit chain (an entry's number and time, no
 * content) and the names of the triggers missing or altered.
 */
interface WorkerOutput {
  result: IntegrityResult;
  kind?: string;
  auditBreak?: IntegrityTamper['auditBreak'];
  triggers?: string[];
}

// Runs in the worker. It posts back 'ok' or 'damaged' and the error's code, never the rows
// quick_check names nor any message that could quote a record. In a sound file it then compares
// the triggers with Knotbook's and walks the audit chain, as findAuditChainBreak does.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const normal = (sql) => String(sql).replace(/\\s+/g, ' ').trim();
function findBreak(rows) {
  let previous = workerData.chainStart;
  for (const row of rows) {
    if (row.prev_hash !== previous) return { entryId: row.id, at: row.at, reason: 'missing before' };
    const content = [row.prev_hash, row.at, row.actor, row.action, row.entity, row.entity_id, row.client_id, row.changes];
    const hash = createHash('sha256').update(JSON.stringify(content)).digest('hex');
    if (row.hash !== hash) return { entryId: row.id, at: row.at, reason: 'changed' };
    previous = row.hash;
  }
  return null;
}
let db;
try {
  const Database = require(workerData.betterSqlite3);
  db = new Database(workerData.file, { readonly: true, fileMustExist: true, nativeBinding: workerData.nativeBinding });
  db.pragma('busy_timeout = 5000');
  const verdict = db.pragma('quick_check', { simple: true });
  if (verdict !== 'ok') {
    parentPort.postMessage({ result: 'damaged', kind: 'quick_check' });
  } else {
    const stored = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?").pluck();
    const triggers = workerData.triggers
      .filter((trigger) => normal(stored.get(trigger.name) ?? '') !== normal(trigger.sql))
      .map((trigger) => trigger.name);
    const auditBreak = findBreak(db.prepare(workerData.chainSql).iterate());
    const tampered = auditBreak !== null || triggers.length > 0;
    parentPort.postMessage(tampered ? { result: 'tampered', auditBreak, triggers } : { result: 'ok' });
  }
} catch (error) {
  const code = error && typeof error === 'object' && 'code' in error ? String(error.code) : '';
  const damaged = code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB';
  parentPort.postMessage({ result: damaged ? 'damaged' : 'unchecked', kind: code || (error && error.name) || 'error' });
} finally {
  if (db && db.open) db.close();
}
`;

/** The safeguards named by trigger, as what each protects, each once. */
function safeguardsOf(names: readonly string[]): string[] {
  const protects = new Map(PROTECTIVE_TRIGGERS.map((trigger) => [trigger.name, trigger.protects]));
  return [...new Set(names.map((name) => protects.get(name) ?? name))];
}

function logUnchecked(kind: string): void {
  console.error(`knotbook: the background check of the database could not run (${kind})`);
}

function logDamage(kind: string): void {
  // The kind of problem only: the path and the rows quick_check names stay out of logs.
  console.error(`knotbook: the background check of the database found a problem (${kind})`);
}

function logTamper(output: WorkerOutput): void {
  // Which kind of change only: no entry, no time, no path.
  const kinds = [output.auditBreak ? 'audit log' : '', output.triggers?.length ? 'safeguards' : ''].filter(Boolean);
  console.error(`knotbook: the background check found changes made outside Knotbook (${kinds.join(', ')})`);
}

/**
 * Reads the whole file in a worker thread: `PRAGMA quick_check`, then (in a sound file) the
 * triggers and the audit chain. Resolves 'ok'; 'damaged' when quick_check reports anything or
 * SQLite says the file is corrupt or not a database; 'tampered' with what was found; 'unchecked'
 * when the worker or the read failed otherwise. Never rejects. The worker does not keep the
 * process alive.
 */
export function checkFileInBackground(file: string, options: IntegrityOptions = {}): Promise<IntegrityReport> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (output: WorkerOutput) => {
      if (settled) return;
      settled = true;
      if (output.result === 'damaged') logDamage(output.kind ?? 'unknown');
      if (output.result === 'unchecked') logUnchecked(output.kind ?? 'unknown');
      if (output.result !== 'tampered') {
        resolve({ result: output.result });
        return;
      }
      logTamper(output);
      resolve({
        result: 'tampered',
        tamper: { auditBreak: output.auditBreak ?? null, safeguards: safeguardsOf(output.triggers ?? []) },
      });
    };
    let worker: Worker;
    try {
      const workerData: WorkerInput = {
        betterSqlite3: resolveBetterSqlite3(),
        file,
        nativeBinding: options.nativeBinding,
        triggers: PROTECTIVE_TRIGGERS.map(({ name, sql }) => ({ name, sql })),
        chainSql: AUDIT_CHAIN_SQL,
        chainStart: AUDIT_CHAIN_START,
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

/** The verdict of checkFileInBackground alone. */
export async function checkIntegrityInBackground(
  file: string,
  options: IntegrityOptions = {},
): Promise<IntegrityResult> {
  return (await checkFileInBackground(file, options)).result;
}

/**
 * Starts the background check for the connection the app writes with and returns the status the
 * API context shares. When the file turns out damaged, the connection becomes query-only, so
 * SQLite itself refuses every write from then on (db/api/dispatch.ts words the refusal).
 *
 * A tampered file stays writable: its pages are sound, Knotbook's own writes keep their checks,
 * and the break stays in the chain (new entries follow the last one, they do not mend it), so the
 * banner names it at every start until a backup from before it is restored. Refusing every
 * change would stop the practice's work while every backup made since carries the same break.
 */
export function watchIntegrity(db: Database.Database, file: string, options: IntegrityOptions = {}): IntegrityStatus {
  const status: IntegrityStatus = { state: 'checking' };
  status.settled = checkFileInBackground(file, options).then(({ result, tamper }) => {
    if (result === 'damaged' && db.open) db.pragma('query_only = ON');
    status.tamper = tamper;
    status.state = result;
  });
  return status;
}

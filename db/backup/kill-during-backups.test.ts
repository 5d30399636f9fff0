/**
 * Nothing of ours is left behind by a kill: a real process (db/backup/kill-child.ts) making
 * backups, restoring backups, restoring encrypted backups, or opening a file of an older schema
 * is killed (SIGKILL) at random moments; after each kill the next start (openDatabase, which
 * first removes what a killed Knotbook left: leftovers.ts) leaves no temporary file of ours
 * beside the database, in its backups folder or in the temporary folder, and the database opens
 * whole. An update killed again and again keeps one verified copy, reused each time.
 *
 * The kill moments come from a seeded generator; the seed is printed, and
 * `KNOTBOOK_FAULT_SEED=<seed> npx vitest run db/backup/kill-during-backups.test.ts` replays them
 * (the exact moment still depends on timing).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../migrations';
import { openDatabase } from '../open';
import { oldSchemaFile } from '../testing/old-schema';
import { seededRandom } from '../testing/seeded-random';
import { openTempDb, tempPath } from '../testing/temp-db';
import { encryptFile } from './encrypted';
import { removeLeftovers } from './leftovers';
import { defaultBackupFolder, listBackups } from './names';
import { addPractice } from './testing';
import { backupTo } from './write';

const KILLS = 5;
const root = path.resolve(import.meta.dirname, '../..');
const FAST_KEY = { N: 2 ** 10, r: 8, p: 1 };
const PASSPHRASE = 'correct horse battery';

function pickSeed(): number {
  const given = process.env.KNOTBOOK_FAULT_SEED;
  return given ? Number(given) >>> 0 : Math.floor(Math.random() * 2 ** 32);
}

const children = new Set<ChildProcess>();

afterEach(() => {
  for (const child of children) child.kill('SIGKILL');
  children.clear();
});

interface Run {
  child: ChildProcess;
  /** Resolves when the child says "ready". */
  ready: Promise<void>;
  /** Resolves when the child is gone. */
  exited: Promise<void>;
  output: () => string;
}

/** Starts kill-child.ts with tsx as a loader in the same process, so SIGKILL kills the work itself. */
function startChild(args: string[], tempFolder: string): Run {
  const child = spawn(process.execPath, ['--import', 'tsx', 'db/backup/kill-child.ts', ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    // The system's temporary folder, for the copies an inspection makes, is one of the test's own.
    env: { ...process.env, TMPDIR: tempFolder, TEMP: tempFolder, TMP: tempFolder },
  });
  children.add(child);
  let out = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('ready')) resolve();
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.once('exit', () => reject(new Error(`kill-child ended before it was ready: ${out}`)));
  });
  return { child, ready, exited, output: () => out };
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs the child until a random moment 0-`spanMs` ms after it is ready, then kills it. */
async function killAtRandom(args: string[], tempFolder: string, random: () => number, spanMs: number) {
  const run = startChild(args, tempFolder);
  await run.ready;
  await delay(Math.floor(random() * spanMs));
  run.child.kill('SIGKILL');
  await run.exited;
  children.delete(run.child);
  return run;
}

/** The names in `folder` that are not the database, SQLite's files beside it, or its backups folder. */
function strangersBeside(database: string): string[] {
  const name = path.basename(database);
  const allowed = new Set([
    name,
    `${name}-wal`,
    `${name}-shm`,
    `${name}-journal`,
    path.basename(defaultBackupFolder(database)),
  ]);
  return fs.readdirSync(path.dirname(database)).filter((entry) => !allowed.has(entry));
}

/** Files in the backups folder that are not finished backups of ours (plain or encrypted). */
function strangersInBackups(database: string): string[] {
  const folder = defaultBackupFolder(database);
  if (!fs.existsSync(folder)) return [];
  const backups = new Set(listBackups(folder).map((entry) => entry.name));
  return fs
    .readdirSync(folder)
    .filter((entry) => !backups.has(entry) && !/^knotbook-encrypted-.*\.knbtbak$/.test(entry));
}

/** What the next start does first, then the start itself; then the file must be whole. */
function startAndCheck(database: string, tempFolder: string, label: string): string[] {
  removeLeftovers(database, { tempFolder });
  const db = openDatabase(database);
  let names: string[];
  try {
    expect(db.pragma('integrity_check', { simple: true }), `${label}: integrity`).toBe('ok');
    expect(db.pragma('foreign_key_check'), `${label}: broken links`).toEqual([]);
    names = db.prepare('SELECT given_name FROM clients ORDER BY given_name').pluck().all() as string[];
  } finally {
    db.close();
  }
  expect(strangersBeside(database), `${label}: left beside the database`).toEqual([]);
  expect(strangersInBackups(database), `${label}: left in the backups folder`).toEqual([]);
  // (tsx keeps its cache there too: only our names count.)
  const ours = fs.readdirSync(tempFolder).filter((entry) => entry.startsWith('knotbook-'));
  expect(ours, `${label}: left in the temporary folder`).toEqual([]);
  return names;
}

/** A database of a small practice, closed; and a folder to be the child's temporary folder. */
function practice(names: string[]): { database: string; tempFolder: string } {
  const { db, file } = openTempDb();
  addPractice(db, names);
  db.close();
  const tempFolder = path.dirname(tempPath('scratch'));
  return { database: file, tempFolder };
}

/** Two backups of different practices, in the database's backups folder as the API keeps them. */
async function twoBackups(database: string): Promise<{ files: [string, string]; names: string[][] }> {
  const folder = defaultBackupFolder(database);
  fs.mkdirSync(folder, { recursive: true });
  const made: string[] = [];
  const names = [
    ['Ada', 'Bea'],
    ['Cy', 'Dov', 'Eli'],
  ];
  for (const [index, group] of names.entries()) {
    const { db } = openTempDb();
    addPractice(db, group);
    const file = path.join(folder, `knotbook-manual-2026-11-20T18-00-0${index}Z.sqlite`);
    await backupTo(db, file);
    db.close();
    made.push(file);
  }
  return { files: [made[0] as string, made[1] as string], names: names.map((group) => [...group].sort()) };
}

describe('a kill leaves nothing of ours behind', { timeout: 240_000 }, () => {
  const seed = pickSeed();
  console.log(`kill-during-backups: seed ${seed} (replay with KNOTBOOK_FAULT_SEED=${seed})`);

  it('while backups are made', async () => {
    const random = seededRandom(seed);
    const { database, tempFolder } = practice(['Maya', 'Tomas']);
    for (let k = 0; k < KILLS; k += 1) {
      await killAtRandom(['backup', database], tempFolder, random, 400);
      const names = startAndCheck(database, tempFolder, `seed ${seed}, backup kill ${k + 1}`);
      expect(names).toEqual(['Maya', 'Tomas']);
    }
  });

  it('while encrypted backups are made (only their ciphertext was ever written)', async () => {
    const random = seededRandom(seed + 4);
    const { database, tempFolder } = practice(['Maya', 'Tomas']);
    for (let k = 0; k < KILLS; k += 1) {
      await killAtRandom(['encrypted-backup', database, PASSPHRASE], tempFolder, random, 400);
      const names = startAndCheck(database, tempFolder, `seed ${seed}, encrypted backup kill ${k + 1}`);
      expect(names).toEqual(['Maya', 'Tomas']);
    }
    const folder = defaultBackupFolder(database);
    const plain = fs.readdirSync(folder).filter((name) => !listBackups(folder).some((b) => b.name === name));
    for (const name of plain) {
      expect(fs.readFileSync(path.join(folder, name)).subarray(0, 8).toString('latin1'), name).toBe('KNBTBAK\0');
    }
  });

  it('while backups are restored', async () => {
    const random = seededRandom(seed + 1);
    const { database, tempFolder } = practice(['Maya']);
    const { files, names } = await twoBackups(database);
    const possible = [['Maya'], ...names];
    for (let k = 0; k < KILLS; k += 1) {
      await killAtRandom(['restore', database, ...files], tempFolder, random, 600);
      const found = startAndCheck(database, tempFolder, `seed ${seed}, restore kill ${k + 1}`);
      expect(possible, `seed ${seed}, restore kill ${k + 1}: a whole practice`).toContainEqual(found);
    }
  });

  it('while encrypted backups are restored (their plaintext removed at the next start)', async () => {
    const random = seededRandom(seed + 2);
    const { database, tempFolder } = practice(['Maya']);
    const { files, names } = await twoBackups(database);
    const encrypted: string[] = [];
    for (const [index, file] of files.entries()) {
      const sealed = path.join(path.dirname(file), `knotbook-encrypted-2026-11-20T18-00-0${index}Z.knbtbak`);
      await encryptFile(file, sealed, PASSPHRASE, { scrypt: FAST_KEY });
      fs.rmSync(file);
      encrypted.push(sealed);
    }
    const possible = [['Maya'], ...names];
    for (let k = 0; k < KILLS; k += 1) {
      await killAtRandom(['encrypted-restore', database, ...encrypted, PASSPHRASE], tempFolder, random, 600);
      const found = startAndCheck(database, tempFolder, `seed ${seed}, encrypted restore kill ${k + 1}`);
      expect(possible, `seed ${seed}, encrypted restore kill ${k + 1}: a whole practice`).toContainEqual(found);
    }
  });

  it('while a file of an older schema is updated, keeping one verified copy however often', async () => {
    const random = seededRandom(seed + 3);
    const tempFolder = path.dirname(tempPath('scratch'));
    // Big enough that the copy, its check and the update take a while.
    const database = oldSchemaFile(5, { moreClients: 3000, historyBytes: 2000, wal: true });
    const folder = defaultBackupFolder(database);
    const copiesBefore = () => listBackups(folder).filter((entry) => entry.kind === 'before-migration');
    // Each update step is its own transaction: a kill between two leaves the file whole at the
    // step before. The copy is reused while the file is unchanged, so at most one copy is made
    // for each version the file was opened at.
    const versionsOpened = new Set([5]);
    for (let k = 0; k < KILLS; k += 1) {
      const run = await killAtRandom(['migration', database], tempFolder, random, 500);
      const label = `seed ${seed}, update kill ${k + 1}`;
      removeLeftovers(database, { tempFolder });
      expect(strangersBeside(database), `${label}: left beside the database`).toEqual([]);
      expect(strangersInBackups(database), `${label}: left in the backups folder`).toEqual([]);
      expect(copiesBefore().length, `${label}: copies before the update`).toBeLessThanOrEqual(versionsOpened.size);
      const reader = new Database(database, { readonly: true, fileMustExist: true });
      let version: number;
      try {
        expect(reader.pragma('integrity_check', { simple: true }), `${label}: integrity`).toBe('ok');
        version = reader.pragma('user_version', { simple: true }) as number;
      } finally {
        reader.close();
      }
      expect(version, `${label}: a schema version`).toBeGreaterThanOrEqual(5);
      expect(version, `${label}: a schema version`).toBeLessThanOrEqual(LATEST_SCHEMA_VERSION);
      if (run.output().includes('done') || version === LATEST_SCHEMA_VERSION) break; // nothing more to cut off
      versionsOpened.add(version);
    }
    const names = startAndCheck(database, tempFolder, `seed ${seed}, after the update`);
    expect(names.length).toBe(3002);
    expect(copiesBefore().length).toBeGreaterThanOrEqual(1);
    expect(copiesBefore().length).toBeLessThanOrEqual(versionsOpened.size);
  });
});

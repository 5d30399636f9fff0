/** Test support for the backup tests: a small practice, row snapshots, fingerprints, damage. */
import crypto from 'node:crypto';
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { expect } from 'vitest';
import { createClient, EMPTY_CLIENT } from '../queries/clients';
import { createMark } from '../queries/marks';
import { createSession } from '../queries/sessions';
import { ACTOR } from '../testing/temp-db';

/** Three clients, each with two visits of two charted trigger points. */
export function addPractice(db: Database.Database, names = ['Maya', 'Tomas', 'Ines']): void {
  for (const givenName of names) {
    const client = createClient(db, ACTOR, {
      ...EMPTY_CLIENT,
      givenName,
      familyName: 'Example',
      healthHistory: 'Desk work; headaches behind the right eye in the afternoon.',
    });
    for (let visit = 0; visit < 2; visit += 1) {
      const session = createSession(db, ACTOR, {
        clientId: client.id,
        startedAt: `2026-0${visit + 3}-10T09:00:00.000Z`,
      });
      for (const x of [0.4, 0.6]) {
        createMark(db, ACTOR, {
          sessionId: session.id,
          kind: 'trigger_point',
          viewId: 'posterior',
          artworkVersion: 1,
          x,
          y: 0.2,
          muscle: 'Upper trapezius',
          note: 'Taut band, local twitch.',
        });
      }
    }
  }
}

export interface Rows {
  clients: unknown[];
  sessions: unknown[];
  marks: unknown[];
}

/** Every row of the clinical tables, in a stable order. */
export function rowsOf(db: Database.Database): Rows {
  const all = (table: string) => db.prepare(`SELECT * FROM ${table} ORDER BY id`).all();
  return { clients: all('clients'), sessions: all('sessions'), marks: all('marks') };
}

/** The rows of a closed file, read through a read-only connection. */
export function rowsOfFile(file: string): Rows {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return rowsOf(db);
  } finally {
    db.close();
  }
}

export function sha256(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** Scribbles over the first page that holds rows of `table` (the file must be closed). */
export function damageTable(file: string, table = 'clients'): void {
  const reader = new Database(file, { readonly: true, fileMustExist: true });
  const page = reader
    .prepare('SELECT pageno FROM dbstat WHERE name = ? ORDER BY pageno LIMIT 1')
    .pluck()
    .get(table) as number;
  reader.close();
  const pageSize = fs.readFileSync(file).readUInt16BE(16);
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, (page - 1) * pageSize);
  fs.closeSync(fd);
}

/** The names in a folder, sorted. */
export function namesIn(folder: string): string[] {
  return fs.existsSync(folder) ? fs.readdirSync(folder).sort() : [];
}

/** What `promise` rejects with, once checked to be a `type` (a test fails on a result or any other error). */
export async function rejectionOf<E>(promise: Promise<unknown>, type: new (...args: never[]) => E): Promise<E> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(type);
  return error as E;
}

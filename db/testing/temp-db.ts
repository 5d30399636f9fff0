/** Test support: every test gets its own fresh SQLite file in a temporary folder. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach } from 'vitest';
import type { Client, Session } from '../api/contract';
import { openDatabase } from '../open';
import { createClient, EMPTY_CLIENT } from '../queries/clients';
import { createSession } from '../queries/sessions';

const folders: string[] = [];
const open: Database.Database[] = [];

afterEach(() => {
  for (const db of open.splice(0)) if (db.open) db.close();
  // A background check may still be closing its connection (and its -shm file) in the folder.
  for (const dir of folders.splice(0)) fs.rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
});

/** A path in a fresh temporary folder, removed after the test. */
export function tempPath(name = 'knotbook.sqlite'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'knotbook-test-'));
  folders.push(dir);
  return path.join(dir, name);
}

/** Registers a connection to be closed after the test. */
export function track<T extends Database.Database>(db: T): T {
  open.push(db);
  return db;
}

/** A freshly created and migrated Knotbook database. */
export function openTempDb(): { db: Database.Database; file: string } {
  const file = tempPath();
  return { db: track(openDatabase(file)), file };
}

export const ACTOR = 'test-therapist';

/** A client (first name only) with one draft session starting now. */
export function clientWithSession(db: Database.Database, givenName = 'Maya'): { client: Client; session: Session } {
  const client = createClient(db, ACTOR, { ...EMPTY_CLIENT, givenName });
  return { client, session: createSession(db, ACTOR, { clientId: client.id }) };
}

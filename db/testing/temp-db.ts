/** Test support: every test gets its own fresh SQLite file in a temporary folder. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach } from 'vitest';
import { openDatabase } from '../open';

const folders: string[] = [];
const open: Database.Database[] = [];

afterEach(() => {
  for (const db of open.splice(0)) if (db.open) db.close();
  for (const dir of folders.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
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

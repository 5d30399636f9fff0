import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tempPath, track } from '../testing/temp-db';
import { LATEST_SCHEMA_VERSION, migrate, migrations, schemaVersion } from './index';
import type { Migration } from './types';

function rawDb(): Database.Database {
  const db = track(new Database(tempPath()));
  db.pragma('foreign_keys = ON');
  return db;
}

describe('migrations', () => {
  it('are numbered 1, 2, 3… in order, one per schema version', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
    expect(LATEST_SCHEMA_VERSION).toBe(migrations.length);
  });

  it('bring a fresh database to the latest version and do nothing the second time', () => {
    const db = rawDb();
    migrate(db);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    const tables = db.prepare('SELECT count(*) AS n FROM sqlite_schema').get();
    migrate(db);
    expect(db.prepare('SELECT count(*) AS n FROM sqlite_schema').get()).toEqual(tables);
  });

  it('roll a failing migration back whole and keep the previous version', () => {
    const db = rawDb();
    const broken: Migration = {
      version: LATEST_SCHEMA_VERSION + 1,
      name: 'broken',
      up(d) {
        d.exec('CREATE TABLE half_done (id TEXT PRIMARY KEY) STRICT');
        throw new Error('disk went away');
      },
    };
    migrate(db);
    expect(() => migrate(db, broken.version, [...migrations, broken])).toThrow('disk went away');
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE name = 'half_done'").get()).toBeUndefined();
  });
});

import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { tempPath, track } from '../testing/temp-db';
import { migrate, schemaVersion } from './index';

const T = '2026-01-01T00:00:00.000Z';
let db: Database.Database;

beforeEach(() => {
  db = track(new Database(tempPath()));
  db.pragma('foreign_keys = ON');
  migrate(db, 1);
  db.exec(`INSERT INTO clients (id, given_name, created_at, updated_at) VALUES ('c1', 'Ann', '${T}', '${T}');
           INSERT INTO sessions (id, client_id, started_at, created_at, updated_at) VALUES ('s1', 'c1', '${T}', '${T}', '${T}');
           INSERT INTO marks (id, session_id, kind, view_id, artwork_version, x, y, created_at, updated_at)
             VALUES ('m1', 's1', 'trigger_point', 'posterior', 1, 0.6, 0.2, '${T}', '${T}');`);
  migrate(db, 2);
});

describe('migration 2: mark side and algometer pressure', () => {
  it('records schema version 2 and keeps existing marks, with side and algometer not recorded', () => {
    expect(schemaVersion(db)).toBe(2);
    expect(db.prepare('SELECT id, x, side, pressure_kg_cm2 FROM marks').get()).toEqual({
      id: 'm1',
      x: 0.6,
      side: null,
      pressure_kg_cm2: null,
    });
  });

  it('accepts left, right or midline and an algometer reading from 0 to 20 kg/cm²', () => {
    db.exec("UPDATE marks SET side = 'right', pressure_kg_cm2 = 3.5");
    expect(() => db.exec("UPDATE marks SET side = 'front'")).toThrow(/CHECK/);
    expect(() => db.exec('UPDATE marks SET pressure_kg_cm2 = 25')).toThrow(/CHECK/);
  });
});

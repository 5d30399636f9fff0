import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { tempPath, track } from '../testing/temp-db';
import { migrate, schemaVersion } from './index';

const T = '2026-01-01T00:00:00.000Z';
let db: Database.Database;

beforeEach(() => {
  db = track(new Database(tempPath()));
  db.pragma('foreign_keys = ON');
  migrate(db, 2);
  db.exec(`INSERT INTO clients (id, given_name, created_at, updated_at) VALUES ('c1', 'Ann', '${T}', '${T}');
           INSERT INTO sessions (id, client_id, started_at, created_at, updated_at) VALUES ('s1', 'c1', '${T}', '${T}', '${T}');
           INSERT INTO marks (id, session_id, kind, view_id, artwork_version, x, y, side, pressure_kg_cm2, created_at, updated_at)
             VALUES ('m1', 's1', 'trigger_point', 'posterior', 1, 0.6, 0.2, 'right', 3.5, '${T}', '${T}');`);
  migrate(db, 3);
});

const insertMark = (id: string, siteColumn: string) =>
  db.exec(`INSERT INTO marks (id, session_id, kind, view_id, artwork_version, x, y, ${siteColumn} created_at, updated_at)
           VALUES ('${id}', 's1', 'tender_point', 'posterior', 1, 0.4, 0.4, ${siteColumn ? `'${id}',` : ''} '${T}', '${T}')`);

describe('migration 3: session record', () => {
  it('records schema version 3 and starts each existing mark as its own site, with no threshold measured', () => {
    expect(schemaVersion(db)).toBe(3);
    expect(db.prepare('SELECT id, x, side, pressure_kg_cm2, site_id, ppt_kg_cm2 FROM marks').get()).toEqual({
      id: 'm1',
      x: 0.6,
      side: 'right',
      pressure_kg_cm2: 3.5,
      site_id: 'm1',
      ppt_kg_cm2: null,
    });
  });

  it('gives existing sessions no measures, an unanswered red-flag screen and no perpetuating factors', () => {
    expect(
      db
        .prepare(
          `SELECT rom_flexion, rom_extension, rom_lateral_flexion_left, rom_lateral_flexion_right, rom_rotation_left,
                  rom_rotation_right, red_flags, red_flags_screened_at, referral_alert_at, perpetuating_factors
             FROM sessions`,
        )
        .get(),
    ).toEqual({
      rom_flexion: null,
      rom_extension: null,
      rom_lateral_flexion_left: null,
      rom_lateral_flexion_right: null,
      rom_rotation_left: null,
      rom_rotation_right: null,
      red_flags: '{}',
      red_flags_screened_at: null,
      referral_alert_at: null,
      perpetuating_factors: '[]',
    });
  });

  it('accepts range of motion from 0 to 180 degrees and refuses anything else', () => {
    db.exec('UPDATE sessions SET rom_flexion = 0, rom_extension = 180, rom_rotation_left = 74');
    for (const column of ['rom_flexion', 'rom_lateral_flexion_right', 'rom_rotation_left']) {
      expect(() => db.exec(`UPDATE sessions SET ${column} = 181`), column).toThrow(/CHECK/);
      expect(() => db.exec(`UPDATE sessions SET ${column} = -1`), column).toThrow(/CHECK/);
    }
    expect(db.prepare('SELECT rom_flexion, rom_extension, rom_rotation_left FROM sessions').get()).toEqual({
      rom_flexion: 0,
      rom_extension: 180,
      rom_rotation_left: 74,
    });
  });

  it('keeps the red-flag answers an object, the factors a list and the threshold within 0 to 20', () => {
    expect(() => db.exec(`UPDATE sessions SET red_flags = '[]'`)).toThrow(/CHECK/);
    expect(() => db.exec(`UPDATE sessions SET perpetuating_factors = '{}'`)).toThrow(/CHECK/);
    expect(() => db.exec(`UPDATE sessions SET perpetuating_factors = 'not json'`)).toThrow(/CHECK/);
    db.exec('UPDATE marks SET ppt_kg_cm2 = 4.2');
    expect(() => db.exec('UPDATE marks SET ppt_kg_cm2 = 25')).toThrow(/CHECK/);
  });

  it('refuses a new mark without a site id', () => {
    expect(() => insertMark('m2', '')).toThrow(/A mark needs a site id/);
    insertMark('m3', 'site_id,');
    expect(db.prepare('SELECT id, site_id FROM marks ORDER BY id').all()).toEqual([
      { id: 'm1', site_id: 'm1' },
      { id: 'm3', site_id: 'm3' },
    ]);
  });

  it('adds the re-assessment and settings tables', () => {
    db.exec(`INSERT INTO sessions (id, client_id, started_at, created_at, updated_at) VALUES ('s2', 'c1', '${T}', '${T}', '${T}');
             INSERT INTO reassessments (session_id, site_id, from_mark_id) VALUES ('s2', 'm1', 'm1');
             INSERT INTO settings (key, value, updated_at) VALUES ('paperSize', '"a4"', '${T}');`);
    expect(db.prepare('SELECT * FROM reassessments').get()).toEqual({
      session_id: 's2',
      site_id: 'm1',
      from_mark_id: 'm1',
      resolved_at: null,
    });
    expect(() =>
      db.exec(`INSERT INTO reassessments (session_id, site_id, from_mark_id) VALUES ('s2', 'm1', 'm1')`),
    ).toThrow(/UNIQUE/);
    expect(() =>
      db.exec(`INSERT INTO settings (key, value, updated_at) VALUES ('practice', 'not json', '${T}')`),
    ).toThrow(/CHECK/);
  });
});

import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { tempPath, track } from '../testing/temp-db';
import { migrate, schemaVersion } from './index';

const T = '2026-01-01T00:00:00.000Z';
const LATER = '2026-01-02T00:00:00.000Z';
let db: Database.Database;

beforeEach(() => {
  db = track(new Database(tempPath()));
  db.pragma('foreign_keys = ON');
  migrate(db, 6);
  db.exec(`INSERT INTO clients (id, given_name, created_at, updated_at) VALUES ('c1', 'Ann', '${T}', '${T}');
           INSERT INTO sessions (id, client_id, started_at, created_at, updated_at) VALUES ('s1', 'c1', '${T}', '${T}', '${T}');
           INSERT INTO sessions (id, client_id, started_at, created_at, updated_at) VALUES ('s2', 'c1', '${LATER}', '${T}', '${T}');
           INSERT INTO marks (id, session_id, kind, view_id, artwork_version, x, y, site_id, created_at, updated_at)
             VALUES ('m1', 's1', 'trigger_point', 'posterior', 1, 0.6, 0.2, 'm1', '${T}', '${T}'),
                    ('m2', 's1', 'trigger_point', 'posterior', 1, 0.3, 0.2, 'm2', '${T}', '${T}');
           INSERT INTO reassessments (session_id, site_id, from_mark_id, resolved_at)
             VALUES ('s2', 'm1', 'm1', NULL), ('s2', 'm2', 'm2', '${LATER}');
           -- written out of order on purpose: the log lists by time, then by id
           INSERT INTO audit_log (id, at, actor, action, entity, entity_id, client_id, changes) VALUES
             ('b', '${LATER}', 'Jo Park', 'update', 'session', 's1', 'c1', '["subjective"]'),
             ('z', '${T}', 'Jo Park', 'create', 'client', 'c1', 'c1', '[]'),
             ('a', '${LATER}', 'Jo Park', 'create', 'mark', 'm2', 'c1', '[]'),
             ('s', '${T}', 'Jo Park', 'update', 'settings', 'settings', NULL, '["practice"]');`);
  migrate(db, 7);
});

describe('migration 7: compact storage', () => {
  it('keeps every audit entry, numbered in the order the log listed them', () => {
    expect(schemaVersion(db)).toBe(7);
    expect(db.prepare('SELECT id, at, entity, entity_id, client_id, changes FROM audit_log ORDER BY id').all()).toEqual(
      [
        { id: 1, at: T, entity: 'settings', entity_id: 'settings', client_id: null, changes: '["practice"]' },
        { id: 2, at: T, entity: 'client', entity_id: 'c1', client_id: 'c1', changes: '[]' },
        { id: 3, at: LATER, entity: 'mark', entity_id: 'm2', client_id: 'c1', changes: '[]' },
        { id: 4, at: LATER, entity: 'session', entity_id: 's1', client_id: 'c1', changes: '["subjective"]' },
      ],
    );
  });

  it('still refuses any change or removal of an audit entry, and numbers new entries after the last', () => {
    expect(() => db.prepare("UPDATE audit_log SET actor = 'someone else'").run()).toThrow(
      /audit log cannot be changed/,
    );
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/audit log cannot be changed/);
    const added = db
      .prepare(
        `INSERT INTO audit_log (at, actor, action, entity, entity_id, client_id) VALUES (?, 'Jo Park', 'create', 'client', 'c2', 'c2')`,
      )
      .run(LATER);
    expect(added.lastInsertRowid).toBe(5);
  });

  it('keeps the points to re-assess, stored once (no rowid table beside the key)', () => {
    expect(db.prepare('SELECT * FROM reassessments ORDER BY site_id').all()).toEqual([
      { session_id: 's2', site_id: 'm1', from_mark_id: 'm1', resolved_at: null },
      { session_id: 's2', site_id: 'm2', from_mark_id: 'm2', resolved_at: LATER },
    ]);
    expect(() => db.prepare('SELECT rowid FROM reassessments').all()).toThrow(/no such column/);
    expect(() =>
      db.prepare("INSERT INTO reassessments (session_id, site_id, from_mark_id) VALUES ('s2', 'm1', 'm1')").run(),
    ).toThrow(/UNIQUE/);
    expect(() =>
      db.prepare("INSERT INTO reassessments (session_id, site_id, from_mark_id) VALUES ('nope', 'm3', 'm1')").run(),
    ).toThrow(/FOREIGN KEY/);
  });

  it('drops the index of marks by site and leaves a sound file', () => {
    const indexes = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index'").pluck().all();
    expect(indexes).not.toContain('marks_by_site');
    expect(indexes).toContain('audit_log_by_client');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});

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
});

function insertClient(id = 'c1'): void {
  db.prepare("INSERT INTO clients (id, given_name, created_at, updated_at) VALUES (?, 'Ann', ?, ?)").run(id, T, T);
}
function insertSession(extra = ''): void {
  db.exec(`INSERT INTO sessions (id, client_id, started_at, created_at, updated_at${extra ? ', ' + extra.split('=')[0] : ''})
           VALUES ('s1', 'c1', '${T}', '${T}', '${T}'${extra ? ', ' + extra.split('=')[1] : ''})`);
}
function insertMark(columns: Record<string, unknown>): void {
  const row = {
    id: 'm1',
    session_id: 's1',
    kind: 'trigger_point',
    view_id: 'posterior',
    artwork_version: 1,
    x: 0.5,
    y: 0.5,
    created_at: T,
    updated_at: T,
    ...columns,
  };
  const keys = Object.keys(row);
  db.prepare(`INSERT INTO marks (${keys.join(', ')}) VALUES (${keys.map((k) => '@' + k).join(', ')})`).run(row);
}

describe('migration 1: initial schema', () => {
  it('records schema version 1', () => {
    expect(schemaVersion(db)).toBe(1);
  });

  it('creates every table of the record as a STRICT table', () => {
    const tables = db
      .prepare("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%'")
      .all();
    expect(tables).toEqual(
      expect.arrayContaining(
        [
          'clients',
          'sessions',
          'marks',
          'referral_zones',
          'exercises',
          'home_care_plan_items',
          'handouts',
          'amendments',
          'audit_log',
        ].map((name) => ({ name, strict: 1 })),
      ),
    );
  });

  it('refuses values of the wrong type (STRICT)', () => {
    expect(() =>
      db
        .prepare(
          "INSERT INTO clients (id, given_name, archived, created_at, updated_at) VALUES ('c9', 'Ann', 'yes', ?, ?)",
        )
        .run(T, T),
    ).toThrow(/cannot store TEXT value in INTEGER column/);
  });

  it('refuses a session for a client that does not exist', () => {
    expect(() => insertSession()).toThrow(/FOREIGN KEY/);
  });

  it('keeps pain scores within 0-10 and signatures complete', () => {
    insertClient();
    expect(() => insertSession('pain_before=11')).toThrow(/CHECK/);
    expect(() => insertSession("status='signed'")).toThrow(/CHECK/);
    insertSession('pain_before=7');
    expect(db.prepare('SELECT pain_before FROM sessions').get()).toEqual({ pain_before: 7 });
  });

  it('keeps mark positions normalised to the view and only satellites linked to a parent', () => {
    insertClient();
    insertSession();
    expect(() => insertMark({ x: 1.2 })).toThrow(/CHECK/);
    expect(() => insertMark({ kind: 'tender_point', activity: 'active' })).toThrow(/CHECK/);
    insertMark({ muscle: 'upper trapezius', activity: 'active', pressure: 7 });
    expect(() => insertMark({ id: 'm2', kind: 'tender_point', parent_mark_id: 'm1' })).toThrow(/CHECK/);
    insertMark({ id: 'm2', kind: 'satellite', parent_mark_id: 'm1' });
    expect(() =>
      db
        .prepare(
          "INSERT INTO referral_zones (id, mark_id, view_id, artwork_version, points, pattern, created_at, updated_at) VALUES ('z1', 'm1', 'posterior', 1, 'not json', 'essential', ?, ?)",
        )
        .run(T, T),
    ).toThrow(/CHECK/);
  });

  it('keeps the audit log append-only', () => {
    db.prepare(
      "INSERT INTO audit_log (id, at, actor, action, entity, entity_id) VALUES ('a1', ?, 'me', 'create', 'client', 'c1')",
    ).run(T);
    expect(() => db.exec("UPDATE audit_log SET actor = 'someone else'")).toThrow(/audit log cannot be changed/);
    expect(() => db.exec('DELETE FROM audit_log')).toThrow(/audit log cannot be changed/);
    expect(db.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual({ n: 1 });
  });
});

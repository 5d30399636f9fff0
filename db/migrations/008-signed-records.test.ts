/**
 * Schema version 8: a signed session and everything that belongs to it is refused below the API,
 * by any SQLite client (here a second plain better-sqlite3 connection to the same file), while a
 * draft still changes; and the audit log is a hash chain, backfilled on an older file and started
 * from AUDIT_CHAIN_START on a fresh one.
 */
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../api/dispatch';
import type { ApiContext } from '../api/handlers';
import type { Envelope, OpInput, OpName, OpResult } from '../api/contract';
import { openDatabase } from '../open';
import {
  AUDIT_CHAIN_SQL,
  AUDIT_CHAIN_START,
  auditHash,
  findAuditChainBreak,
  type AuditChainRow,
} from '../queries/audit-log';
import { createExercise } from '../queries/exercises';
import { chartMark, chartZone, fresh } from '../testing/api';
import { oldSchemaFile } from '../testing/old-schema';
import { ACTOR, clientWithSession, openTempDb, track } from '../testing/temp-db';
import { migrate, schemaVersion } from './index';
import { PROTECTIVE_TRIGGERS } from './008-signed-records';

/** The clock of these tests: a UTC instant, never the real clock. */
const NOW = new Date('2026-11-21T09:30:00.000Z');
const HOUR = 60 * 60 * 1000;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});

afterEach(() => {
  vi.useRealTimers();
});

/**
 * Through the API: a previous visit with a point; this visit with the point carried, a trigger
 * point with a zone, a plan with an exercise and a point to press; signed, amended, a handout
 * given. Then a draft visit of the same client. Returns a second connection ("any SQLite client").
 */
function signedVisitAndDraft() {
  const { db, file } = openTempDb();
  const ctx: ApiContext = { db, actor: ACTOR, databasePath: file, appVersion: 'test' };
  const call = <K extends OpName>(op: K, input: OpInput<K>): OpResult<K> => {
    const reply = dispatch(ctx, op, input) as Envelope<OpResult<K>>;
    if (!reply.ok) throw new Error(`${op} was refused: ${reply.error.message}`);
    return reply.value;
  };
  const { client, session: lastVisit } = clientWithSession(db);
  call('chart.save', { sessionId: lastVisit.id, marks: [fresh(chartMark())], zones: [] });
  const session = call('sessions.create', {
    clientId: client.id,
    startedAt: new Date(NOW.getTime() + HOUR).toISOString(),
  });
  const point = chartMark({ x: 0.4, tenderness: 6 });
  const zone = chartZone(point.id);
  call('chart.save', { sessionId: session.id, marks: [fresh(point)], zones: [fresh(zone)] });
  const exercise = createExercise(db, ACTOR, { name: 'Chin tucks', holdSeconds: 5 });
  const dose = { holdSeconds: 5, repetitions: 10, sets: null, timesPerDay: 3, note: '' };
  call('homeCare.save', {
    sessionId: session.id,
    items: [{ exerciseId: exercise.id, ...dose }],
    points: [{ markId: point.id, holdSeconds: 30, timesPerDay: 2 }],
    note: '',
    nextVisitAt: null,
  });
  call('settings.update', { practitioner: { name: 'Dana Reyes' } });
  call('sessions.sign', { id: session.id });
  const amendment = call('amendments.add', { sessionId: session.id, reason: 'Typo', body: 'Left, not right.' });
  const handout = call('handouts.create', { sessionId: session.id, format: 'print' });
  const draft = call('sessions.create', {
    clientId: client.id,
    startedAt: new Date(NOW.getTime() + 2 * HOUR).toISOString(),
  });
  call('chart.save', { sessionId: draft.id, marks: [fresh(chartMark({ x: 0.3 }))], zones: [] });
  const other = track(new Database(file));
  return { db, file, other, call, client, session, draft, point, zone, exercise, amendment, handout };
}

/** The message SQLite gave when `sql` was refused; fails when it was accepted. */
function refused(db: Database.Database, sql: string, ...params: unknown[]): string {
  try {
    db.prepare(sql).run(...params);
  } catch (error) {
    expect((error as { code?: string }).code).toBe('SQLITE_CONSTRAINT_TRIGGER');
    return (error as Error).message;
  }
  throw new Error(`accepted: ${sql}`);
}

/** Every row of the tables a session owns, to show a refusal changed nothing. */
function snapshot(db: Database.Database) {
  const tables = ['sessions', 'marks', 'referral_zones', 'reassessments', 'home_care_plan_items'];
  const more = ['home_care_points', 'handouts', 'amendments', 'audit_log'];
  return Object.fromEntries([...tables, ...more].map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all()]));
}

describe('a signed session, changed by any SQLite client', () => {
  it('is refused: the session, its marks, zones, re-assessed points, plan, points to press', () => {
    const { other, session, point, zone } = signedVisitAndDraft();
    const before = snapshot(other);
    const signedNote = /^This session is signed and cannot be changed\. Add an amendment instead\.$/;
    expect(refused(other, "UPDATE sessions SET subjective = 'edited' WHERE id = ?", session.id)).toMatch(signedNote);
    expect(
      refused(
        other,
        "UPDATE sessions SET status = 'draft', signed_by = NULL, signed_at = NULL WHERE id = ?",
        session.id,
      ),
    ).toMatch(signedNote);
    expect(refused(other, 'DELETE FROM sessions WHERE id = ?', session.id)).toBe(
      'This session is signed and cannot be deleted.',
    );
    const chart = 'This session is signed, so its chart points cannot be changed. Add an amendment instead.';
    expect(refused(other, 'UPDATE marks SET tenderness = 1 WHERE id = ?', point.id)).toBe(chart);
    expect(refused(other, 'DELETE FROM marks WHERE id = ?', point.id)).toBe(chart);
    expect(
      refused(
        other,
        `INSERT INTO marks (id, session_id, site_id, kind, view_id, artwork_version, x, y, created_at, updated_at)
         SELECT 'extra', session_id, 'extra', kind, view_id, artwork_version, x, y, created_at, updated_at
           FROM marks WHERE id = ?`,
        point.id,
      ),
    ).toBe(chart);
    const zones = /^This session is signed, so its referral zones cannot be changed\./;
    expect(refused(other, "UPDATE referral_zones SET points = '[]' WHERE id = ?", zone.id)).toMatch(zones);
    expect(refused(other, 'DELETE FROM referral_zones WHERE id = ?', zone.id)).toMatch(zones);
    expect(
      refused(
        other,
        `INSERT INTO referral_zones (id, mark_id, view_id, artwork_version, points, pattern, created_at, updated_at)
         VALUES ('extra', ?, 'posterior', 1, '[]', 'spillover', 'x', 'x')`,
        point.id,
      ),
    ).toMatch(zones);
    const carried = /^This session is signed, so the points it re-assessed cannot be changed\./;
    expect(refused(other, "UPDATE reassessments SET resolved_at = 'x' WHERE session_id = ?", session.id)).toMatch(
      carried,
    );
    expect(refused(other, 'DELETE FROM reassessments WHERE session_id = ?', session.id)).toMatch(carried);
    const plan = /^This session is signed, so its home-care plan cannot be changed\./;
    expect(refused(other, 'UPDATE home_care_plan_items SET sets = 9 WHERE session_id = ?', session.id)).toMatch(plan);
    expect(refused(other, 'DELETE FROM home_care_plan_items WHERE session_id = ?', session.id)).toMatch(plan);
    expect(
      refused(
        other,
        `INSERT INTO home_care_plan_items (id, session_id, exercise_id, created_at, updated_at)
         SELECT 'extra', session_id, exercise_id, created_at, updated_at FROM home_care_plan_items WHERE session_id = ?`,
        session.id,
      ),
    ).toMatch(plan);
    const press = /^This session is signed, so its points to press at home cannot be changed\./;
    expect(refused(other, 'UPDATE home_care_points SET hold_seconds = 1 WHERE session_id = ?', session.id)).toMatch(
      press,
    );
    expect(refused(other, 'DELETE FROM home_care_points WHERE session_id = ?', session.id)).toMatch(press);
    expect(snapshot(other)).toEqual(before);
  });

  it('is refused when added already signed, or when a draft’s rows are moved into it', () => {
    const { other, session, draft, client } = signedVisitAndDraft();
    expect(
      refused(
        other,
        `INSERT INTO sessions (id, client_id, started_at, status, signed_by, signed_at, created_at, updated_at)
         VALUES ('backdated', ?, 'x', 'signed', 'Anyone', 'x', 'x', 'x')`,
        client.id,
      ),
    ).toBe('A session is added as a draft and signed afterwards, never added already signed.');
    expect(refused(other, 'UPDATE marks SET session_id = ? WHERE session_id = ?', session.id, draft.id)).toMatch(
      /its chart points cannot be changed/,
    );
  });

  it('keeps its amendments: added, signed once, never changed nor removed', () => {
    const { other, amendment, session } = signedVisitAndDraft();
    const amendments = /^An amendment cannot be changed once added, only signed once\./;
    expect(refused(other, "UPDATE amendments SET body = 'rewritten' WHERE id = ?", amendment.id)).toMatch(amendments);
    expect(refused(other, "UPDATE amendments SET signed_by = 'Someone else' WHERE id = ?", amendment.id)).toMatch(
      amendments,
    );
    expect(refused(other, 'DELETE FROM amendments WHERE id = ?', amendment.id)).toBe(
      'An amendment cannot be removed. Add another amendment instead.',
    );
    // Appending is allowed, and an unsigned amendment is signed once, changing nothing else.
    other
      .prepare(
        "INSERT INTO amendments (id, session_id, reason, body, created_at) VALUES ('late', ?, 'Why', 'What', 'x')",
      )
      .run(session.id);
    other.prepare("UPDATE amendments SET signed_by = 'Dana Reyes', signed_at = 'y' WHERE id = 'late'").run();
    expect(refused(other, "UPDATE amendments SET signed_at = 'z' WHERE id = 'late'")).toMatch(amendments);
    expect(refused(other, "UPDATE amendments SET signed_by = NULL, signed_at = NULL WHERE id = 'late'")).toMatch(
      amendments,
    );
  });

  it('takes a handout given later, but never a change to one', () => {
    const { other, call, handout, session } = signedVisitAndDraft();
    expect(call('handouts.create', { sessionId: session.id, format: 'pdf' }).sessionId).toBe(session.id);
    expect(refused(other, "UPDATE handouts SET format = 'pdf' WHERE id = ?", handout.id)).toBe(
      'A handout given in a signed session cannot be changed.',
    );
    expect(refused(other, 'DELETE FROM handouts WHERE id = ?', handout.id)).toBe(
      'A handout given in a signed session cannot be removed.',
    );
  });

  it('leaves a draft free to change, and lets it be signed by one UPDATE, once', () => {
    const { other, draft } = signedVisitAndDraft();
    other.prepare("UPDATE sessions SET subjective = 'Better today.' WHERE id = ?").run(draft.id);
    other.prepare('UPDATE marks SET tenderness = 3 WHERE session_id = ?').run(draft.id);
    other.prepare('DELETE FROM reassessments WHERE session_id = ?').run(draft.id);
    other
      .prepare("UPDATE sessions SET status = 'signed', signed_by = 'Dana Reyes', signed_at = 'x' WHERE id = ?")
      .run(draft.id);
    expect(
      refused(other, "UPDATE sessions SET status = 'draft', signed_by = NULL, signed_at = NULL WHERE id = ?", draft.id),
    ).toMatch(/is signed and cannot be changed/);
    expect(refused(other, 'UPDATE marks SET tenderness = 4 WHERE session_id = ?', draft.id)).toMatch(/chart points/);
  });
});

describe('the audit chain', () => {
  const chain = (db: Database.Database) => db.prepare(AUDIT_CHAIN_SQL).all() as AuditChainRow[];

  it('starts from AUDIT_CHAIN_START in a fresh file, and every write chains to the one before', () => {
    const { db } = signedVisitAndDraft();
    const rows = chain(db);
    expect(rows.length).toBeGreaterThan(8);
    expect(rows[0]!.prev_hash).toBe(AUDIT_CHAIN_START);
    rows.forEach((row, i) => {
      expect(row.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(row.hash).toBe(auditHash(row.prev_hash, row));
      if (i > 0) expect(row.prev_hash).toBe(rows[i - 1]!.hash);
    });
    expect(findAuditChainBreak(db.prepare(AUDIT_CHAIN_SQL).iterate() as Iterable<AuditChainRow>)).toBeNull();
  });

  it('refuses an entry that does not follow the last one, and one without a hash', () => {
    const { other } = signedVisitAndDraft();
    const insert = `INSERT INTO audit_log (at, actor, action, entity, entity_id, client_id, changes, prev_hash, hash)
                    VALUES ('2020-01-01T00:00:00.000Z', 'nobody', 'delete', 'session', 'x', NULL, '[]', ?, ?)`;
    expect(refused(other, insert, AUDIT_CHAIN_START, 'a'.repeat(64))).toMatch(/must follow the last one/);
    expect(() =>
      other
        .prepare(
          "INSERT INTO audit_log (at, actor, action, entity, entity_id) VALUES ('x', 'nobody', 'delete', 'session', 'x')",
        )
        .run(),
    ).toThrow(/NOT NULL|must follow/);
  });

  it('is backfilled in id order when a version 7 file with entries is opened', () => {
    const file = oldSchemaFile(7);
    const seven = new Database(file);
    const entries = [
      ['2026-01-01T00:00:00.000Z', 'Jo Park', 'create', 'client', 'c1', 'c1', '[]'],
      ['2026-01-03T09:00:00.000Z', 'Jo Park', 'create', 'session', 's1', 'c1', '[]'],
      ['2026-01-03T09:10:00.000Z', 'Jo Park', 'update', 'session', 's1', 'c1', '["subjective"]'],
      ['2026-01-02T00:00:00.000Z', 'Jo Park', 'update', 'settings', 'settings', null, '["practice"]'],
    ];
    const add = seven.prepare(
      'INSERT INTO audit_log (at, actor, action, entity, entity_id, client_id, changes) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    for (const entry of entries) add.run(...entry);
    seven.close();

    const db = track(openDatabase(file));
    expect(schemaVersion(db)).toBe(8);
    const rows = chain(db);
    expect(rows.map((r) => [r.at, r.actor, r.action, r.entity, r.entity_id, r.client_id, r.changes])).toEqual(entries);
    expect(rows.map((r) => r.id)).toEqual([1, 2, 3, 4]);
    expect(rows[0]!.prev_hash).toBe(AUDIT_CHAIN_START);
    expect(findAuditChainBreak(rows)).toBeNull();
    // Still append-only, and the next entry follows the backfilled ones.
    expect(refused(db, 'DELETE FROM audit_log')).toBe('The audit log cannot be changed.');
    expect(refused(db, "UPDATE audit_log SET actor = 'x'")).toBe('The audit log cannot be changed.');
    const { client } = clientWithSession(db);
    const after = chain(db);
    expect(after.length).toBeGreaterThan(4);
    expect(after[4]!.prev_hash).toBe(rows[3]!.hash);
    expect(after.at(-1)!.client_id).toBe(client.id);
    expect(findAuditChainBreak(after)).toBeNull();
  });
});

describe('the triggers', () => {
  it('are in a migrated file exactly as PROTECTIVE_TRIGGERS writes them', () => {
    const db = track(new Database(':memory:'));
    migrate(db);
    const stored = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name = ?");
    for (const { name, sql } of PROTECTIVE_TRIGGERS) expect(stored.get(name), name).toEqual({ name, sql });
  });
});

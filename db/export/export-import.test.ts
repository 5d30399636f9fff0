import { describe, expect, it } from 'vitest';
import { appendAudit, AUDIT_CHAIN_SQL, findAuditChainBreak, type AuditChainRow } from '../queries/audit-log';
import { BUILT_IN_EXERCISES } from '../seed/exercises';
import { openTestApi } from '../testing/api';
import { ACTOR } from '../testing/temp-db';
import { exportAll, exportClient, toJsonText } from './export';
import { exportSchema, TABLE_NAMES, type KnotbookExport, type TableName } from './format';
import { importJson } from './import';
import { fingerprint, makeClientRecord, setUpPractice } from './testing';

function recordedPractice() {
  const api = openTestApi();
  setUpPractice(api);
  const maya = makeClientRecord(api);
  return { ...api, maya };
}

/** Audit entries without their numbers and chain, which each database gives its own. */
const withoutIds = <T extends { id: number; prev_hash?: string | undefined; hash?: string | undefined }>(
  entries: readonly T[],
) => entries.map(({ id: _id, prev_hash: _prev, hash: _hash, ...rest }) => rest);

/** How many rows each table of a file holds. */
const countsOf = (data: KnotbookExport) => Object.fromEntries(TABLE_NAMES.map((t) => [t, data.tables[t]?.length ?? 0]));

/** A file as it would be read back from disk. */
const throughText = (data: KnotbookExport): unknown => JSON.parse(toJsonText(data));

describe('exporting a client', () => {
  it('holds everything of their record, in the format it documents', () => {
    const { db, maya } = recordedPractice();
    const data = exportClient(db, maya.client.id);
    expect(exportSchema.safeParse(data).success).toBe(true);
    expect(data).toMatchObject({
      format: 'knotbook-export',
      formatVersion: 3,
      appSchemaVersion: 8,
      scope: { kind: 'client', clientId: maya.client.id },
    });
    const counts = countsOf(data);
    expect(counts).toEqual({
      clients: 1,
      sessions: 2,
      marks: 3,
      referral_zones: 1,
      reassessments: 2,
      exercises: 1, // the therapist's own; the built-in one is in every Knotbook
      built_in_exercises: 0, // the practice's choices, in an export of everything
      home_care_plan_items: 2,
      home_care_points: 1,
      handouts: 1,
      amendments: 1,
      audit_log: counts.audit_log,
      settings: 0,
    });
    expect(counts.audit_log).toBeGreaterThan(8);
    const [session] = data.tables.sessions;
    // JSON columns are JSON values, not text, so the file reads as it is.
    expect(session).toMatchObject({
      red_flags: { trauma: false, arm_numbness: false },
      perpetuating_factors: ['forward_head', 'stress'],
      ndi: [1, 2, 1, 0, null, 2, 1, 1, 0, 1],
      signed_record: { practitioner: { name: 'Jo Park' } },
      status: 'signed',
    });
    expect(data.tables.referral_zones[0]?.points).toEqual(maya.zone.points);
    expect(data.tables.clients[0]).toMatchObject({ given_name: 'Maya', archived: 0 });
  });

  it('is pretty-printed JSON text', () => {
    const { db, maya } = recordedPractice();
    const text = toJsonText(exportClient(db, maya.client.id));
    expect(text.startsWith('{\n  "format": "knotbook-export",\n  "formatVersion": 3,')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('contains nothing of another client', () => {
    const practice = recordedPractice();
    const { db, maya } = practice;
    const other = makeClientRecord(practice, 'Luis', 'Ortega');
    const text = toJsonText(exportClient(db, maya.client.id));
    const all = exportAll(db);
    const othersIds = new Set<string>();
    const otherSessions = new Set([other.first.id, other.second.id]);
    for (const s of all.tables.sessions) if (s.client_id === other.client.id) othersIds.add(s.id);
    for (const m of all.tables.marks) if (otherSessions.has(m.session_id)) othersIds.add(m.id);
    for (const table of ['referral_zones', 'handouts', 'amendments', 'home_care_plan_items'] as const) {
      for (const row of all.tables[table]) {
        const sessionId = 'session_id' in row ? row.session_id : null;
        const markId = 'mark_id' in row ? row.mark_id : null;
        if ((sessionId && otherSessions.has(sessionId)) || (markId && othersIds.has(markId))) othersIds.add(row.id);
      }
    }
    othersIds.add(other.client.id);
    othersIds.add(other.ownExercise.id);
    expect(othersIds.size).toBeGreaterThan(10);
    for (const id of othersIds) expect(text).not.toContain(id);
    expect(text).not.toContain('Luis');
    expect(text).not.toContain('Ortega');
    expect(text).not.toContain('luis@example.com');
  });

  it('refuses a client that does not exist', () => {
    const { db } = recordedPractice();
    expect(() => exportClient(db, '01900000-0000-7000-8000-000000000000')).toThrow(/could not be found/);
  });
});

describe('importing a client’s export', () => {
  it('into an empty database gives the same rows, with the import recorded in the audit log', () => {
    const source = recordedPractice();
    const data = exportClient(source.db, source.maya.client.id);
    const target = openTestApi();
    const report = importJson(target.db, throughText(data), 'Sam Lee');

    expect(report.imported).toEqual(countsOf(data));
    expect(Object.values(report.alreadyPresent).every((n) => n === 0)).toBe(true);

    const copy = exportClient(target.db, source.maya.client.id);
    for (const table of TABLE_NAMES.filter((t): t is Exclude<TableName, 'audit_log'> => t !== 'audit_log')) {
      expect(copy.tables[table], table).toEqual(data.tables[table]);
    }
    const log = withoutIds(copy.tables.audit_log);
    expect(log.slice(0, -1)).toEqual(withoutIds(data.tables.audit_log));
    expect(log.at(-1)).toMatchObject({
      actor: 'Sam Lee',
      action: 'create',
      entity: 'import',
      client_id: source.maya.client.id,
      changes: TABLE_NAMES.filter((t) => !['settings', 'exercises', 'built_in_exercises'].includes(t)),
    });
    // The therapist's own exercise is the practice's: its import is recorded with no client.
    const practiceEntry = target.db
      .prepare("SELECT actor, changes FROM audit_log WHERE entity = 'import' AND client_id IS NULL")
      .all();
    expect(practiceEntry).toEqual([{ actor: 'Sam Lee', changes: '["exercises"]' }]);
    // The client's page reads it as before.
    expect(target.call('sessions.get', { id: source.maya.first.id }).signedBy).toBe('Jo Park');
    expect(target.call('handouts.get', { id: source.maya.handout.id }).content).toEqual(source.maya.handout.content);
    expect(target.db.pragma('foreign_key_check')).toEqual([]);
  });

  it('into the same database finds everything already present and changes nothing', () => {
    const { db, maya } = recordedPractice();
    const data = exportClient(db, maya.client.id);
    const before = fingerprint(db);
    const report = importJson(db, throughText(data), ACTOR);
    expect(Object.values(report.imported).every((n) => n === 0)).toBe(true);
    expect(report.alreadyPresent).toEqual(countsOf(data));
    expect(fingerprint(db)).toEqual(before);
  });

  it('twice into another database adds the rows once', () => {
    const source = recordedPractice();
    const data = throughText(exportClient(source.db, source.maya.client.id));
    const target = openTestApi();
    importJson(target.db, data, ACTOR);
    const after = fingerprint(target.db);
    const again = importJson(target.db, data, ACTOR);
    expect(Object.values(again.imported).every((n) => n === 0)).toBe(true);
    expect(fingerprint(target.db)).toEqual(after);
  });

  it('takes rows in any order, a satellite before its primary included', () => {
    const source = recordedPractice();
    const data = exportClient(source.db, source.maya.client.id);
    const reversed = throughText(data) as KnotbookExport;
    for (const table of TABLE_NAMES) reversed.tables[table]?.reverse();
    expect(reversed.tables.marks.map((m) => m.kind)).toContain('satellite');
    const target = openTestApi();
    importJson(target.db, reversed, ACTOR);
    const copy = exportClient(target.db, source.maya.client.id);
    expect(copy.tables.marks).toEqual(data.tables.marks);
    expect(target.db.pragma('foreign_key_check')).toEqual([]);
  });

  it('compares content, not the order of the columns or of the keys inside JSON values', () => {
    const { db, maya } = recordedPractice();
    const data = throughText(exportClient(db, maya.client.id)) as KnotbookExport;
    const reorder = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reorder)
        : value !== null && typeof value === 'object'
          ? Object.fromEntries(
              Object.entries(value)
                .reverse()
                .map(([k, v]) => [k, reorder(v)]),
            )
          : value;
    const before = fingerprint(db);
    const report = importJson(db, reorder(data), ACTOR);
    expect(Object.values(report.imported).every((n) => n === 0)).toBe(true);
    expect(fingerprint(db)).toEqual(before);
  });

  it('beside another client adds only what is missing', () => {
    const source = recordedPractice();
    const target = openTestApi();
    setUpPractice(target);
    const other = makeClientRecord(target, 'Luis', 'Ortega');
    importJson(target.db, throughText(exportClient(source.db, source.maya.client.id)), ACTOR);
    expect(target.call('clients.list', {}).map((c) => c.givenName)).toEqual(['Maya', 'Luis']);
    expect(target.call('sessions.listForClient', { clientId: other.client.id })).toHaveLength(2);
  });
});

describe('exporting everything', () => {
  it('round-trips every column of every table, the built-in exercises the therapist hid included', () => {
    const source = recordedPractice();
    makeClientRecord(source, 'Luis', 'Ortega');
    const [hidden, hiddenAndShown] = BUILT_IN_EXERCISES;
    if (!hidden || !hiddenAndShown) throw new Error('no built-in exercises');
    source.call('exercises.setHidden', { id: hidden.id, hidden: true });
    source.call('exercises.setHidden', { id: hiddenAndShown.id, hidden: true });
    source.call('exercises.setHidden', { id: hiddenAndShown.id, hidden: false });
    const data = exportAll(source.db);
    expect(data.scope).toEqual({ kind: 'all' });
    for (const table of TABLE_NAMES) expect(data.tables[table]?.length, table).toBeGreaterThan(0);
    expect(data.tables.settings.map((s) => s.key).sort()).toEqual(['paperSize', 'practice', 'practitioner']);
    expect(data.tables.exercises.every((e) => e.built_in === 0)).toBe(true);
    expect(data.tables.built_in_exercises).toHaveLength(BUILT_IN_EXERCISES.length);
    expect(data.tables.audit_log.some((e) => e.client_id === null)).toBe(true);

    const target = openTestApi();
    const report = importJson(target.db, throughText(data), ACTOR);
    expect(report.imported.settings).toBe(3);
    expect(report.imported.built_in_exercises).toBe(1);
    expect(report.settingsDiffer).toEqual([]);
    const copy = exportAll(target.db);
    for (const table of TABLE_NAMES.filter((t) => t !== 'audit_log' && t !== 'built_in_exercises')) {
      expect(copy.tables[table], table).toEqual(data.tables[table]);
    }
    // Each database added its built-in exercises when it was made: the choices travel, not those times.
    const choices = (file: KnotbookExport) => file.tables.built_in_exercises?.map((e) => [e.id, e.hidden]);
    expect(choices(copy)).toEqual(choices(data));
    const hiddenRow = (file: KnotbookExport) => file.tables.built_in_exercises?.find((e) => e.id === hidden.id);
    expect(hiddenRow(copy)).toEqual(hiddenRow(data));
    expect(target.call('exercises.list', { includeHidden: false }).map((e) => e.id)).not.toContain(hidden.id);

    const imports = withoutIds(copy.tables.audit_log).slice(data.tables.audit_log.length);
    expect(withoutIds(copy.tables.audit_log).slice(0, data.tables.audit_log.length)).toEqual(
      withoutIds(data.tables.audit_log),
    );
    expect(imports.map((e) => [e.entity, e.client_id])).toEqual([
      ['import', source.maya.client.id],
      ['import', data.tables.clients[1]?.id],
      ['import', null],
    ]);
    expect(findAuditChainBreak(target.db.prepare(AUDIT_CHAIN_SQL).iterate() as Iterable<AuditChainRow>)).toBeNull();
    expect(target.call('settings.get', {}).practitioner.name).toBe('Jo Park');
  });

  it('keeps two identical audit entries as two', () => {
    const source = recordedPractice();
    const twin = {
      at: '2026-03-01T09:00:00.000Z',
      actor: 'Jo Park',
      action: 'update' as const,
      entity: 'settings',
      entityId: 'settings',
      clientId: null,
      changes: ['paperSize'],
    };
    appendAudit(source.db, twin);
    appendAudit(source.db, twin);
    const data = exportAll(source.db);
    const target = openTestApi();
    appendAudit(target.db, twin);
    const report = importJson(target.db, throughText(data), ACTOR);
    expect(report.imported.audit_log).toBe(data.tables.audit_log.length - 1);
    expect(report.alreadyPresent.audit_log).toBe(1);
    expect(target.db.prepare('SELECT count(*) FROM audit_log WHERE at = ?').pluck().get(twin.at)).toBe(2);
  });
});

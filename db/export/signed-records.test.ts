/**
 * Signed means signed on the import's path: a file that adds to, leaves out of or differs from a
 * signed session and what is locked with it is refused whole, naming the records; so is one that
 * adds history (audit entries, amendments) to records already here. Handouts may still be added,
 * as the app adds them after signing, and an identical file is "already present".
 */
import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { auditHash, type AuditContent } from '../queries/audit-log';
import { openTestApi } from '../testing/api';
import { ACTOR } from '../testing/temp-db';
import { exportAll, exportClient, toJsonText } from './export';
import { importJson } from './import';
import { fingerprint, makeClientRecord, refusedMessage, setUpPractice } from './testing';

type Row = Record<string, unknown>;
type ExportFile = { scope: Row; tables: Record<string, Row[]> } & Row;

function recorded() {
  const api = openTestApi();
  setUpPractice(api);
  const maya = makeClientRecord(api);
  /** Maya's export (or everything), as a file read back from disk, to spoil. */
  const file = (scope: 'client' | 'all' = 'client') =>
    JSON.parse(toJsonText(scope === 'all' ? exportAll(api.db) : exportClient(api.db, maya.client.id))) as ExportFile;
  return { ...api, maya, file };
}

function rowOf(data: ExportFile, table: string, id: unknown): Row {
  const found = data.tables[table]?.find((r) => r.id === id);
  if (!found) throw new Error(`no ${table} row ${String(id)}`);
  return found;
}

const NEVER = 'Signed records never change. Nothing was imported.';

describe('an import into a signed session', () => {
  const cases: [string, (data: ExportFile, maya: ReturnType<typeof recorded>['maya']) => string][] = [
    [
      'adds a chart point',
      (data, maya) => {
        const id = uuidv7();
        data.tables.marks?.push({ ...rowOf(data, 'marks', maya.trapezius.id), id, site_id: id });
        return `adds a Trigger point on the Upper trapezius (id ${id}) to it. ${NEVER}`;
      },
    ],
    [
      'adds a referral zone',
      (data, maya) => {
        const id = uuidv7();
        data.tables.referral_zones?.push({ ...rowOf(data, 'referral_zones', maya.zone.id), id });
        return `adds a referral zone (id ${id}) to it. ${NEVER}`;
      },
    ],
    [
      'adds an exercise to its home-care plan',
      (data, maya) => {
        const id = uuidv7();
        const item = data.tables.home_care_plan_items?.find((i) => i.session_id === maya.first.id);
        data.tables.home_care_plan_items?.push({ ...item, id, position: 9 });
        return `adds an exercise of a home-care plan (id ${id}) to it. ${NEVER}`;
      },
    ],
    [
      'adds a point to press at home',
      (data, maya) => {
        data.tables.home_care_points?.push({
          session_id: maya.first.id,
          mark_id: maya.satellite.id,
          position: 1,
          hold_seconds: 20,
          times_per_day: 2,
        });
        return `adds a point to press at home (session ${maya.first.id}, chart point ${maya.satellite.id}) to it. ${NEVER}`;
      },
    ],
    [
      'adds a point to re-assess',
      (data, maya) => {
        data.tables.reassessments?.push({
          session_id: maya.first.id,
          site_id: maya.satellite.id,
          from_mark_id: maya.satellite.id,
          resolved_at: null,
        });
        return `adds a point to re-assess (session ${maya.first.id}, site ${maya.satellite.id}) to it. ${NEVER}`;
      },
    ],
    [
      'changes the note',
      (data, maya) => {
        rowOf(data, 'sessions', maya.first.id).subjective = 'Neck fine.';
        return `changes it (subjective). ${NEVER}`;
      },
    ],
    [
      'changes a chart point',
      (data, maya) => {
        rowOf(data, 'marks', maya.trapezius.id).tenderness = 2;
        return `changes a Trigger point on the Upper trapezius (id ${maya.trapezius.id}) of it (tenderness). ${NEVER}`;
      },
    ],
    [
      'changes a dose of its plan',
      (data, maya) => {
        const item = data.tables.home_care_plan_items?.find((i) => i.session_id === maya.first.id);
        if (!item) throw new Error('no plan item');
        item.repetitions = 12;
        return `changes an exercise of a home-care plan (id ${String(item.id)}) of it (repetitions). ${NEVER}`;
      },
    ],
    [
      'leaves out a chart point',
      (data, maya) => {
        data.tables.marks = data.tables.marks?.filter((m) => m.id !== maya.satellite.id) ?? [];
        return `leaves out a Satellite point on the Upper trapezius (id ${maya.satellite.id}) of it. ${NEVER}`;
      },
    ],
    [
      'leaves out its referral zone',
      (data) => {
        const [zone] = data.tables.referral_zones ?? [];
        data.tables.referral_zones = [];
        return `leaves out a referral zone (id ${String(zone?.id)}) of it. ${NEVER}`;
      },
    ],
  ];

  for (const [name, spoil] of cases) {
    it(`is refused, naming the session and the record: ${name}`, () => {
      const { db, maya, file } = recorded();
      const data = file();
      const ending = spoil(data, maya);
      const session = `The session of 2026-03-02 (id ${maya.first.id}) is signed; this file `;
      expect(refusedMessage(db, data)).toBe(`${session}${ending}`);
      // The same in another database that imported the record before.
      const target = openTestApi();
      importJson(target.db, file(), ACTOR);
      expect(refusedMessage(target.db, data)).toBe(`${session}${ending}`);
    });
  }

  it('is refused in an export of everything too', () => {
    const { db, maya, file } = recorded();
    const data = file('all');
    const id = uuidv7();
    data.tables.marks?.push({ ...rowOf(data, 'marks', maya.trapezius.id), id, site_id: id });
    expect(refusedMessage(db, data)).toMatch(/is signed; this file adds a Trigger point on the Upper trapezius/);
  });

  it('is refused when this database has the session as a draft and the file has it signed', () => {
    const { db, call, maya, file } = recorded();
    const draft = call('sessions.create', {
      clientId: maya.client.id,
      startedAt: new Date(2026, 3, 1, 9).toISOString(),
    });
    const data = file();
    const signed = rowOf(data, 'sessions', draft.id);
    Object.assign(signed, {
      status: 'signed',
      signed_by: 'Someone Else',
      signed_at: '2026-04-01T12:00:00.000Z',
      signed_record: rowOf(data, 'sessions', maya.first.id).signed_record,
    });
    expect(refusedMessage(db, data)).toBe(
      `The session of 2026-04-01 (id ${draft.id}) is a draft here, but this file has it signed (status, signed_by, signed_at, signed_record). Sign it in Knotbook itself: an import never changes a record already here. Nothing was imported.`,
    );
  });

  it('accepts a handout given after signing, as Knotbook itself records one', () => {
    const { db, maya, file } = recorded();
    const data = file();
    const id = uuidv7();
    data.tables.handouts?.push({ ...rowOf(data, 'handouts', maya.handout.id), id, format: 'pdf', file_name: 'x.pdf' });
    const report = importJson(db, data, ACTOR);
    expect(report.imported).toMatchObject({ handouts: 1, marks: 0 });
    expect(db.prepare('SELECT format FROM handouts WHERE id = ?').pluck().get(id)).toBe('pdf');
  });

  it('adds a signed session new here whole, signed as the file has it', () => {
    const { call, maya, file } = recorded();
    const target = openTestApi();
    importJson(target.db, file(), ACTOR);
    const session = target.call('sessions.get', { id: maya.first.id });
    expect(session).toEqual(call('sessions.get', { id: maya.first.id }));
    expect(session).toMatchObject({ status: 'signed', signedBy: 'Jo Park' });
    expect(target.call('chart.get', { sessionId: maya.first.id }).marks).toHaveLength(2);
    // Below the API the database now refuses any change to it.
    expect(() => target.db.prepare('UPDATE sessions SET subjective = ? WHERE id = ?').run('x', maya.first.id)).toThrow(
      /signed/,
    );
  });
});

describe('an import that adds history to records already here', () => {
  it('refuses an amendment to a session already here', () => {
    const { db, maya, file } = recorded();
    const data = file();
    const id = uuidv7();
    data.tables.amendments?.push({
      ...rowOf(data, 'amendments', maya.amendment.id),
      id,
      reason: 'Backdated',
      created_at: new Date(2026, 2, 3, 10).toISOString(),
      signed_by: 'Anyone',
    });
    expect(refusedMessage(db, data)).toBe(
      `The session of 2026-03-02 (id ${maya.first.id}) is already here; this file adds the amendment of 2026-03-03 (id ${id}) to it. An import never adds history to records already here: write the amendment in Knotbook itself. Nothing was imported.`,
    );
  });

  it('refuses a backdated audit entry about a record here, by an actor who never worked here', () => {
    const { db, maya, file } = recorded();
    const data = file();
    const log = data.tables.audit_log ?? [];
    const last = log.at(-1);
    const content: AuditContent = {
      at: new Date(2026, 0, 5, 8, 15).toISOString(),
      actor: 'Nobody',
      action: 'delete',
      entity: 'session',
      entity_id: maya.first.id,
      client_id: maya.client.id,
      changes: '[]',
    };
    const prev = String(last?.hash);
    log.push({ id: 99999, ...content, changes: [], prev_hash: prev, hash: auditHash(prev, content) });
    expect(refusedMessage(db, data)).toBe(
      `The audit log of this file adds history to the session of 2026-03-02 (id ${maya.first.id}), which is already here: entry 99999 of this file (2026-01-05 08:15, “delete” by Nobody). An import never adds history to records already here. Nothing was imported.`,
    );
  });

  it('accepts an identical file again as already present, changing nothing', () => {
    const { db, file } = recorded();
    for (const scope of ['client', 'all'] as const) {
      const before = fingerprint(db);
      const report = importJson(db, file(scope), ACTOR);
      expect(Object.values(report.imported).every((n) => n === 0)).toBe(true);
      expect(report.settingsDiffer).toEqual([]);
      expect(fingerprint(db)).toEqual(before);
    }
  });
});

describe('the audit entries an import writes', () => {
  it('record the import once for each client it touched, in that client’s log', () => {
    const source = recorded();
    const luis = makeClientRecord(source, 'Luis', 'Ortega');
    const target = openTestApi();
    importJson(target.db, source.file('all'), ACTOR);
    // Later, one new visit for Luis only.
    source.call('sessions.create', { clientId: luis.client.id, startedAt: new Date(2026, 3, 2, 9).toISOString() });
    const before = target.db.prepare('SELECT max(id) FROM audit_log').pluck().get() as number;
    importJson(target.db, source.file('all'), 'Sam Lee');
    const imports = target.db
      .prepare("SELECT actor, client_id, changes FROM audit_log WHERE id > ? AND entity = 'import'")
      .all(before);
    expect(imports).toEqual([
      { actor: 'Sam Lee', client_id: luis.client.id, changes: '["sessions","reassessments","audit_log"]' },
    ]);
    const luisLog = target.call('audit.listForClient', { clientId: luis.client.id });
    expect(luisLog.at(-1)).toMatchObject({ entity: 'import', actor: 'Sam Lee' });
    expect(target.call('audit.listForClient', { clientId: source.maya.client.id }).at(-1)?.actor).toBe(ACTOR);
  });
});

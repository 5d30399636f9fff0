import { describe, expect, it } from 'vitest';
import { listAuditForClient } from '../queries/audit-log';
import { chartMark, chartZone, fresh } from '../testing/api';
import { ACTOR, clientWithSession, openTempDb } from '../testing/temp-db';
import type { ChartSnapshot, Envelope } from './contract';
import { dispatch } from './dispatch';

function setup() {
  const { db, file } = openTempDb();
  const { client, session } = clientWithSession(db);
  const ctx = { db, actor: ACTOR, databasePath: file, appVersion: 'test' };
  const call = (op: string, input: unknown) => dispatch(ctx, op, input) as Envelope<Record<string, unknown>>;
  const chart = (): ChartSnapshot => {
    const result = call('chart.get', { sessionId: session.id });
    if (!result.ok) throw new Error(result.error.message);
    return result.value as unknown as ChartSnapshot;
  };
  return { db, client, session, call, chart };
}

const mark = chartMark;
const zone = chartZone;

describe('chart.save and chart.get', () => {
  it('saves a trigger point with a satellite sent before it and a zone, and reads them back', () => {
    const { session, call } = setup();
    const primary = mark();
    const satellite = mark({ kind: 'satellite', activity: 'latent', parentMarkId: primary.id, x: 0.64 });
    const essential = zone(primary.id);
    const saved = call('chart.save', {
      sessionId: session.id,
      marks: [fresh(satellite), fresh(primary)],
      zones: [fresh(essential)],
    });
    expect(saved).toEqual({ ok: true, value: { versions: { [primary.id]: 1, [satellite.id]: 1, [essential.id]: 1 } } });
    const chart = call('chart.get', { sessionId: session.id });
    expect(chart.ok && chart.value).toMatchObject({
      editable: true,
      marks: [
        { ...primary, version: 1 },
        { ...satellite, version: 1 },
      ],
      zones: [{ ...essential, version: 1 }],
    });
  });

  it('refuses an edit based on an old version (another window saved first) and changes nothing', () => {
    const { session, call } = setup();
    const primary = mark();
    call('chart.save', { sessionId: session.id, marks: [fresh(primary)], zones: [] });
    expect(
      call('chart.save', {
        sessionId: session.id,
        marks: [{ record: { ...primary, tenderness: 8 }, baseVersion: 1 }],
        zones: [],
      }).ok,
    ).toBe(true);
    const stale = call('chart.save', {
      sessionId: session.id,
      marks: [{ record: { ...primary, tenderness: 3 }, baseVersion: 1 }],
      zones: [],
    });
    expect(stale).toEqual({
      ok: false,
      error: { code: 'conflict', message: expect.stringMatching(/changed in another window/) },
    });
    const chart = call('chart.get', { sessionId: session.id });
    expect(chart.ok && chart.value.marks).toMatchObject([{ tenderness: 8, version: 2 }]);
  });

  it.each([
    [
      'a satellite without a primary',
      () => ({ marks: [fresh(mark({ kind: 'satellite', activity: 'latent' }))], zones: [] }),
      /A satellite must be linked to a trigger point/,
    ],
    [
      'a zone with two points',
      () => {
        const primary = mark();
        return {
          marks: [fresh(primary)],
          zones: [
            fresh(
              zone(primary.id, {
                points: [
                  [0.1, 0.1],
                  [0.2, 0.2],
                ],
              }),
            ),
          ],
        };
      },
      /Zone outline needs at least 3 points/,
    ],
    ['a mark off the chart', () => ({ marks: [fresh(mark({ x: 1.4 }))], zones: [] }), /Position must be on the chart/],
    [
      'a pressure above 10',
      () => ({ marks: [fresh(mark({ pressure: 11 }))], zones: [] }),
      /Pressure must be at most 10/,
    ],
    [
      'an unknown view',
      () => ({ marks: [fresh({ ...mark(), viewId: 'sideways' })], zones: [] }),
      /Chart view must be one of/,
    ],
    [
      'a zone for a tender point',
      () => {
        const tender = mark({ kind: 'tender_point', activity: null });
        return { marks: [fresh(tender)], zones: [fresh(zone(tender.id))] };
      },
      /must belong to a trigger point or satellite/,
    ],
  ])('refuses %s with a plain message and saves nothing', (_name, build, message) => {
    const { db, session, call } = setup();
    const result = call('chart.save', { sessionId: session.id, ...build() });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toMatch(message);
    expect(db.prepare('SELECT count(*) FROM marks').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM referral_zones').pluck().get()).toBe(0);
  });

  it('refuses deleting a primary while a live satellite still points at it', () => {
    const { session, call } = setup();
    const primary = mark();
    const satellite = mark({ kind: 'satellite', parentMarkId: primary.id });
    call('chart.save', { sessionId: session.id, marks: [fresh(primary), fresh(satellite)], zones: [] });
    const result = call('chart.save', {
      sessionId: session.id,
      marks: [{ record: { ...primary, deleted: true }, baseVersion: 1 }],
      zones: [],
    });
    expect(!result.ok && result.error.message).toMatch(/A satellite must be linked/);
  });

  it('still refuses, in a later save of one mark, turning a trigger point with a zone into a tender point', () => {
    const { db, session, call } = setup();
    const primary = mark();
    call('chart.save', { sessionId: session.id, marks: [fresh(primary)], zones: [fresh(zone(primary.id))] });
    const result = call('chart.save', {
      sessionId: session.id,
      marks: [{ record: { ...primary, kind: 'tender_point', activity: null }, baseVersion: 1 }],
      zones: [],
    });
    expect(!result.ok && result.error.message).toMatch(/must belong to a trigger point or satellite/);
    expect(db.prepare('SELECT kind FROM marks').pluck().get()).toBe('trigger_point');
  });

  it('still refuses, in a later save, pointing a satellite at a mark that is not a live primary', () => {
    const { session, call } = setup();
    const primary = mark();
    const other = mark();
    const satellite = mark({ kind: 'satellite', parentMarkId: primary.id });
    call('chart.save', {
      sessionId: session.id,
      marks: [fresh(primary), fresh(other), fresh(satellite)],
      zones: [],
    });
    call('chart.save', {
      sessionId: session.id,
      marks: [{ record: { ...other, deleted: true }, baseVersion: 1 }],
      zones: [],
    });
    const result = call('chart.save', {
      sessionId: session.id,
      marks: [{ record: { ...satellite, parentMarkId: other.id }, baseVersion: 1 }],
      zones: [],
    });
    expect(!result.ok && result.error.message).toMatch(/A satellite must be linked/);
  });

  it('refuses, in plain words, a deleted satellite whose primary does not exist (an undo of a lost point)', () => {
    const { db, session, call } = setup();
    const ghost = mark({ kind: 'satellite', parentMarkId: mark().id, deleted: true });
    const result = call('chart.save', { sessionId: session.id, marks: [fresh(ghost)], zones: [] });
    expect(!result.ok && result.error).toMatchObject({ code: 'invalid_input', message: /A satellite must be linked/ });
    expect(db.prepare('SELECT count(*) FROM marks').pluck().get()).toBe(0);
  });

  it('saves an edit of every field of a mark, one field at a time and all at once', () => {
    const { session, call, chart } = setup();
    const primary = mark();
    const original = mark({ kind: 'satellite', activity: 'latent', parentMarkId: primary.id });
    call('chart.save', { sessionId: session.id, marks: [fresh(primary), fresh(original)], zones: [] });
    const other = mark();
    call('chart.save', { sessionId: session.id, marks: [fresh(other)], zones: [] });
    const edited = {
      ...original,
      activity: 'active',
      viewId: 'anterior',
      artworkVersion: 2,
      x: 0.31,
      y: 0.44,
      muscle: 'Levator scapulae',
      side: 'left',
      parentMarkId: other.id,
      pressure: 6,
      pressureKgCm2: 4.5,
      pptKgCm2: 3.2,
      holdSeconds: 90,
      repetitions: 3,
      technique: 'ischemic_compression',
      tenderness: 7,
      tendernessAfter: 2,
      jumpSign: true,
      twitchResponse: false,
      referredPainReproduced: true,
      referredPainWhere: 'Behind the eye',
      release: 'partial',
      note: 'Eased with breathing.',
    } as const;
    let version = 1;
    for (const [field, value] of Object.entries(edited)) {
      const result = call('chart.save', {
        sessionId: session.id,
        marks: [{ record: { ...original, [field]: value }, baseVersion: version }],
        zones: [],
      });
      expect(result.ok, field).toBe(true);
      version++;
      const saved = chart().marks.find((m) => m.id === original.id);
      expect(saved, field).toMatchObject({ [field]: value });
      // and back, so the next field starts from the original
      call('chart.save', { sessionId: session.id, marks: [{ record: original, baseVersion: version }], zones: [] });
      version++;
    }
    call('chart.save', { sessionId: session.id, marks: [{ record: edited, baseVersion: version }], zones: [] });
    expect(chart().marks.find((m) => m.id === original.id)).toEqual({ ...edited, version: version + 1 });
  });

  it('keeps deleted marks out of the chart but in the file, and can bring them back', () => {
    const { db, session, call, chart } = setup();
    const primary = mark();
    call('chart.save', { sessionId: session.id, marks: [fresh(primary)], zones: [] });
    call('chart.save', {
      sessionId: session.id,
      marks: [{ record: { ...primary, deleted: true }, baseVersion: 1 }],
      zones: [],
    });
    expect(chart().marks).toEqual([]);
    expect(db.prepare('SELECT count(*) FROM marks').pluck().get()).toBe(1);
    call('chart.save', { sessionId: session.id, marks: [{ record: primary, baseVersion: 2 }], zones: [] });
    expect(chart().marks).toHaveLength(1);
  });

  it('writes who created, changed and deleted each mark, with the fields changed', () => {
    const { db, client, session, call } = setup();
    const primary = mark();
    const edited = { ...primary, pressure: 7, tenderness: 8 };
    call('chart.save', { sessionId: session.id, marks: [fresh(primary)], zones: [] });
    call('chart.save', { sessionId: session.id, marks: [{ record: edited, baseVersion: 1 }], zones: [] });
    call('chart.save', {
      sessionId: session.id,
      marks: [{ record: { ...edited, deleted: true }, baseVersion: 2 }],
      zones: [],
    });
    const entries = listAuditForClient(db, client.id).filter((e) => e.entity === 'mark');
    expect(entries.map((e) => [e.action, e.actor, e.changes])).toEqual([
      ['create', ACTOR, []],
      ['update', ACTOR, ['pressure', 'tenderness']],
      ['delete', ACTOR, ['deleted']],
    ]);
  });

  it('refuses every change to the chart of a signed session', () => {
    const { db, session, call, chart } = setup();
    db.prepare(
      "UPDATE sessions SET status = 'signed', signed_by = 'X', signed_at = '2026-11-21T10:00:00.000Z' WHERE id = ?",
    ).run(session.id);
    const result = call('chart.save', { sessionId: session.id, marks: [fresh(mark())], zones: [] });
    expect(result).toEqual({ ok: false, error: { code: 'read_only', message: expect.stringMatching(/signed/) } });
    expect(chart().editable).toBe(false);
  });
});

/**
 * Carry-forward through the API: a new session is opened with the previous visit's trigger points
 * to re-assess; each is charted again on its site (still present), marked resolved, or left
 * waiting, and the site id follows the same point from visit to visit.
 */
import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { chartMark as mark, fresh, openTestApi } from '../testing/api';
import type { ChartMark } from './contract';

const VISIT_1 = '2026-10-05T09:00:00.000Z';
const VISIT_2 = '2026-10-12T09:00:00.000Z';
const VISIT_3 = '2026-10-19T09:00:00.000Z';

function setup() {
  const { db, call, refusal } = openTestApi();
  const client = call('clients.create', { givenName: 'Maya', familyName: 'Okafor' });
  const visit = (startedAt: string) => call('sessions.create', { clientId: client.id, startedAt });
  const chart = (sessionId: string) => call('chart.get', { sessionId });
  const save = (sessionId: string, ...marks: ChartMark[]) =>
    call('chart.save', { sessionId, marks: marks.map(fresh), zones: [] });
  const audit = () => call('audit.listForClient', { clientId: client.id });

  // Visit 1: two trigger points and a note pin.
  const first = visit(VISIT_1);
  const trapezius = mark({ tenderness: 7, tendernessAfter: 3, pptKgCm2: 2.5 });
  const levator = mark({
    muscle: 'Levator scapulae',
    activity: 'latent',
    side: 'left',
    viewId: 'head-neck-posterior',
    x: 0.31,
    y: 0.44,
    tenderness: 5,
  });
  const pin = mark({ kind: 'note_pin', activity: null, muscle: null, side: null, x: 0.5, y: 0.5, note: 'Old scar' });
  save(first.id, trapezius, levator, pin);
  return { db, client, call, refusal, visit, chart, save, audit, first, trapezius, levator, pin };
}

describe('carry-forward of trigger points', () => {
  it('opens the next visit with the last visit’s trigger points to re-assess, not its note pins', () => {
    const { visit, chart, first, trapezius, levator } = setup();
    const second = visit(VISIT_2);
    const snapshot = chart(second.id);
    expect(snapshot.marks).toEqual([]);
    expect(snapshot.carried).toEqual([
      {
        siteId: trapezius.id,
        fromMarkId: trapezius.id,
        fromSessionId: first.id,
        fromStartedAt: VISIT_1,
        fromParentMarkId: null,
        kind: 'trigger_point',
        activity: 'active',
        viewId: 'posterior',
        artworkVersion: 1,
        x: 0.62,
        y: 0.19,
        muscle: 'Upper trapezius',
        side: 'right',
        tenderness: 7,
        tendernessAfter: 3,
        pptKgCm2: 2.5,
        resolvedAt: null,
      },
      expect.objectContaining({
        siteId: levator.id,
        fromMarkId: levator.id,
        activity: 'latent',
        viewId: 'head-neck-posterior',
        x: 0.31,
        y: 0.44,
        muscle: 'Levator scapulae',
        side: 'left',
        tenderness: 5,
      }),
    ]);
  });

  it('carries nothing into a client’s first visit, whatever other clients have charted', () => {
    const { call } = setup();
    const other = call('clients.create', { givenName: 'Sam' });
    const session = call('sessions.create', { clientId: other.id, startedAt: VISIT_2 });
    expect(call('chart.get', { sessionId: session.id }).carried).toEqual([]);
  });

  it('charts a carried point as still present on its site, beside a new point with a site of its own', () => {
    const { visit, chart, save, trapezius, levator } = setup();
    const second = visit(VISIT_2);
    const again = mark({ siteId: trapezius.siteId, x: 0.6, tenderness: 4 });
    const brandNew = mark({ muscle: 'Splenius capitis', x: 0.55 });
    save(second.id, again, brandNew);
    const snapshot = chart(second.id);
    expect(snapshot.marks.map((m) => [m.id, m.siteId, m.tenderness])).toEqual([
      [again.id, trapezius.id, 4],
      [brandNew.id, brandNew.id, null],
    ]);
    const present = new Set(snapshot.marks.map((m) => m.siteId));
    expect(snapshot.carried.map((p) => [p.siteId, present.has(p.siteId), p.resolvedAt])).toEqual([
      [trapezius.id, true, null],
      [levator.id, false, null],
    ]);
  });

  it.each([
    ['a made-up site', () => uuidv7()],
    ['the site of last visit’s note pin, which was not carried', (pinId: string) => pinId],
  ])('refuses a mark on %s and saves nothing', (_name, siteOf) => {
    const { db, visit, chart, refusal, audit, pin } = setup();
    const second = visit(VISIT_2);
    const log = audit();
    const stray = mark({ siteId: siteOf(pin.id) });
    expect(refusal('chart.save', { sessionId: second.id, marks: [fresh(stray)], zones: [] })).toEqual({
      code: 'invalid_input',
      message: 'That point was not carried over from the previous visit.',
    });
    expect(chart(second.id).marks).toEqual([]);
    expect(db.prepare('SELECT count(*) FROM marks WHERE session_id = ?').pluck().get(second.id)).toBe(0);
    expect(audit()).toEqual(log);
  });

  it('refuses two live marks on one carried site, in one save or two', () => {
    const { visit, chart, save, refusal, trapezius } = setup();
    const second = visit(VISIT_2);
    const [a, b] = [mark({ siteId: trapezius.id }), mark({ siteId: trapezius.id, x: 0.7 })];
    const refused = { code: 'invalid_input', message: 'That point from the previous visit is already on this chart.' };
    expect(refusal('chart.save', { sessionId: second.id, marks: [fresh(a), fresh(b)], zones: [] })).toEqual(refused);
    expect(chart(second.id).marks).toEqual([]);
    save(second.id, a);
    expect(refusal('chart.save', { sessionId: second.id, marks: [fresh(b)], zones: [] })).toEqual(refused);
    expect(chart(second.id).marks.map((m) => m.id)).toEqual([a.id]);
  });

  it('marks a carried point resolved, takes that back, and refuses it while the point is charted', () => {
    const { call, visit, chart, save, refusal, trapezius, levator } = setup();
    const second = visit(VISIT_2);
    const resolve = (siteId: string, resolved: boolean) =>
      call('chart.resolveSite', { sessionId: second.id, siteId, resolved });

    const resolved = resolve(levator.id, true);
    expect(resolved).toMatchObject({ siteId: levator.id, fromMarkId: levator.id });
    expect(Date.parse(resolved.resolvedAt ?? '')).not.toBeNaN();
    expect(chart(second.id).carried.find((p) => p.siteId === levator.id)?.resolvedAt).toBe(resolved.resolvedAt);
    expect(resolve(levator.id, true).resolvedAt).toBe(resolved.resolvedAt);
    expect(resolve(levator.id, false).resolvedAt).toBeNull();
    expect(chart(second.id).carried.every((p) => p.resolvedAt === null)).toBe(true);

    const present = mark({ siteId: trapezius.id });
    save(second.id, present);
    expect(refusal('chart.resolveSite', { sessionId: second.id, siteId: trapezius.id, resolved: true })).toEqual({
      code: 'conflict',
      message: expect.stringMatching(/charted as still present/),
    });
    expect(chart(second.id).carried.find((p) => p.siteId === trapezius.id)?.resolvedAt).toBeNull();

    // Taken off the chart, it can be resolved; charted again, the "resolved" is taken back.
    call('chart.save', {
      sessionId: second.id,
      marks: [{ record: { ...present, deleted: true }, baseVersion: 1 }],
      zones: [],
    });
    expect(resolve(trapezius.id, true).resolvedAt).not.toBeNull();
    call('chart.save', { sessionId: second.id, marks: [{ record: present, baseVersion: 2 }], zones: [] });
    expect(chart(second.id).carried.find((p) => p.siteId === trapezius.id)?.resolvedAt).toBeNull();
  });

  it('refuses to resolve a point that was not carried into this visit', () => {
    const { visit, refusal, pin } = setup();
    const second = visit(VISIT_2);
    expect(refusal('chart.resolveSite', { sessionId: second.id, siteId: pin.id, resolved: true }).code).toBe(
      'not_found',
    );
  });

  it('follows one site over three visits, and keeps offering a point that was not re-assessed', () => {
    const { visit, chart, save, trapezius, levator, first } = setup();
    const second = visit(VISIT_2);
    const again = mark({ siteId: trapezius.id, tenderness: 4 });
    save(second.id, again);
    const third = visit(VISIT_3);
    expect(chart(third.id).carried).toEqual([
      expect.objectContaining({
        siteId: trapezius.id,
        fromMarkId: again.id,
        fromSessionId: second.id,
        fromStartedAt: VISIT_2,
        tenderness: 4,
      }),
      // Left waiting at visit 2: still offered, as it was last charted (visit 1).
      expect.objectContaining({ siteId: levator.id, fromMarkId: levator.id, fromSessionId: first.id }),
    ]);
    save(third.id, mark({ siteId: trapezius.id, tenderness: 2 }));
    expect(chart(third.id).marks.map((m) => m.siteId)).toEqual([trapezius.id]);
  });

  it('does not offer again a point resolved at the last visit', () => {
    const { visit, chart, call, levator } = setup();
    const second = visit(VISIT_2);
    call('chart.resolveSite', { sessionId: second.id, siteId: levator.id, resolved: true });
    const third = visit(VISIT_3);
    expect(chart(third.id).carried.map((p) => p.siteId)).toEqual([expect.any(String)]);
    expect(chart(third.id).carried.map((p) => p.siteId)).not.toContain(levator.id);
  });

  it('passes over an empty visit in between (a session started by mistake)', () => {
    const { db, visit, chart, trapezius, levator } = setup();
    const empty = visit(VISIT_2);
    db.prepare('DELETE FROM reassessments WHERE session_id = ?').run(empty.id);
    const third = visit(VISIT_3);
    expect(chart(third.id).carried.map((p) => p.siteId)).toEqual([trapezius.id, levator.id]);
  });

  it('stops offering a point left waiting at two visits in a row', () => {
    const { visit, chart, save, trapezius, levator } = setup();
    for (const day of ['2026-10-12', '2026-10-19', '2026-10-26']) {
      const next = visit(`${day}T09:00:00.000Z`);
      const carried = chart(next.id).carried.find((p) => p.siteId === trapezius.id);
      if (!carried) throw new Error('the trapezius point should be offered');
      save(next.id, mark({ siteId: trapezius.id }));
    }
    // Levator: charted at visit 1, skipped at visits 2 and 3, so not offered at visit 4.
    const fifth = visit('2026-11-02T09:00:00.000Z');
    expect(chart(fifth.id).carried.map((p) => p.siteId)).toEqual([trapezius.id]);
    expect(chart(fifth.id).carried.map((p) => p.siteId)).not.toContain(levator.id);
  });
});

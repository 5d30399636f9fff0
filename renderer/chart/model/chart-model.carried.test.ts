import { describe, expect, it, vi } from 'vitest';
import { UNRECORDED_FINDINGS } from '../../../db/api/chart-schema';
import { ChartSaver, type ChartSaveInput } from './saver';
import { MESSAGES } from './types';
import { SESSION_ID, carriedPoint, id, makeModel, ok, savedMark } from './test-fixtures';

const RESOLVED_AT = '2025-03-11T15:20:00.000Z';

/** Last visit: trigger points 1 (back) and 2 (right side view), tender point 3. */
function chartWithCarried(fields: Parameters<typeof makeModel>[0] = {}) {
  return makeModel({
    carried: [
      carriedPoint(1),
      carriedPoint(2, { viewId: 'right-lateral', x: 0.4, y: 0.3, activity: 'latent', muscle: 'Levator scapulae' }),
      carriedPoint(3, { kind: 'tender_point', activity: null, x: 0.3, y: 0.5, muscle: null, side: null }),
    ],
    ...fields,
  });
}

describe('points carried from the last visit', () => {
  it('start waiting, and the waiting ones of a view are the ones drawn faded on it', () => {
    const { model } = chartWithCarried();
    expect(model.carriedPoints().map((p) => p.siteId)).toEqual([id(1), id(2), id(3)]);
    expect(model.carriedState(id(1))).toBe('waiting');
    expect(model.waitingCarried('posterior').map((p) => p.siteId)).toEqual([id(1), id(3)]);
    expect(model.waitingCarried('right-lateral').map((p) => p.siteId)).toEqual([id(2)]);
    expect(model.waitingCarried('anterior')).toEqual([]);
    expect(model.visibleMarks()).toEqual([]);
  });

  it('still present: a new mark on the same site, where it was, with nothing recorded yet, selected', () => {
    const { model } = chartWithCarried();
    const { mark } = ok(model.markStillPresent(id(2)));
    expect(mark).toEqual({
      id: id(100),
      siteId: id(2),
      kind: 'trigger_point',
      activity: 'latent',
      viewId: 'right-lateral',
      artworkVersion: 1,
      x: 0.4,
      y: 0.3,
      muscle: 'Levator scapulae',
      side: 'right',
      parentMarkId: null,
      ...UNRECORDED_FINDINGS,
      deleted: false,
    });
    expect(model.selectedId).toBe(mark.id);
    expect(model.carriedState(id(2))).toBe('present');
    expect(model.presentMarkFor(id(2))).toEqual(mark);
    expect(model.carriedFor(mark)).toMatchObject({ siteId: id(2), tenderness: 7, pptKgCm2: 2.4 });
    expect(model.waitingCarried('right-lateral')).toEqual([]);
    expect(model.takeDirty().marks).toEqual([mark.id]);
  });

  it('is one undo step: undo makes the point waiting again, redo present again', () => {
    const { model } = chartWithCarried();
    const { mark } = ok(model.markStillPresent(id(1)));
    ok(model.undo());
    expect(model.carriedState(id(1))).toBe('waiting');
    expect(model.getMark(mark.id)?.deleted).toBe(true);
    expect(model.selectedId).toBeNull();
    expect(model.canUndo).toBe(false);
    ok(model.redo());
    expect(model.carriedState(id(1))).toBe('present');
  });

  it('removing the new mark from the chart makes the point waiting again', () => {
    const { model } = chartWithCarried();
    const { mark } = ok(model.markStillPresent(id(1)));
    ok(model.deleteMark(mark.id));
    expect(model.carriedState(id(1))).toBe('waiting');
    ok(model.markStillPresent(id(1)));
    expect(model.carriedState(id(1))).toBe('present');
  });

  it('a site already charted, an unknown site, a resolved point and a signed chart are refused', () => {
    const { model } = chartWithCarried();
    ok(model.markStillPresent(id(1)));
    const version = model.getVersion();
    expect(model.markStillPresent(id(1))).toEqual({ ok: false, message: MESSAGES.alreadyCharted });
    expect(model.markStillPresent(id(9))).toEqual({ ok: false, message: MESSAGES.notCarried });
    ok(model.setCarriedResolved(id(2), RESOLVED_AT));
    expect(model.markStillPresent(id(2))).toEqual({ ok: false, message: MESSAGES.carriedResolved });
    expect(model.getVersion()).toBe(version + 1);
    expect(model.visibleMarks()).toHaveLength(1);

    const signed = chartWithCarried({ editable: false }).model;
    expect(signed.markStillPresent(id(1))).toEqual({ ok: false, message: MESSAGES.readOnly });
    expect(signed.carriedState(id(1))).toBe('waiting');
  });

  it('a point charted in this session when it was opened counts as present', () => {
    const { model } = chartWithCarried({ marks: [savedMark(7, { siteId: id(1) })] });
    expect(model.carriedState(id(1))).toBe('present');
    expect(model.presentMarkFor(id(1))?.id).toBe(id(7));
    expect(model.markStillPresent(id(1))).toEqual({ ok: false, message: MESSAGES.alreadyCharted });
    expect(model.carriedFor(savedMark(8))).toBeUndefined();
  });

  it('a trigger point may come back with another activity; a tender point has none', () => {
    const { model } = chartWithCarried();
    expect(ok(model.markStillPresent(id(1), { activity: 'latent' })).mark.activity).toBe('latent');
    expect(model.markStillPresent(id(3), { activity: 'active' })).toEqual({
      ok: false,
      message: MESSAGES.activityKind,
    });
    expect(ok(model.markStillPresent(id(3))).mark).toMatchObject({ kind: 'tender_point', activity: null });
  });
});

describe('carried satellites', () => {
  /** Last visit: primary 1 (mark id(501)) with satellite 4. */
  const withSatellite = () =>
    makeModel({
      carried: [
        carriedPoint(1),
        carriedPoint(4, { kind: 'satellite', activity: 'active', y: 0.5, fromParentMarkId: id(501) }),
      ],
    });

  it('link to the new mark of their primary when it is charted still present first', () => {
    const { model } = withSatellite();
    const primary = ok(model.markStillPresent(id(1))).mark;
    const satellite = ok(model.markStillPresent(id(4))).mark;
    expect(satellite).toMatchObject({ kind: 'satellite', activity: 'active', parentMarkId: primary.id });
    expect(model.primaryOf(satellite)?.id).toBe(primary.id);
  });

  it('come back as independent trigger points when their primary is not charted', () => {
    const { model } = withSatellite();
    expect(ok(model.markStillPresent(id(4))).mark).toMatchObject({
      kind: 'trigger_point',
      activity: 'active',
      parentMarkId: null,
    });
  });

  it('come back unlinked when the previous visit does not say which primary they had', () => {
    const { model } = makeModel({ carried: [carriedPoint(1), carriedPoint(4, { kind: 'satellite' })] });
    ok(model.markStillPresent(id(1)));
    expect(ok(model.markStillPresent(id(4))).mark).toMatchObject({ kind: 'trigger_point', parentMarkId: null });
  });
});

describe('resolved points', () => {
  it('take the answer of the API, outside the undo history and the saver', () => {
    const { model } = chartWithCarried();
    ok(model.setCarriedResolved(id(1), RESOLVED_AT));
    expect(model.carriedState(id(1))).toBe('resolved');
    expect(model.carriedPoint(id(1))?.resolvedAt).toBe(RESOLVED_AT);
    expect(model.waitingCarried('posterior').map((p) => p.siteId)).toEqual([id(3)]);
    expect(model.canUndo).toBe(false);
    expect(model.dirtyIds()).toEqual({ marks: [], zones: [] });
    ok(model.setCarriedResolved(id(1), null));
    expect(model.carriedState(id(1))).toBe('waiting');
    expect(model.setCarriedResolved(id(9), RESOLVED_AT)).toEqual({ ok: false, message: MESSAGES.notCarried });
  });

  it('an answer that arrives after the point was charted still present is not kept', () => {
    const { model } = chartWithCarried();
    ok(model.markStillPresent(id(1)));
    ok(model.setCarriedResolved(id(1), RESOLVED_AT));
    expect(model.carriedPoint(id(1))?.resolvedAt).toBeNull();
    ok(model.undo());
    expect(model.carriedState(id(1))).toBe('waiting');
  });

  it('a redo that charts a resolved point again takes the "resolved" back, as saving it does', () => {
    const { model } = chartWithCarried();
    ok(model.markStillPresent(id(1)));
    ok(model.undo());
    ok(model.setCarriedResolved(id(1), RESOLVED_AT));
    ok(model.redo());
    expect(model.carriedState(id(1))).toBe('present');
    expect(model.carriedPoint(id(1))?.resolvedAt).toBeNull();
  });
});

describe('saving', () => {
  it('the new mark is sent with the carried site; resolving sends nothing through the chart saver', async () => {
    const { model } = chartWithCarried();
    const save = vi.fn((input: ChartSaveInput) =>
      Promise.resolve({ versions: Object.fromEntries(input.marks.map((m) => [m.record.id, 1])) }),
    );
    const saver = new ChartSaver({ model, save, onStatus: () => undefined, delayMs: 0 });
    ok(model.setCarriedResolved(id(3), RESOLVED_AT));
    const { mark } = ok(model.markStillPresent(id(1)));
    await saver.flush();
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0]?.[0]).toMatchObject({
      sessionId: SESSION_ID,
      marks: [{ record: { id: mark.id, siteId: id(1) }, baseVersion: 0 }],
    });
    saver.dispose();
  });
});

import { describe, expect, it, vi } from 'vitest';
import { MESSAGES } from './types';
import { id, makeModel, ok, savedMark } from './test-fixtures';

describe('placing marks', () => {
  it('an active trigger point takes the muscle under it, the artwork version, and is selected', () => {
    const { model } = makeModel();
    const { mark } = ok(model.placeMark('active', 'anterior', 0.62, 0.2));
    expect(mark).toMatchObject({
      kind: 'trigger_point',
      activity: 'active',
      viewId: 'anterior',
      artworkVersion: 2,
      x: 0.62,
      y: 0.2,
      muscle: 'Upper trapezius',
      side: 'right',
      parentMarkId: null,
      deleted: false,
    });
    expect(model.selectedId).toBe(mark.id);
    expect(model.visibleMarks('anterior')).toEqual([mark]);
    expect(model.visibleMarks('posterior')).toEqual([]);
  });

  it('leaves the muscle empty where the artwork names none, and on note pins', () => {
    const { model } = makeModel();
    expect(ok(model.placeMark('latent', 'posterior', 0.3, 0.6)).mark).toMatchObject({
      activity: 'latent',
      muscle: null,
      side: null,
    });
    expect(ok(model.placeMark('note', 'posterior', 0.3, 0.2)).mark).toMatchObject({
      kind: 'note_pin',
      activity: null,
      muscle: null,
    });
    expect(ok(model.placeMark('tender', 'posterior', 0.3, 0.2)).mark).toMatchObject({
      kind: 'tender_point',
      activity: null,
      muscle: 'Upper trapezius',
      side: 'left',
    });
  });

  it('refuses a mark outside the body outline and changes nothing', () => {
    const { model } = makeModel();
    const version = model.getVersion();
    expect(model.placeMark('active', 'posterior', 0.1, 0.5)).toEqual({ ok: false, message: MESSAGES.offBody });
    expect(model.placeMark('active', 'posterior', 1.4, 0.5)).toEqual({ ok: false, message: MESSAGES.offBody });
    expect(model.placeMark('active', 'posterior', Number.NaN, 0.5).ok).toBe(false);
    expect(model.allMarks()).toEqual([]);
    expect(model.getVersion()).toBe(version);
    expect(model.canUndo).toBe(false);
  });

  it('a satellite placed with nothing selected is refused with the message', () => {
    const { model } = makeModel();
    expect(model.placeMark('satellite', 'posterior', 0.6, 0.5)).toEqual({
      ok: false,
      message: 'Select the primary trigger point first, then place its satellite.',
    });
    expect(model.allMarks()).toEqual([]);
  });

  it('a satellite placed with its primary selected is linked to it (latent by default)', () => {
    const { model } = makeModel();
    const primary = ok(model.placeMark('active', 'posterior', 0.6, 0.2)).mark;
    const satellite = ok(model.placeMark('satellite', 'posterior', 0.65, 0.5)).mark;
    expect(satellite).toMatchObject({ kind: 'satellite', activity: 'latent', parentMarkId: primary.id });
    expect(model.primaryOf(satellite)).toEqual(primary);
    expect(model.selectedId).toBe(satellite.id);
    // With the new satellite selected, the next satellite joins the same primary.
    const second = ok(model.placeMark('satellite', 'posterior', 0.7, 0.5)).mark;
    expect(second.parentMarkId).toBe(primary.id);
  });

  it('a satellite cannot hang off a tender point', () => {
    const { model } = makeModel();
    ok(model.placeMark('tender', 'posterior', 0.6, 0.2));
    expect(model.placeMark('satellite', 'posterior', 0.6, 0.5)).toMatchObject({ ok: false });
  });
});

describe('caution zone (front of the neck)', () => {
  it('a point placed there carries a warning, which becomes a pressure warning at 5/10', () => {
    const { model } = makeModel();
    const { mark } = ok(model.placeMark('active', 'anterior', 0.5, 0.07));
    expect(model.cautionFor(mark)).toBe('zone');
    expect(model.cautionFor(ok(model.updateMark(mark.id, { pressure: 4 })).mark)).toBe('zone');
    expect(model.cautionFor(ok(model.updateMark(mark.id, { pressure: 5 })).mark)).toBe('pressure');
    const elsewhere = ok(model.placeMark('active', 'anterior', 0.3, 0.5)).mark;
    expect(model.cautionFor(ok(model.updateMark(elsewhere.id, { pressure: 9 })).mark)).toBeNull();
  });
});

describe('a signed session', () => {
  it('refuses every change with the reason, but the therapist can still select marks', () => {
    const { model } = makeModel({ editable: false, marks: [savedMark(1)] });
    const signed = { ok: false, message: 'This session is signed, so its chart can no longer be changed.' };
    expect(model.placeMark('active', 'posterior', 0.5, 0.5)).toEqual(signed);
    expect(model.updateMark(id(1), { pressure: 3 })).toEqual(signed);
    expect(model.beginDrag(id(1))).toEqual(signed);
    expect(model.nudge(id(1), 0.01, 0)).toEqual(signed);
    expect(model.deleteMark(id(1))).toEqual(signed);
    expect(
      model.addZone(
        id(1),
        'posterior',
        [
          [0.1, 0.1],
          [0.2, 0.1],
          [0.2, 0.2],
        ],
        'polygon',
        'essential',
      ),
    ).toEqual(signed);
    expect(model.undo()).toEqual(signed);
    expect(model.select(id(1))).toEqual({ ok: true });
    expect(model.getMark(id(1))?.deleted).toBe(false);
  });
});

describe('what the UI reads', () => {
  it('counts live marks per view for the tab badges', () => {
    const { model } = makeModel({
      marks: [savedMark(1), savedMark(2, { viewId: 'anterior' }), savedMark(3, { deleted: true })],
    });
    expect(model.marksByView()).toMatchObject({ posterior: 1, anterior: 1, 'left-lateral': 0 });
  });

  it('hides deleted marks but keeps them in the file', () => {
    const { model } = makeModel({ marks: [savedMark(1), savedMark(2, { deleted: true })] });
    expect(model.visibleMarks().map((m) => m.id)).toEqual([id(1)]);
    expect(model.allMarks()).toHaveLength(2);
    expect(model.getMark(id(2))).not.toHaveProperty('version');
  });

  it('notifies subscribers on every change and returns the same lists until something changes', () => {
    const { model } = makeModel({ marks: [savedMark(1)] });
    const listener = vi.fn();
    const unsubscribe = model.subscribe(listener);
    const before = model.visibleMarks();
    expect(model.visibleMarks()).toBe(before);
    const version = model.getVersion();
    ok(model.placeMark('latent', 'posterior', 0.3, 0.5));
    expect(listener).toHaveBeenCalledTimes(1);
    expect(model.getVersion()).toBeGreaterThan(version);
    expect(model.visibleMarks()).not.toBe(before);
    ok(model.select(null));
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
    ok(model.select(id(1)));
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('cannot select something that is not on the chart', () => {
    const { model } = makeModel({ marks: [savedMark(1, { deleted: true })] });
    expect(model.select(id(1))).toEqual({ ok: false, message: MESSAGES.noMark });
    expect(model.select(id(9))).toEqual({ ok: false, message: MESSAGES.noMark });
  });
});

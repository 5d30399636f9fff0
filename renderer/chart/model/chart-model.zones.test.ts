import { describe, expect, it } from 'vitest';
import { MAX_ZONE_POINTS } from './zone-commands';
import { MESSAGES } from './types';
import { id, makeModel, ok, savedMark, savedZone } from './test-fixtures';

const triangle: [number, number][] = [
  [0.3, 0.1],
  [0.4, 0.1],
  [0.35, 0.2],
];

describe('referral zones', () => {
  it('a zone drawn for a trigger point is linked to it, on any view, as one undo step', () => {
    const { model } = makeModel({ marks: [savedMark(1)] });
    const { zone } = ok(model.addZone(id(1), 'head-neck-right', triangle, 'polygon', 'essential'));
    expect(zone).toMatchObject({ markId: id(1), viewId: 'head-neck-right', artworkVersion: 1, points: triangle });
    expect(model.visibleZones('head-neck-right')).toEqual([zone]);
    expect(model.visibleZones('posterior')).toEqual([]);
    expect(model.dependantsOf(id(1)).zones).toEqual([zone]);
    ok(model.undo());
    expect(model.visibleZones()).toEqual([]);
    expect(model.getZone(zone.id)?.deleted).toBe(true);
  });

  it('a zone with fewer than 3 points is refused with the message', () => {
    const { model } = makeModel({ marks: [savedMark(1)] });
    expect(model.addZone(id(1), 'posterior', triangle.slice(0, 2), 'freehand', 'spillover')).toEqual({
      ok: false,
      message: 'A referral zone needs at least 3 points.',
    });
    expect(model.allZones()).toEqual([]);
  });

  it('refuses points off the chart, and zones on marks that cannot refer pain', () => {
    const { model } = makeModel({
      marks: [savedMark(1), savedMark(2, { kind: 'note_pin', activity: null }), savedMark(3, { deleted: true })],
    });
    const outside: [number, number][] = [...triangle, [1.2, 0.5]];
    expect(model.addZone(id(1), 'posterior', outside, 'freehand', 'essential')).toEqual({
      ok: false,
      message: MESSAGES.zoneOffChart,
    });
    expect(model.addZone(id(2), 'posterior', triangle, 'polygon', 'essential')).toEqual({
      ok: false,
      message: MESSAGES.zoneOwner,
    });
    expect(model.addZone(id(3), 'posterior', triangle, 'polygon', 'essential')).toEqual({
      ok: false,
      message: MESSAGES.noMark,
    });
  });

  it('keeps its own copy of the stroke and thins a very long one', () => {
    const { model } = makeModel({ marks: [savedMark(1)] });
    const stroke: [number, number][] = Array.from({ length: 10_000 }, (_, i) => [0.5, i / 10_000]);
    const { zone } = ok(model.addZone(id(1), 'posterior', stroke, 'freehand', 'spillover'));
    expect(zone.points.length).toBeLessThanOrEqual(MAX_ZONE_POINTS);
    expect(zone.points.length).toBeGreaterThan(3000);
    stroke[0] = [0.9, 0.9];
    expect(zone.points[0]).toEqual([0.5, 0]);
  });

  it('switching essential/spillover, redrawing and deleting are each one undo step', () => {
    const { model } = makeModel({ marks: [savedMark(1), savedMark(2, { x: 0.3 })], zones: [savedZone(10, id(1))] });
    ok(model.updateZone(id(10), { pattern: 'spillover' }));
    ok(model.updateZone(id(10), { points: triangle, markId: id(2) }));
    expect(model.getZone(id(10))).toMatchObject({ pattern: 'spillover', points: triangle, markId: id(2) });
    ok(model.deleteZone(id(10)));
    expect(model.visibleZones()).toEqual([]);
    expect(model.updateZone(id(10), { pattern: 'essential' })).toEqual({ ok: false, message: MESSAGES.noZone });
    ok(model.undo());
    ok(model.undo());
    expect(model.getZone(id(10))).toMatchObject({ pattern: 'spillover', markId: id(1), deleted: false });
    ok(model.undo());
    expect(model.getZone(id(10))?.pattern).toBe('essential');
    expect(model.updateZone(id(10), { points: triangle.slice(1) })).toEqual({
      ok: false,
      message: MESSAGES.zoneTooFewPoints,
    });
  });
});

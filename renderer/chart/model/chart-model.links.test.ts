import { describe, expect, it } from 'vitest';
import { MESSAGES } from './types';
import { id, makeModel, ok, savedMark, savedZone } from './test-fixtures';

/** Primary 1 with satellites 2 and 3; zone 10 on the primary, zone 11 on satellite 2; tender point 4. */
function chartWithPrimary() {
  return makeModel({
    marks: [
      savedMark(1),
      savedMark(2, { kind: 'satellite', activity: 'latent', parentMarkId: id(1), x: 0.65, y: 0.5 }),
      savedMark(3, { kind: 'satellite', activity: 'active', parentMarkId: id(1), x: 0.7, y: 0.5 }),
      savedMark(4, { kind: 'tender_point', activity: null }),
    ],
    zones: [savedZone(10, id(1)), savedZone(11, id(2))],
  });
}

const live = (model: ReturnType<typeof makeModel>['model']) => ({
  marks: model.visibleMarks().map((m) => m.id),
  zones: model.visibleZones().map((z) => z.id),
});

describe('linking satellites', () => {
  it('a trigger point linked afterwards becomes a satellite of the primary (one undo step)', () => {
    const { model } = makeModel({ marks: [savedMark(1), savedMark(5, { activity: 'latent', x: 0.4 })] });
    ok(model.linkSatellite(id(5), id(1)));
    const satellite = model.getMark(id(5));
    expect(satellite).toMatchObject({ kind: 'satellite', parentMarkId: id(1) });
    expect(satellite && model.primaryOf(satellite)?.id).toBe(id(1));
    ok(model.undo());
    expect(model.getMark(id(5))).toMatchObject({ kind: 'trigger_point', parentMarkId: null });
  });

  it('refuses links that make no sense, with the reason', () => {
    const { model } = chartWithPrimary();
    expect(model.linkSatellite(id(2), id(2))).toEqual({ ok: false, message: MESSAGES.linkSelf });
    expect(model.linkSatellite(id(2), id(3))).toEqual({ ok: false, message: MESSAGES.linkToSatellite });
    expect(model.linkSatellite(id(2), id(4))).toEqual({ ok: false, message: MESSAGES.linkToNonTrigger });
    expect(model.linkSatellite(id(4), id(1))).toEqual({ ok: false, message: MESSAGES.linkKind });
    expect(model.linkSatellite(id(2), id(99))).toEqual({ ok: false, message: MESSAGES.noMark });
    ok(model.placeMark('active', 'posterior', 0.3, 0.6));
    const other = model.selectedId ?? '';
    expect(model.linkSatellite(id(1), other)).toEqual({ ok: false, message: MESSAGES.linkHasSatellites });
    expect(model.getMark(id(2))?.parentMarkId).toBe(id(1));
  });

  it('unlinking turns a satellite into a trigger point of its own, keeping its activity', () => {
    const { model } = chartWithPrimary();
    ok(model.unlinkSatellite(id(2)));
    ok(model.unlinkSatellite(id(3)));
    expect(model.getMark(id(2))).toMatchObject({ kind: 'trigger_point', parentMarkId: null, activity: 'latent' });
    expect(model.getMark(id(3))).toMatchObject({ kind: 'trigger_point', parentMarkId: null, activity: 'active' });
    expect(model.unlinkSatellite(id(1))).toEqual({ ok: false, message: MESSAGES.notSatellite });
    ok(model.undo());
    ok(model.undo());
    expect(model.dependantsOf(id(1)).satellites.map((m) => m.id)).toEqual([id(2), id(3)]);
  });
});

describe('deleting a mark', () => {
  it('lists what hangs off a primary before asking', () => {
    const { model } = chartWithPrimary();
    const { satellites, zones } = model.dependantsOf(id(1));
    expect(satellites.map((m) => m.id)).toEqual([id(2), id(3)]);
    expect(zones.map((z) => z.id)).toEqual([id(10)]);
    expect(model.dependantsOf(id(4))).toEqual({ satellites: [], zones: [] });
  });

  it('deleting a primary with dependants and then undoing brings back its satellites and zones', () => {
    const { model } = chartWithPrimary();
    ok(model.select(id(1)));
    ok(model.deleteMark(id(1), 'with-dependants'));
    expect(live(model)).toEqual({ marks: [id(4)], zones: [] });
    expect(model.allMarks()).toHaveLength(4);
    expect(model.selectedId).toBeNull();
    ok(model.undo());
    expect(live(model)).toEqual({ marks: [id(1), id(2), id(3), id(4)], zones: [id(10), id(11)] });
    expect(model.getMark(id(2))).toMatchObject({ kind: 'satellite', parentMarkId: id(1) });
    expect(model.canUndo).toBe(false);
  });

  it('keeping the satellites leaves them as trigger points of their own, with their zones', () => {
    const { model } = chartWithPrimary();
    ok(model.deleteMark(id(1), 'keep-satellites'));
    expect(live(model)).toEqual({ marks: [id(2), id(3), id(4)], zones: [id(11)] });
    expect(model.getMark(id(2))).toMatchObject({ kind: 'trigger_point', parentMarkId: null, activity: 'latent' });
    ok(model.undo());
    expect(model.getMark(id(2))).toMatchObject({ kind: 'satellite', parentMarkId: id(1) });
    expect(live(model).zones).toEqual([id(10), id(11)]);
  });

  it('deleting a satellite takes only its own zone; a deleted mark cannot be deleted again', () => {
    const { model } = chartWithPrimary();
    ok(model.deleteMark(id(2)));
    expect(live(model)).toEqual({ marks: [id(1), id(3), id(4)], zones: [id(10)] });
    expect(model.deleteMark(id(2))).toEqual({ ok: false, message: MESSAGES.noMark });
    expect(model.takeDirty()).toEqual({ marks: [id(2)], zones: [id(11)] });
  });
});

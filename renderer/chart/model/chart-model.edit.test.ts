import { describe, expect, it } from 'vitest';
import { MESSAGES } from './types';
import { id, makeModel, ok, savedMark } from './test-fixtures';

describe('dragging a mark', () => {
  it('undo after dragging restores the original position in one step', () => {
    const { model } = makeModel({ marks: [savedMark(1, { x: 0.6, y: 0.2 })] });
    ok(model.beginDrag(id(1)));
    for (let i = 1; i <= 10; i++) ok(model.dragTo(id(1), 0.6 + i * 0.01, 0.2 + i * 0.03));
    expect(model.getMark(id(1))).toMatchObject({ x: 0.7, y: 0.5 });
    ok(model.endDrag(id(1)));
    expect(model.getMark(id(1))).toMatchObject({ x: 0.7, y: 0.5 });
    ok(model.undo());
    expect(model.getMark(id(1))).toMatchObject({ x: 0.6, y: 0.2 });
    expect(model.canUndo).toBe(false);
    ok(model.redo());
    expect(model.getMark(id(1))).toMatchObject({ x: 0.7, y: 0.5 });
  });

  it('is not saved half-way: nothing is dirty until the drop', () => {
    const { model } = makeModel({ marks: [savedMark(1)] });
    ok(model.beginDrag(id(1)));
    ok(model.dragTo(id(1), 0.7, 0.6));
    expect(model.dirtyIds()).toEqual({ marks: [], zones: [] });
    expect(model.committedMark(id(1))).toMatchObject({ x: 0.6, y: 0.2 });
    expect(model.canUndo).toBe(false);
    ok(model.endDrag(id(1)));
    expect(model.dirtyIds().marks).toEqual([id(1)]);
  });

  it('a mark dropped off the body goes back where it was, with the message', () => {
    const { model } = makeModel({ marks: [savedMark(1)] });
    ok(model.beginDrag(id(1)));
    ok(model.dragTo(id(1), 0.05, 0.5));
    expect(model.endDrag(id(1))).toEqual({ ok: false, message: MESSAGES.offBody });
    expect(model.getMark(id(1))).toMatchObject({ x: 0.6, y: 0.2 });
    expect(model.canUndo).toBe(false);
    expect(model.draggingId).toBeNull();
  });

  it('Escape puts the mark back; other edits wait for the drag to end', () => {
    const { model } = makeModel({ marks: [savedMark(1)] });
    ok(model.beginDrag(id(1)));
    ok(model.dragTo(id(1), 0.3, 0.6));
    expect(model.placeMark('active', 'posterior', 0.3, 0.3)).toEqual({ ok: false, message: MESSAGES.dragging });
    expect(model.undo()).toEqual({ ok: false, message: MESSAGES.dragging });
    model.cancelDrag();
    expect(model.getMark(id(1))).toMatchObject({ x: 0.6, y: 0.2 });
    expect(model.dragTo(id(1), 0.4, 0.4)).toEqual({ ok: false, message: MESSAGES.notDragging });
  });

  it('an artwork-filled muscle follows the mark; a typed one stays; the artwork version is updated', () => {
    const { model } = makeModel({
      marks: [savedMark(1, { x: 0.6, y: 0.2 }), savedMark(2, { x: 0.7, y: 0.2, muscle: 'Levator scapulae' })],
    });
    for (const n of [1, 2]) {
      ok(model.beginDrag(id(n)));
      ok(model.dragTo(id(n), 0.3, 0.25));
      ok(model.endDrag(id(n)));
    }
    expect(model.getMark(id(1))).toMatchObject({ muscle: 'Upper trapezius', side: 'left' });
    expect(model.getMark(id(2))).toMatchObject({ muscle: 'Levator scapulae', side: 'right' });
    ok(model.beginDrag(id(1)));
    ok(model.dragTo(id(1), 0.3, 0.6));
    expect(ok(model.endDrag(id(1))).mark).toMatchObject({ muscle: null, side: null, artworkVersion: 1 });
  });
});

describe('nudging with the arrow keys', () => {
  it('presses within a second are one undo step; a later press is another', () => {
    const { model, clock } = makeModel({ marks: [savedMark(1, { x: 0.6, y: 0.2 })] });
    for (let i = 0; i < 5; i++) {
      ok(model.nudge(id(1), 0.002, 0));
      clock.advance(300);
    }
    expect(model.getMark(id(1))?.x).toBeCloseTo(0.61, 12);
    clock.advance(1500);
    ok(model.nudge(id(1), 0, 0.002));
    ok(model.undo());
    expect(model.getMark(id(1))).toMatchObject({ y: 0.2 });
    expect(model.getMark(id(1))?.x).toBeCloseTo(0.61, 12);
    ok(model.undo());
    expect(model.getMark(id(1))).toMatchObject({ x: 0.6, y: 0.2 });
    expect(model.canUndo).toBe(false);
  });

  it('cannot push a mark off the body', () => {
    const { model } = makeModel({ marks: [savedMark(1, { x: 0.2, y: 0.5 })] });
    expect(model.nudge(id(1), -0.002, 0)).toEqual({ ok: false, message: MESSAGES.offBody });
    expect(model.getMark(id(1))?.x).toBe(0.2);
  });
});

describe('editing a mark', () => {
  it('refuses values out of range with a message naming the field, and changes nothing', () => {
    const { model } = makeModel({ marks: [savedMark(1, { pressure: 6 })] });
    expect(model.updateMark(id(1), { pressure: 11 })).toEqual({ ok: false, message: 'Pressure must be at most 10.' });
    expect(model.updateMark(id(1), { holdSeconds: -5 })).toEqual({
      ok: false,
      message: 'Hold time must be at least 0.',
    });
    expect(model.updateMark(id(1), { pressure: 2.5 })).toMatchObject({ ok: false });
    expect(model.getMark(id(1))?.pressure).toBe(6);
    expect(model.canUndo).toBe(false);
  });

  it('typing in one field is one undo step; another field is another', () => {
    const { model, clock } = makeModel({ marks: [savedMark(1)] });
    for (const note of ['S', 'So', 'Sor', 'Sore ', 'Sore a']) {
      ok(model.updateMark(id(1), { note }));
      clock.advance(200);
    }
    expect(model.getMark(id(1))?.note).toBe('Sore a');
    ok(model.updateMark(id(1), { tenderness: 7 }));
    ok(model.undo());
    expect(model.getMark(id(1))).toMatchObject({ note: 'Sore a', tenderness: null });
    ok(model.undo());
    expect(model.getMark(id(1))?.note).toBe('');
  });

  it('the muscle can be corrected; a tender point has no activity', () => {
    const { model } = makeModel({ marks: [savedMark(1), savedMark(2, { kind: 'tender_point', activity: null })] });
    expect(ok(model.updateMark(id(1), { muscle: 'Levator scapulae', activity: 'latent' })).mark).toMatchObject({
      muscle: 'Levator scapulae',
      activity: 'latent',
    });
    expect(model.updateMark(id(2), { activity: 'active' })).toEqual({ ok: false, message: MESSAGES.activityKind });
  });
});

describe('undo and redo', () => {
  it('undoing a placement hides the mark without removing it; redo brings it back', () => {
    const { model } = makeModel();
    const { mark } = ok(model.placeMark('active', 'posterior', 0.6, 0.2));
    ok(model.undo());
    expect(model.visibleMarks()).toEqual([]);
    expect(model.getMark(mark.id)?.deleted).toBe(true);
    expect(model.selectedId).toBeNull();
    expect(model.canRedo).toBe(true);
    ok(model.redo());
    expect(model.visibleMarks()).toEqual([mark]);
  });

  it('a new edit after undo clears redo; with nothing left it says so', () => {
    const { model } = makeModel();
    ok(model.placeMark('active', 'posterior', 0.6, 0.2));
    ok(model.undo());
    ok(model.placeMark('latent', 'posterior', 0.3, 0.5));
    expect(model.canRedo).toBe(false);
    expect(model.redo()).toEqual({ ok: false, message: MESSAGES.nothingToRedo });
    ok(model.undo());
    expect(model.undo()).toEqual({ ok: false, message: MESSAGES.nothingToUndo });
  });

  it('every record touched by an edit, an undo or a redo is marked for saving', () => {
    const { model } = makeModel({ marks: [savedMark(1)] });
    ok(model.updateMark(id(1), { pressure: 4 }));
    expect(model.takeDirty()).toEqual({ marks: [id(1)], zones: [] });
    expect(model.dirtyIds()).toEqual({ marks: [], zones: [] });
    ok(model.undo());
    expect(model.takeDirty().marks).toEqual([id(1)]);
    ok(model.redo());
    expect(model.takeDirty().marks).toEqual([id(1)]);
    ok(model.select(id(1)));
    expect(model.dirtyIds().marks).toEqual([]);
  });
});

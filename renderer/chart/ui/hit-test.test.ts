import { describe, expect, it } from 'vitest';
import { fit, toScreen, zoomAt } from '../model/transform';
import { carriedPoint, id, savedMark, savedZone } from '../model/test-fixtures';
import { HIT_SLOP_PX, markAt, zoneAt } from './hit-test';
import { MARK_RADIUS_PX, NOTE_PIN_LIFT } from './symbols';

// A 100 x 200 unit view fitted to a 400 x 600 canvas.
const t = fit(100, 200, 400, 600);
const at = (x: number, y: number) => toScreen(t, x, y);

const zone = (n: number, points: [number, number][]) => savedZone(n, id(1), { points });

describe('markAt', () => {
  const a = savedMark(1, { x: 0.3, y: 0.3 });
  const b = savedMark(2, { x: 0.32, y: 0.3 });
  const far = savedMark(3, { x: 0.8, y: 0.8 });

  it('picks the mark under the pointer, and none on bare skin', () => {
    const p = at(0.8, 0.8);
    expect(markAt([a, far], t, p.x, p.y)?.id).toBe(far.id);
    const bare = at(0.55, 0.55);
    expect(markAt([a, b, far], t, bare.x, bare.y)).toBeUndefined();
  });

  it('reaches a few pixels past the symbol, so a finger or pen can pick it', () => {
    const p = at(0.8, 0.8);
    const reach = MARK_RADIUS_PX + HIT_SLOP_PX;
    expect(markAt([far], t, p.x + reach - 0.5, p.y)?.id).toBe(far.id);
    expect(markAt([far], t, p.x + reach + 1, p.y)).toBeUndefined();
  });

  it('picks the nearer of two crowded marks', () => {
    const pa = at(0.3, 0.3);
    const pb = at(0.32, 0.3);
    expect(markAt([a, b], t, pa.x + 1, pa.y)?.id).toBe(a.id);
    expect(markAt([a, b], t, pb.x - 1, pb.y)?.id).toBe(b.id);
  });

  it('keeps the same reach on screen at any zoom', () => {
    const zoomed = zoomAt(t, 4, 200, 300);
    const p = toScreen(zoomed, 0.8, 0.8);
    expect(markAt([far], zoomed, p.x + MARK_RADIUS_PX, p.y)?.id).toBe(far.id);
    expect(markAt([far], zoomed, p.x + 3 * (MARK_RADIUS_PX + HIT_SLOP_PX), p.y)).toBeUndefined();
  });

  it('picks a note pin by its head, drawn above the point it marks', () => {
    const pin = savedMark(4, { kind: 'note_pin', x: 0.5, y: 0.5 });
    const p = at(0.5, 0.5);
    expect(markAt([pin], t, p.x, p.y - MARK_RADIUS_PX * NOTE_PIN_LIFT)?.id).toBe(pin.id);
  });

  it('finds a point from the last visit the same way', () => {
    const ghost = carriedPoint(5, { x: 0.4, y: 0.4 });
    const p = at(0.4, 0.4);
    expect(markAt([ghost], t, p.x + MARK_RADIUS_PX, p.y)?.siteId).toBe(ghost.siteId);
    expect(markAt([ghost], t, p.x + MARK_RADIUS_PX + HIT_SLOP_PX + 1, p.y)).toBeUndefined();
  });
});

describe('zoneAt', () => {
  const under = zone(10, [
    [0.1, 0.1],
    [0.6, 0.1],
    [0.6, 0.6],
    [0.1, 0.6],
  ]);
  const over = zone(11, [
    [0.4, 0.4],
    [0.9, 0.4],
    [0.9, 0.9],
    [0.4, 0.9],
  ]);

  it('picks the top-most zone containing the point, and none outside every zone', () => {
    const overlap = at(0.5, 0.5);
    expect(zoneAt([under, over], t, overlap.x, overlap.y)?.id).toBe(over.id);
    const onlyUnder = at(0.2, 0.2);
    expect(zoneAt([under, over], t, onlyUnder.x, onlyUnder.y)?.id).toBe(under.id);
    const outside = at(0.95, 0.05);
    expect(zoneAt([under, over], t, outside.x, outside.y)).toBeUndefined();
  });
});

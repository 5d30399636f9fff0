import { describe, expect, it } from 'vitest';
import { MARK_RADIUS_PX } from '../../chart/ui/symbols';
import { ARTWORK } from '../../chart/artwork';
import { handoutContent, handoutPoint } from './test-handout';
import { BADGE_RADIUS, HANDOUT_FIGURE_MAX, badgeCentres, handoutFigures, handoutSymbols } from './handout-scene';
import { groupPoints } from './handout-text';

describe('handoutFigures', () => {
  it('makes one picture per view with only the chosen points, as chart marks', () => {
    const front = handoutPoint({ markId: 'f', viewId: 'anterior', kind: 'tender_point', activity: null });
    const figures = handoutFigures(groupPoints([...handoutContent.points, front]));
    expect(figures.map((f) => [f.viewId, f.label, f.scene.marks.length])).toEqual([
      ['anterior', 'Front', 1],
      ['posterior', 'Back', 2],
    ]);
    const back = figures[1]!;
    expect(back.scene.marks.map((m) => [m.kind, m.activity, m.x, m.y])).toEqual([
      ['trigger_point', 'active', 0.42, 0.2],
      ['trigger_point', 'latent', 0.58, 0.2],
    ]);
    expect(back.scene.zones).toEqual([]);
    for (const f of figures) {
      expect(f.width).toBeLessThanOrEqual(HANDOUT_FIGURE_MAX.width);
      expect(f.height).toBeLessThanOrEqual(HANDOUT_FIGURE_MAX.height);
      expect(f.width / f.height).toBeCloseTo(ARTWORK[f.viewId].width / ARTWORK[f.viewId].height, 1);
    }
  });

  it('lists in the legend the symbols of the chosen points, and the caution zone a picture draws', () => {
    expect(handoutSymbols(groupPoints(handoutContent.points))).toEqual(['active', 'latent']);
    const neck = handoutPoint({ viewId: 'anterior', kind: 'tender_point', activity: null });
    expect(handoutSymbols(groupPoints([neck]))).toEqual(['tender', 'caution']);
  });
});

describe('badgeCentres', () => {
  const overlaps = (a: { x: number; y: number }, b: { x: number; y: number }, d: number) =>
    Math.hypot(a.x - b.x, a.y - b.y) < d;

  it('puts each number beside its point, up and to the right when there is room', () => {
    expect(badgeCentres([{ x: 100, y: 100 }], 200, 300)).toEqual([{ x: 113, y: 87 }]);
  });

  it('keeps numbers inside the picture and clear of the points and of each other', () => {
    const points = [
      { x: 195, y: 5 },
      { x: 100, y: 100 },
      { x: 113, y: 87 },
      { x: 108, y: 100 },
    ];
    const centres = badgeCentres(points, 200, 300);
    centres.forEach((c, i) => {
      expect(c.x - BADGE_RADIUS).toBeGreaterThanOrEqual(0);
      expect(c.x + BADGE_RADIUS).toBeLessThanOrEqual(200);
      expect(c.y - BADGE_RADIUS).toBeGreaterThanOrEqual(0);
      for (const p of points) expect(overlaps(c, p, BADGE_RADIUS + MARK_RADIUS_PX)).toBe(false);
      for (const other of centres.slice(0, i)) expect(overlaps(c, other, 2 * BADGE_RADIUS)).toBe(false);
    });
  });
});

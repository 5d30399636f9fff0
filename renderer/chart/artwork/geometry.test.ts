import { describe, expect, it } from 'vitest';
import { chain, loop, node, part } from './build';
import {
  hug,
  interiorPoint,
  mirrorX,
  pointInPolygon,
  polygonArea,
  polygonCentroid,
  signedArea,
  smoothClosed,
  smoothOpen,
  snapInside,
  strap,
} from './geometry';
import type { Pt } from './types';

const square: Pt[] = [
  [0, 0],
  [100, 0],
  [100, 100],
  [0, 100],
];

describe('smoothing', () => {
  it('a closed curve passes through every control point and has samples per span', () => {
    const curve = smoothClosed(square, 8);
    expect(curve).toHaveLength(32);
    square.forEach((p, i) => expect(curve[i * 8]).toEqual(p));
  });

  it('stays close to a convex control polygon (no loops or wild overshoot)', () => {
    const curve = smoothClosed(square, 8);
    for (const [x, y] of curve) {
      expect(x).toBeGreaterThan(-15);
      expect(x).toBeLessThan(115);
      expect(y).toBeGreaterThan(-15);
      expect(y).toBeLessThan(115);
    }
    expect(polygonArea(curve)).toBeGreaterThan(10_000);
  });

  it('an open curve runs from the first control point to the last', () => {
    const line = smoothOpen(
      [
        [0, 0],
        [10, 5],
        [20, 0],
      ],
      5,
    );
    expect(line[0]).toEqual([0, 0]);
    expect(line[line.length - 1]).toEqual([20, 0]);
    expect(line[5]).toEqual([10, 5]);
    expect(line).toHaveLength(11);
  });

  it('copes with repeated control points', () => {
    const curve = smoothClosed(
      [
        [0, 0],
        [0, 0],
        [10, 0],
        [10, 10],
      ],
      4,
    );
    for (const [x, y] of curve) {
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    }
  });
});

describe('polygons', () => {
  it('tests points inside and outside', () => {
    expect(pointInPolygon(50, 50, square)).toBe(true);
    expect(pointInPolygon(150, 50, square)).toBe(false);
    expect(pointInPolygon(-1, -1, square)).toBe(false);
    const ell: Pt[] = [
      [0, 0],
      [60, 0],
      [60, 20],
      [20, 20],
      [20, 60],
      [0, 60],
    ];
    expect(pointInPolygon(10, 50, ell)).toBe(true);
    expect(pointInPolygon(40, 40, ell)).toBe(false);
  });

  it('measures area either way round, with a sign for the winding', () => {
    expect(polygonArea(square)).toBe(10_000);
    expect(polygonArea(square.slice().reverse())).toBe(10_000);
    expect(signedArea(square)).toBe(-signedArea(square.slice().reverse()));
    expect(polygonCentroid(square)).toEqual([50, 50]);
  });

  it('mirrors left-right in a box, keeping the winding', () => {
    const tri: Pt[] = [
      [10, 10],
      [30, 10],
      [10, 40],
    ];
    const m = mirrorX(tri, 100);
    expect(m).toContainEqual([90, 10]);
    expect(m).toContainEqual([70, 10]);
    expect(m).toContainEqual([90, 40]);
    expect(Math.sign(signedArea(m))).toBe(Math.sign(signedArea(tri)));
    expect(mirrorX(m, 100)).toEqual(tri);
  });

  it('finds an interior point far from the edges, avoiding excluded areas', () => {
    const p = interiorPoint(square);
    expect(p).toBeDefined();
    expect(Math.abs((p?.[0] ?? 0) - 50)).toBeLessThan(3);
    const q = interiorPoint(square, (x) => x < 60);
    expect(q?.[0]).toBeGreaterThanOrEqual(60);
    expect(interiorPoint(square, () => true)).toBeUndefined();
    expect(interiorPoint(square, undefined, { minX: 200, minY: 0, maxX: 300, maxY: 100 })).toBeUndefined();
  });
});

describe('region edges', () => {
  it('a strap is a band around its centre line', () => {
    const band = smoothClosed(
      strap(
        [
          [0, 0],
          [0, 25],
          [0, 50],
          [0, 75],
          [0, 100],
        ],
        [5],
      ),
    );
    expect(pointInPolygon(0, 50, band)).toBe(true);
    expect(pointInPolygon(4, 50, band)).toBe(true);
    expect(pointInPolygon(7, 50, band)).toBe(false);
  });

  it('hugs an outline just inside (or outside) it, from and to the given points', () => {
    // A dense square outline, 10 points per side.
    const outline = square.flatMap((p, i) => {
      const q = square[(i + 1) % 4] ?? p;
      return Array.from({ length: 10 }, (_, k): Pt => [
        p[0] + ((q[0] - p[0]) * k) / 10,
        p[1] + ((q[1] - p[1]) * k) / 10,
      ]);
    });
    const from = snapInside(outline, [0, 30], 2);
    const to = snapInside(outline, [0, 70], 2);
    expect(from[0]).toBeCloseTo(2);
    const edge = hug(outline, from, to, 2);
    expect(edge[0]).toEqual(from);
    expect(edge[edge.length - 1]).toEqual(to);
    for (const [x] of edge) expect(x).toBeCloseTo(2);
    const outside = hug(outline, [-2, 30], [-2, 70], -2);
    for (const [x] of outside) expect(x).toBeCloseTo(-2);
  });

  it('shares exact borders between tiles built from the same chains', () => {
    const top = chain([
      [0, 0],
      [50, -5],
      [100, 0],
    ]);
    const middle = chain([
      [0, 50],
      [50, 55],
      [100, 50],
    ]);
    const bottom = chain([
      [0, 100],
      [100, 100],
    ]);
    const upper = loop(part(top), [node(top, 2), node(middle, 2)], part(middle, 2, 0));
    const lower = loop(part(middle), [node(middle, 2), node(bottom, 1)], part(bottom, 1, 0));
    expect(part(middle, 2, 0)).toEqual(part(middle).reverse());
    // Every point of the shared border belongs to both outlines; together they cover the area.
    for (const p of part(middle)) {
      expect(upper).toContainEqual(p);
      expect(lower).toContainEqual(p);
    }
    expect(polygonArea(upper) + polygonArea(lower)).toBeCloseTo(polygonArea(loop(part(top), part(bottom, 1, 0))), 0);
  });
});

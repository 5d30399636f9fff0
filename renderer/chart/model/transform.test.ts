import { describe, expect, it } from 'vitest';
import {
  clampToChart,
  fit,
  fromViewUnits,
  pan,
  toNormalised,
  toScreen,
  toViewUnits,
  zoomAt,
  zoomLevel,
} from './transform';

/** A small deterministic random source, so a failure can be reproduced. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1664525 + 1013904223) % 4294967296;
    return s / 4294967296;
  };
}

describe('normalised chart coordinates', () => {
  it('put the whole view in the middle of the canvas with a margin', () => {
    const t = fit(400, 800, 1000, 600, 20);
    expect(t.scale).toBeCloseTo(560 / 800, 12);
    expect(toScreen(t, 0, 0).y).toBeCloseTo(20, 9);
    expect(toScreen(t, 0, 1).y).toBeCloseTo(580, 9);
    expect(toScreen(t, 0.5, 0.5).x).toBeCloseTo(500, 9);
    expect(zoomLevel(t)).toBe(1);
  });

  it('round-trip (normalised, screen, normalised) under any zoom, pan and canvas size', () => {
    const next = random(42);
    for (let i = 0; i < 2000; i++) {
      let t = fit(100 + next() * 900, 100 + next() * 900, 50 + next() * 3000, 50 + next() * 2000, next() * 40);
      t = zoomAt(t, 0.2 + next() * 20, next() * 2000, next() * 2000);
      t = pan(t, (next() - 0.5) * 5000, (next() - 0.5) * 5000);
      const x = next();
      const y = next();
      const screen = toScreen(t, x, y);
      const back = toNormalised(t, screen.x, screen.y);
      expect(Math.abs(back.x - x)).toBeLessThan(1e-9);
      expect(Math.abs(back.y - y)).toBeLessThan(1e-9);
      const units = toViewUnits(t, x, y);
      const again = fromViewUnits(t, units.x, units.y);
      expect(Math.abs(again.x - x)).toBeLessThan(1e-9);
    }
  });

  it('a mark stays at the same place on the body when the window is resized', () => {
    const small = fit(400, 800, 500, 400);
    const large = fit(400, 800, 1900, 1200);
    const onSmall = toScreen(small, 0.31, 0.72);
    const normal = toNormalised(small, onSmall.x, onSmall.y);
    const onLarge = toScreen(large, normal.x, normal.y);
    expect(toNormalised(large, onLarge.x, onLarge.y).x).toBeCloseTo(0.31, 12);
  });
});

describe('zoom and pan', () => {
  it('zooming keeps the point under the pointer still', () => {
    const t = fit(400, 800, 1000, 800);
    const before = toNormalised(t, 612, 233);
    const zoomed = zoomAt(t, 2.5, 612, 233);
    const after = toNormalised(zoomed, 612, 233);
    expect(after.x).toBeCloseTo(before.x, 12);
    expect(after.y).toBeCloseTo(before.y, 12);
    expect(zoomLevel(zoomed)).toBeCloseTo(2.5, 12);
  });

  it('zoom stops at half and at eight times the fitted size', () => {
    const t = fit(400, 800, 1000, 800);
    expect(zoomLevel(zoomAt(t, 100, 10, 10))).toBeCloseTo(8, 12);
    expect(zoomLevel(zoomAt(zoomAt(t, 0.1, 10, 10), 0.1, 5, 5))).toBeCloseTo(0.5, 12);
    expect(zoomAt(t, 0, 10, 10)).toBe(t);
  });

  it('panning moves the artwork by the dragged pixels', () => {
    const t = pan(fit(400, 800, 1000, 800), 30, -12);
    const start = fit(400, 800, 1000, 800);
    expect(toScreen(t, 0.5, 0.5).x - toScreen(start, 0.5, 0.5).x).toBeCloseTo(30, 9);
    expect(toScreen(t, 0.5, 0.5).y - toScreen(start, 0.5, 0.5).y).toBeCloseTo(-12, 9);
  });

  it('pulls a stroke point that left the artwork back onto the chart', () => {
    expect(clampToChart(-0.2, 1.4)).toEqual([0, 1]);
    expect(clampToChart(0.3, 0.6)).toEqual([0.3, 0.6]);
  });
});

/**
 * Plane geometry for the artwork: smoothing hand-placed control points into dense outlines
 * (centripetal Catmull-Rom, which passes through every control point and neither loops nor
 * overshoots at tight corners), point-in-polygon, areas, mirroring, and a helper that turns a
 * centre line into a strap-shaped muscle outline.
 */
import type { Pt } from './types';

const EPS = 1e-9;

/** One centripetal Catmull-Rom segment from p1 to p2, sampled at `n` points (t in [0, 1)). */
function segment(p0: Pt, p1: Pt, p2: Pt, p3: Pt, n: number, out: Pt[]): void {
  const knot = (a: Pt, b: Pt) => Math.max(Math.sqrt(Math.hypot(b[0] - a[0], b[1] - a[1])), EPS);
  const t0 = 0;
  const t1 = t0 + knot(p0, p1);
  const t2 = t1 + knot(p1, p2);
  const t3 = t2 + knot(p2, p3);
  const lerp = (a: Pt, b: Pt, ta: number, tb: number, t: number): Pt => {
    const u = (t - ta) / (tb - ta);
    return [a[0] + (b[0] - a[0]) * u, a[1] + (b[1] - a[1]) * u];
  };
  for (let i = 0; i < n; i++) {
    const t = t1 + ((t2 - t1) * i) / n;
    const a1 = lerp(p0, p1, t0, t1, t);
    const a2 = lerp(p1, p2, t1, t2, t);
    const a3 = lerp(p2, p3, t2, t3, t);
    const b1 = lerp(a1, a2, t0, t2, t);
    const b2 = lerp(a2, a3, t1, t3, t);
    out.push(lerp(b1, b2, t1, t2, t));
  }
}

function at<T>(list: readonly T[], i: number): T {
  const v = list[((i % list.length) + list.length) % list.length];
  if (v === undefined) throw new Error('empty point list');
  return v;
}

/** A smooth closed outline through every control point, `samplesPerSegment` points per span. */
export function smoothClosed(controlPoints: readonly Pt[], samplesPerSegment = 8): Pt[] {
  if (controlPoints.length < 3) return controlPoints.slice();
  const out: Pt[] = [];
  for (let i = 0; i < controlPoints.length; i++) {
    segment(
      at(controlPoints, i - 1),
      at(controlPoints, i),
      at(controlPoints, i + 1),
      at(controlPoints, i + 2),
      samplesPerSegment,
      out,
    );
  }
  return out.map(round);
}

/** A smooth open line through every control point, ending exactly on the last one. */
export function smoothOpen(controlPoints: readonly Pt[], samplesPerSegment = 8): Pt[] {
  const n = controlPoints.length;
  if (n < 3) return controlPoints.slice();
  const first = at(controlPoints, 0);
  const second = at(controlPoints, 1);
  const last = at(controlPoints, n - 1);
  const beforeLast = at(controlPoints, n - 2);
  // Phantom end points continue the first and last spans straight on.
  const head: Pt = [2 * first[0] - second[0], 2 * first[1] - second[1]];
  const tail: Pt = [2 * last[0] - beforeLast[0], 2 * last[1] - beforeLast[1]];
  const pts = [head, ...controlPoints, tail];
  const out: Pt[] = [];
  for (let i = 1; i < pts.length - 2; i++) {
    segment(at(pts, i - 1), at(pts, i), at(pts, i + 1), at(pts, i + 2), samplesPerSegment, out);
  }
  out.push(last);
  return out.map(round);
}

/** Two decimals (a hundredth of a millimetre) keeps the data small and stable. */
function round(p: Pt): Pt {
  return [Math.round(p[0] * 100) / 100, Math.round(p[1] * 100) / 100];
}

/** Even-odd ray casting; a point exactly on an edge may fall either way. */
export function pointInPolygon(x: number, y: number, polygon: readonly Pt[]): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = at(polygon, i);
    const [xj, yj] = at(polygon, j);
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Signed shoelace area: positive for clockwise on screen (y down). */
export function signedArea(polygon: readonly Pt[]): number {
  let sum = 0;
  for (let i = 0; i < polygon.length; i++) {
    const [x1, y1] = at(polygon, i);
    const [x2, y2] = at(polygon, i + 1);
    sum += x1 * y2 - x2 * y1;
  }
  return sum / 2;
}

export function polygonArea(polygon: readonly Pt[]): number {
  return Math.abs(signedArea(polygon));
}

/** The area-weighted centroid (the plain mean of the points for a degenerate polygon). */
export function polygonCentroid(polygon: readonly Pt[]): Pt {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < polygon.length; i++) {
    const [x1, y1] = at(polygon, i);
    const [x2, y2] = at(polygon, i + 1);
    const f = x1 * y2 - x2 * y1;
    a += f;
    cx += (x1 + x2) * f;
    cy += (y1 + y2) * f;
  }
  if (Math.abs(a) < EPS) {
    const n = Math.max(polygon.length, 1);
    return [polygon.reduce((s, p) => s + p[0], 0) / n, polygon.reduce((s, p) => s + p[1], 0) / n];
  }
  return [cx / (3 * a), cy / (3 * a)];
}

/** Distance from a point to the nearest edge of a polygon. */
export function distanceToEdges(x: number, y: number, polygon: readonly Pt[]): number {
  let best = Infinity;
  for (let i = 0; i < polygon.length; i++) {
    const [x1, y1] = at(polygon, i);
    const [x2, y2] = at(polygon, i + 1);
    const dx = x2 - x1;
    const dy = y2 - y1;
    const len2 = dx * dx + dy * dy;
    const u = len2 < EPS ? 0 : Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / len2));
    best = Math.min(best, Math.hypot(x - (x1 + u * dx), y - (y1 + u * dy)));
  }
  return best;
}

export interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export function boundingBox(polygon: readonly Pt[]): Box {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x, y] of polygon) {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  return { minX, minY, maxX, maxY };
}

/**
 * The point of `polygon` farthest from its edges, on a grid of about `steps` x `steps`
 * (a good place for a label), skipping points that `excluded` rejects and points outside `clip`.
 */
export function interiorPoint(
  polygon: readonly Pt[],
  excluded: (x: number, y: number) => boolean = () => false,
  clip?: Box,
  steps = 48,
): Pt | undefined {
  const b = boundingBox(polygon);
  const box = clip
    ? {
        minX: Math.max(b.minX, clip.minX),
        minY: Math.max(b.minY, clip.minY),
        maxX: Math.min(b.maxX, clip.maxX),
        maxY: Math.min(b.maxY, clip.maxY),
      }
    : b;
  let best: Pt | undefined;
  let bestD = -1;
  for (let i = 0; i <= steps; i++) {
    for (let j = 0; j <= steps; j++) {
      const x = box.minX + ((box.maxX - box.minX) * (i + 0.5)) / (steps + 1);
      const y = box.minY + ((box.maxY - box.minY) * (j + 0.5)) / (steps + 1);
      if (!pointInPolygon(x, y, polygon) || excluded(x, y)) continue;
      const d = distanceToEdges(x, y, polygon);
      if (d > bestD) {
        bestD = d;
        best = [x, y];
      }
    }
  }
  return best;
}

/** Mirrors points left-right in a box `width` wide (x -> width - x), keeping the winding. */
export function mirrorX(points: readonly Pt[], width: number): Pt[] {
  return points.map((p): Pt => [Math.round((width - p[0]) * 100) / 100, p[1]]).reverse();
}

export function translate(points: readonly Pt[], dx: number, dy: number): Pt[] {
  return points.map((p): Pt => [Math.round((p[0] + dx) * 100) / 100, Math.round((p[1] + dy) * 100) / 100]);
}

/**
 * Control points of a strap-shaped muscle (a band along a centre line, `halfWidths[i]` either
 * side of centre point i, with rounded ends). Smooth the result with `smoothClosed`.
 */
export function strap(center: readonly Pt[], halfWidths: readonly number[], endRound = 0.7): Pt[] {
  const n = center.length;
  if (n < 2) throw new Error('a strap needs two centre points');
  const left: Pt[] = [];
  const right: Pt[] = [];
  const normal = (i: number): Pt => {
    const a = at(center, Math.max(i - 1, 0));
    const b = at(center, Math.min(i + 1, n - 1));
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]) || 1;
    return [-(b[1] - a[1]) / len, (b[0] - a[0]) / len];
  };
  for (let i = 0; i < n; i++) {
    const c = at(center, i);
    const w = halfWidths[Math.min(i, halfWidths.length - 1)] ?? 1;
    const [nx, ny] = normal(i);
    left.push([c[0] + nx * w, c[1] + ny * w]);
    right.push([c[0] - nx * w, c[1] - ny * w]);
  }
  const cap = (i: number, j: number): Pt => {
    const c = at(center, i);
    const d = at(center, j);
    const w = halfWidths[Math.min(i, halfWidths.length - 1)] ?? 1;
    const len = Math.hypot(c[0] - d[0], c[1] - d[1]) || 1;
    return [c[0] + ((c[0] - d[0]) / len) * w * endRound, c[1] + ((c[1] - d[1]) / len) * w * endRound];
  };
  return [cap(0, 1), ...left, cap(n - 1, n - 2), ...right.reverse()];
}

/**
 * The stretch of a closed outline between the points nearest `from` and `to` (the shorter way
 * round), moved `inset` inwards (outwards when negative), starting exactly at `from` and ending
 * exactly at `to`: the edge of a region that follows the skin outline just inside it, or runs
 * along the outside of an arm drawn over the trunk.
 */
export function hug(outline: readonly Pt[], from: Pt, to: Pt, inset: number): Pt[] {
  return hugPath(outline, from, to, inset).map(round);
}

/** The point `inset` inside the outline (outside when negative), next to the outline point nearest `p`. */
export function snapInside(outline: readonly Pt[], p: Pt, inset: number): Pt {
  const path = hugPath(outline, p, p, inset, true);
  return round(path[0] ?? p);
}

function hugPath(outline: readonly Pt[], from: Pt, to: Pt, inset: number, snapOnly = false): Pt[] {
  const n = outline.length;
  const nearest = (p: Pt) => {
    let best = 0;
    let bestD = Infinity;
    outline.forEach((q, i) => {
      const d = (q[0] - p[0]) ** 2 + (q[1] - p[1]) ** 2;
      if (d < bestD) {
        bestD = d;
        best = i;
      }
    });
    return best;
  };
  const i = nearest(from);
  const j = nearest(to);
  const offset = (idx: number): Pt => {
    const p = at(outline, idx);
    const prev = at(outline, idx - 1);
    const next = at(outline, idx + 1);
    const len = Math.hypot(next[0] - prev[0], next[1] - prev[1]) || 1;
    const nx = -(next[1] - prev[1]) / len;
    const ny = (next[0] - prev[0]) / len;
    const d = Math.abs(inset);
    const a: Pt = [p[0] + nx * d, p[1] + ny * d];
    return pointInPolygon(a[0], a[1], outline) === inset > 0 ? a : [p[0] - nx * d, p[1] - ny * d];
  };
  if (snapOnly) return [offset(i)];
  const forward = (j - i + n) % n;
  const step = forward <= n - forward ? 1 : -1;
  const count = step === 1 ? forward : n - forward;
  const out: Pt[] = [from];
  for (let k = 1; k < count; k++) out.push(offset((i + step * k + n) % n));
  out.push(to);
  return out;
}

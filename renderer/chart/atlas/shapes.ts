/** Small helpers for drawing referral zones in normalised view coordinates. */
import type { AtlasXY } from './types';

const round = (n: number) => Math.round(n * 10000) / 10000;

/** An oval of `n` vertices centred on (cx, cy) with radii rx, ry (view-normalised units). */
export function oval(cx: number, cy: number, rx: number, ry: number, n = 12): AtlasXY[] {
  const pts: AtlasXY[] = [];
  for (let i = 0; i < n; i++) {
    const a = (2 * Math.PI * i) / n;
    pts.push([round(cx + rx * Math.cos(a)), round(cy + ry * Math.sin(a))]);
  }
  return pts;
}

/**
 * A band of half-width `w` along a path (a strip, e.g. along the medial border of the shoulder
 * blade), as a closed polygon: down one side and back up the other. Keep paths gently curved.
 */
export function band(path: readonly AtlasXY[], w: number): AtlasXY[] {
  const left: AtlasXY[] = [];
  const right: AtlasXY[] = [];
  path.forEach((p, i) => {
    const a = path[Math.max(0, i - 1)] ?? p;
    const b = path[Math.min(path.length - 1, i + 1)] ?? p;
    const dx = b[0] - a[0];
    const dy = b[1] - a[1];
    const len = Math.hypot(dx, dy) || 1;
    const nx = (-dy / len) * w;
    const ny = (dx / len) * w;
    left.push([round(p[0] + nx), round(p[1] + ny)]);
    right.push([round(p[0] - nx), round(p[1] - ny)]);
  });
  return [...left, ...right.reverse()];
}

/**
 * Helpers the view files use to turn hand-placed control points into finished views: smoothing,
 * symmetric halves, region ids, ordering, and mirror views (left from right).
 */
import { interiorPoint, mirrorX, polygonArea, smoothClosed, smoothOpen, translate } from './geometry';
import type { ArtworkCaution, ArtworkLine, ArtworkRegion, ArtworkView, Pt, Side, ViewId } from './types';

/** Samples per control span: enough for a smooth curve at any zoom the chart allows. */
export const SAMPLES = 10;

export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function region(muscle: string, side: Side, control: readonly Pt[], samples = SAMPLES): ArtworkRegion {
  return { id: `${slug(muscle)}-${side}`, muscle, side, points: smoothClosed(control, samples) };
}

export function closedLine(control: readonly Pt[], samples = SAMPLES): ArtworkLine {
  return { points: smoothClosed(control, samples), closed: true };
}

export function openLine(control: readonly Pt[], samples = SAMPLES): ArtworkLine {
  return { points: smoothOpen(control, samples), closed: false };
}

/** (dx, y) authored on the viewer's left of a centre line at `cx` -> view coordinates. */
export function leftOf(cx: number, half: readonly Pt[]): Pt[] {
  return half.map(([dx, y]): Pt => [cx - dx, y]);
}

export function rightOf(cx: number, half: readonly Pt[]): Pt[] {
  return half.map(([dx, y]): Pt => [cx + dx, y]);
}

/**
 * A closed outline symmetric about x = cx, from half its control points: (dx, y) pairs running
 * down the viewer's left side from one point on the centre line to another.
 */
export function symmetricOutline(cx: number, half: readonly Pt[], samples = SAMPLES): Pt[] {
  const left = leftOf(cx, half);
  const right = rightOf(cx, half.slice(1, -1)).reverse();
  return smoothClosed([...left, ...right], samples);
}

export function pairedLines(cx: number, half: readonly Pt[], closed = false): ArtworkLine[] {
  const make = closed ? closedLine : openLine;
  return [make(leftOf(cx, half)), make(rightOf(cx, half))];
}

export function otherSide(side: Side): Side {
  return side === 'left' ? 'right' : side === 'right' ? 'left' : 'midline';
}

interface ViewParts {
  id: ViewId;
  label: string;
  width: number;
  height: number;
  body: Pt[][];
  regions: ArtworkRegion[];
  caution: ArtworkCaution[];
  lines: ArtworkLine[];
}

/** Orders regions largest first (see `ArtworkView.regions`) and checks that ids are unique. */
export function finishView(parts: ViewParts): ArtworkView {
  const regions = parts.regions
    .map((r) => ({ r, area: polygonArea(r.points) }))
    .sort((a, b) => b.area - a.area)
    .map(({ r }) => r);
  const ids = new Set<string>();
  for (const r of [...regions, ...parts.caution]) {
    if (ids.has(r.id)) throw new Error(`duplicate artwork id ${r.id} in ${parts.id}`);
    ids.add(r.id);
  }
  return { version: 1, ...parts, regions };
}

/** The same view seen in a mirror: x -> width - x, left and right swapped. */
export function mirrorView(view: ArtworkView, id: ViewId, label: string): ArtworkView {
  const w = view.width;
  return finishView({
    id,
    label,
    width: w,
    height: view.height,
    body: view.body.map((p) => mirrorX(p, w)),
    regions: view.regions.map((r) => {
      const side = otherSide(r.side);
      return { id: `${slug(r.muscle)}-${side}`, muscle: r.muscle, side, points: mirrorX(r.points, w) };
    }),
    caution: view.caution.map((c) => ({
      id: swapSideWords(c.id),
      label: swapSideWords(c.label),
      points: mirrorX(c.points, w),
    })),
    lines: view.lines.map((l) => ({ points: mirrorX(l.points, w).reverse(), closed: l.closed })),
  });
}

function swapSideWords(text: string): string {
  return text.replace(/\b(left|right)\b/g, (m) => (m === 'left' ? 'right' : 'left'));
}

/** Moves a whole set of regions / lines / polygons by (dx, dy): detail views reuse full-body shapes. */
export function moveRegion(r: ArtworkRegion, dx: number, dy: number): ArtworkRegion {
  return { ...r, points: translate(r.points, dx, dy) };
}

export function moveLine(l: ArtworkLine, dx: number, dy: number): ArtworkLine {
  return { ...l, points: translate(l.points, dx, dy) };
}

/**
 * A smooth curve through control points that regions can share: `part(chain, i, j)` is the
 * stretch between control points i and j, so two muscles that meet along a border use the very
 * same points and tile without gaps or overlaps.
 */
export interface Chain {
  pts: Pt[];
  samples: number;
  count: number;
}

export function chain(control: readonly Pt[], samples = SAMPLES): Chain {
  if (control.length === 2) {
    const [a, b] = control as [Pt, Pt];
    const pts: Pt[] = [];
    for (let i = 0; i <= samples; i++) {
      const t = i / samples;
      pts.push([a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t]);
    }
    return { pts, samples, count: 2 };
  }
  return { pts: smoothOpen(control, samples), samples, count: control.length };
}

/** The stretch of a chain between two of its control points (either way round). */
export function part(c: Chain, from = 0, to = c.count - 1): Pt[] {
  const a = from * c.samples;
  const b = to * c.samples;
  return a <= b ? c.pts.slice(a, b + 1) : c.pts.slice(b, a + 1).reverse();
}

/** The control point `i` of a chain, as it was sampled. */
export function node(c: Chain, i: number): Pt {
  const p = c.pts[i * c.samples];
  if (!p) throw new Error(`chain has no control point ${i}`);
  return p;
}

/** Joins pieces end to start into one closed polygon (a repeated joint point is kept once). */
export function loop(...pieces: Pt[][]): Pt[] {
  const out: Pt[] = [];
  for (const piece of pieces) {
    for (const p of piece) {
      const last = out[out.length - 1];
      if (last && Math.abs(last[0] - p[0]) < 0.05 && Math.abs(last[1] - p[1]) < 0.05) continue;
      out.push(p);
    }
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first && last && out.length > 1 && Math.abs(last[0] - first[0]) < 0.05 && Math.abs(last[1] - first[1]) < 0.05) {
    out.pop();
  }
  return out;
}

/** A region from an already-dense polygon (e.g. one made with `loop`). */
export function regionOf(muscle: string, side: Side, polygon: Pt[]): ArtworkRegion {
  return { id: `${slug(muscle)}-${side}`, muscle, side, points: polygon };
}

/** The same tile on both sides of a symmetric view, authored in (dx, y) on the viewer's left. */
export function pairedTiles(cx: number, muscle: string, viewerLeft: Side, polygon: readonly Pt[]): ArtworkRegion[] {
  return [
    regionOf(muscle, viewerLeft, leftOf(cx, polygon)),
    regionOf(muscle, otherSide(viewerLeft), rightOf(cx, polygon)),
  ];
}

/** A straight run of `n` spans from a to b. */
export function straight(a: Pt, b: Pt, n = 4): Pt[] {
  const pts: Pt[] = [];
  for (let i = 0; i <= n; i++) pts.push([a[0] + ((b[0] - a[0]) * i) / n, a[1] + ((b[1] - a[1]) * i) / n]);
  return pts;
}

/**
 * Moves full-body shapes into a detail view whose box starts at (x0, y0) of the full view and is
 * `width` x `height`. Regions that do not show in the box are dropped; shapes running past it are
 * kept whole (the view is drawn clipped to its box).
 */
export function crop(
  parts: { body: Pt[][]; regions: ArtworkRegion[]; caution: ArtworkCaution[]; lines: ArtworkLine[] },
  x0: number,
  y0: number,
  width: number,
  height: number,
): { body: Pt[][]; regions: ArtworkRegion[]; caution: ArtworkCaution[]; lines: ArtworkLine[] } {
  const box = { minX: 0, minY: 0, maxX: width, maxY: height };
  const visible = (points: Pt[]) => interiorPoint(points, undefined, box, 24) !== undefined;
  const regions = parts.regions.map((r) => moveRegion(r, -x0, -y0)).filter((r) => visible(r.points));
  return {
    body: parts.body.map((p) => translate(p, -x0, -y0)),
    regions,
    caution: parts.caution
      .map((c) => ({ ...c, points: translate(c.points, -x0, -y0) }))
      .filter((c) => visible(c.points)),
    lines: parts.lines
      .map((l) => moveLine(l, -x0, -y0))
      .filter((l) => l.points.some(([x, y]) => x >= 0 && x <= width && y >= 0 && y <= height)),
  };
}

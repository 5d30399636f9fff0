/**
 * The compare pictures' own marks, drawn over the chart's painting: a green ring around a new
 * point, a cross over a resolved one, a dashed line from where a point was to where it is now.
 * And the legend's small pictures, drawn with the chart's painters and these marks.
 */
import { UNRECORDED_FINDINGS, type ChartMark } from '../../../db/api/contract';
import type { ViewTransform } from '../../chart/model/transform';
import { paintGhost, paintMark } from '../../chart/ui/paint';
import { GHOST, MARK_RADIUS_PX } from '../../chart/ui/symbols';

type Pt = { x: number; y: number };

export const NEW_COLOR = '#2e7d32';
export const RESOLVED_COLOR = '#37474f';
const R = MARK_RADIUS_PX;

/** A solid green ring, with a white halo so it reads on the artwork. */
export function paintNewRing(ctx: CanvasRenderingContext2D, { x, y }: Pt): void {
  ctx.save();
  ctx.beginPath();
  ctx.arc(x, y, R * 2, 0, 2 * Math.PI);
  ctx.strokeStyle = '#fff';
  ctx.lineWidth = 4.5;
  ctx.stroke();
  ctx.strokeStyle = NEW_COLOR;
  ctx.lineWidth = 2.5;
  ctx.stroke();
  ctx.restore();
}

/** A dark cross over the faded point. */
export function paintResolvedCross(ctx: CanvasRenderingContext2D, { x, y }: Pt): void {
  const d = R * 1.25;
  ctx.save();
  ctx.beginPath();
  ctx.moveTo(x - d, y - d);
  ctx.lineTo(x + d, y + d);
  ctx.moveTo(x + d, y - d);
  ctx.lineTo(x - d, y + d);
  ctx.strokeStyle = RESOLVED_COLOR;
  ctx.lineWidth = 2;
  ctx.lineCap = 'round';
  ctx.stroke();
  ctx.restore();
}

/** Far enough apart (CSS pixels) to draw the line between a point's two places. */
export const MOVED_PX = R * 1.5;

/** A dashed line from the earlier place's ring to the later symbol, with an arrowhead. */
export function paintMoveLine(ctx: CanvasRenderingContext2D, from: Pt, to: Pt): void {
  const length = Math.hypot(to.x - from.x, to.y - from.y);
  const start = R * GHOST.ringRadius;
  const end = R + 2;
  if (length <= start + end) return;
  const ux = (to.x - from.x) / length;
  const uy = (to.y - from.y) / length;
  const a = { x: from.x + ux * start, y: from.y + uy * start };
  const b = { x: to.x - ux * end, y: to.y - uy * end };
  ctx.save();
  ctx.strokeStyle = RESOLVED_COLOR;
  ctx.fillStyle = RESOLVED_COLOR;
  ctx.lineWidth = 1.5;
  ctx.setLineDash([4, 3]);
  ctx.beginPath();
  ctx.moveTo(a.x, a.y);
  ctx.lineTo(b.x, b.y);
  ctx.stroke();
  ctx.setLineDash([]);
  const head = 5;
  ctx.beginPath();
  ctx.moveTo(b.x, b.y);
  ctx.lineTo(b.x - ux * head - uy * head * 0.6, b.y - uy * head + ux * head * 0.6);
  ctx.lineTo(b.x - ux * head + uy * head * 0.6, b.y - uy * head - ux * head * 0.6);
  ctx.closePath();
  ctx.fill();
  ctx.restore();
}

// ---- The legend ---------------------------------------------------------------------------------

export type CompareSwatchId = 'new' | 'persisting' | 'persisting-overlaid' | 'resolved' | 'earlier' | 'moved';

export const SWATCH = { width: 48, height: 30, density: 2 } as const;

const swatchTransform: ViewTransform = {
  scale: 1,
  offsetX: 0,
  offsetY: 0,
  viewWidth: SWATCH.width,
  viewHeight: SWATCH.height,
  fitScale: 1,
};

const sample = (x: number, y: number): ChartMark => ({
  ...UNRECORDED_FINDINGS,
  id: 'legend',
  siteId: 'legend',
  kind: 'trigger_point',
  activity: 'active',
  viewId: 'posterior',
  artworkVersion: 1,
  x: x / SWATCH.width,
  y: y / SWATCH.height,
  muscle: null,
  side: null,
  parentMarkId: null,
  deleted: false,
});

/** One legend picture (an active trigger point stands for every kind). */
export function paintCompareSwatch(canvas: HTMLCanvasElement, id: CompareSwatchId): void {
  const { width, height, density } = SWATCH;
  canvas.width = width * density;
  canvas.height = height * density;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(density, 0, 0, density, 0, 0);
  const t = swatchTransform;
  const mid = { x: width / 2, y: height / 2 };
  const point = sample(mid.x, mid.y);
  switch (id) {
    case 'new':
      paintMark(ctx, t, point, false, null, density);
      return paintNewRing(ctx, mid);
    case 'persisting':
      return paintMark(ctx, t, point, false, null, density);
    case 'persisting-overlaid':
      paintGhost(ctx, t, point, density);
      return paintMark(ctx, t, point, false, null, density);
    case 'earlier':
      return paintGhost(ctx, t, point, density);
    case 'resolved':
      paintGhost(ctx, t, point, density);
      return paintResolvedCross(ctx, mid);
    case 'moved': {
      const from = { x: 11, y: height / 2 };
      const to = { x: width - 9, y: height / 2 };
      paintGhost(ctx, t, sample(from.x, from.y), density);
      paintMoveLine(ctx, from, to);
      return paintMark(ctx, t, sample(to.x, to.y), false, null, density);
    }
  }
}

/**
 * The pictures of "Your points to press": for each view that holds a chosen point, the view's
 * artwork with only those points, drawn by the chart's own painters, and each point's number
 * beside it. Plain TypeScript (the layout of the numbers is tested in Node).
 */
import { UNRECORDED_FINDINGS, type ChartMark } from '../../../db/api/contract';
import type { SymbolId } from '../../chart/ui/symbols';
import { toScreen, type ViewTransform } from '../../chart/model/transform';
import { MARK_RADIUS_PX } from '../../chart/ui/symbols';
import { figureSize, usedSymbols } from '../printing/figures';
import type { FigureOverlay, PrintedFigure } from '../printing/paint-figure';
import type { HandoutPoint, PointGroup } from './handout-text';

/** The largest picture, CSS pixels (96 per inch): about 2.2 x 2.8 inches, the list beside it. */
export const HANDOUT_FIGURE_MAX = { width: 210, height: 270 } as const;

/** Radius of a number's disc, CSS pixels; its centre sits this far from the point, each way. */
export const BADGE_RADIUS = 7.5;
const BADGE_OFFSET = 13;

export interface HandoutFigure extends PrintedFigure {
  label: string;
  overlay: FigureOverlay;
}

function asMark(point: HandoutPoint): ChartMark {
  return {
    ...UNRECORDED_FINDINGS,
    id: point.markId,
    siteId: point.markId,
    kind: point.kind,
    activity: point.activity,
    viewId: point.viewId,
    artworkVersion: point.artworkVersion,
    x: point.x,
    y: point.y,
    muscle: point.muscle,
    side: point.side,
    parentMarkId: null,
    deleted: false,
  };
}

type Pt = { x: number; y: number };

/**
 * Where each number goes: beside its point (up-right first, then up-left, down-right,
 * down-left), clear of every point and of the numbers placed before it, and inside the picture
 * when it can be. When no place is clear, the first one inside the picture.
 */
export function badgeCentres(points: readonly Pt[], width: number, height: number): Pt[] {
  const placed: Pt[] = [];
  const inside = (c: Pt) =>
    c.x - BADGE_RADIUS >= 0 && c.y - BADGE_RADIUS >= 0 && c.x + BADGE_RADIUS <= width && c.y + BADGE_RADIUS <= height;
  const clear = (c: Pt) =>
    points.every((p) => Math.hypot(p.x - c.x, p.y - c.y) >= BADGE_RADIUS + MARK_RADIUS_PX) &&
    placed.every((b) => Math.hypot(b.x - c.x, b.y - c.y) >= 2 * BADGE_RADIUS + 1);
  for (const p of points) {
    const d = BADGE_OFFSET;
    const options = [
      { x: p.x + d, y: p.y - d },
      { x: p.x - d, y: p.y - d },
      { x: p.x + d, y: p.y + d },
      { x: p.x - d, y: p.y + d },
    ];
    const best = options.find((c) => inside(c) && clear(c)) ?? options.find(inside) ?? options[0];
    placed.push(best as Pt);
  }
  return placed;
}

/** Paints the numbers: a white disc with a dark ring and the number in bold, over the chart. */
function numbersOverlay(group: PointGroup, width: number, height: number): FigureOverlay {
  return (ctx: CanvasRenderingContext2D, t: ViewTransform) => {
    const at = group.points.map(({ point }) => toScreen(t, point.x, point.y));
    const centres = badgeCentres(at, width, height);
    ctx.save();
    ctx.font = `700 ${BADGE_RADIUS * 1.35}px system-ui, sans-serif`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    group.points.forEach(({ number }, i) => {
      const c = centres[i] as Pt;
      ctx.beginPath();
      ctx.arc(c.x, c.y, BADGE_RADIUS, 0, 2 * Math.PI);
      ctx.fillStyle = '#fff';
      ctx.fill();
      ctx.lineWidth = 1.25;
      ctx.strokeStyle = '#111';
      ctx.stroke();
      ctx.fillStyle = '#111';
      ctx.fillText(String(number), c.x, c.y + 0.5);
    });
    ctx.restore();
  };
}

/** One picture per group: the whole view, its chosen points and their numbers. */
export function handoutFigures(groups: readonly PointGroup[]): HandoutFigure[] {
  return groups.map((group) => {
    const { width, height } = figureSize(group.viewId, HANDOUT_FIGURE_MAX.width, HANDOUT_FIGURE_MAX.height);
    return {
      viewId: group.viewId,
      label: group.label,
      width,
      height,
      scene: {
        marks: group.points.map(({ point }) => asMark(point)),
        zones: [],
        selectedId: null,
        cautionFor: () => null,
        primaryOf: () => undefined,
      },
      overlay: numbersOverlay(group, width, height),
    };
  });
}

/** The legend's symbols: those of the chosen points, and the caution zone when a picture has one. */
export function handoutSymbols(groups: readonly PointGroup[]): SymbolId[] {
  const points = groups.flatMap((g) => g.points.map((n) => n.point));
  return usedSymbols(
    points,
    [],
    groups.map((g) => g.viewId),
  );
}

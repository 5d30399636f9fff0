/**
 * The compare page's pictures of one view: side by side (the earlier chart with its resolved
 * points faded and crossed, the later chart with its new points ringed) or overlaid (the later
 * chart over the earlier points, faded in dashed rings, a line where a point moved). Painted by
 * the chart's own painters (printing/paint-figure) with the marks of compare-paint on top.
 * Plain TypeScript (the scenes are tested in Node).
 */
import type { ChartMark, ViewId } from '../../../db/api/contract';
import { VIEW_ORDER, getView } from '../../chart/artwork';
import { toScreen, type ViewTransform } from '../../chart/model/transform';
import type { ChartScene } from '../../chart/ui/paint';
import type { SymbolId } from '../../chart/ui/symbols';
import { figureSize, usedSymbols } from '../printing/figures';
import type { FigureOverlay, PrintedFigure } from '../printing/paint-figure';
import { MOVED_PX, paintMoveLine, paintNewRing, paintResolvedCross } from './compare-paint';
import type { ChartComparison } from './diff';

export type CompareLayout = 'side' | 'overlay';

/** The largest picture, CSS pixels: two side by side, or one larger overlaid. */
export const SIDE_FIGURE_MAX = { width: 320, height: 430 } as const;
export const OVERLAY_FIGURE_MAX = { width: 420, height: 560 } as const;

export interface CompareFigure extends PrintedFigure {
  key: string;
  /** The caption: "Earlier visit, Tue 4 Mar 2025, 9:30 AM". */
  caption: string;
  /** The picture's accessible name. */
  label: string;
  overlay: FigureOverlay;
}

export interface ViewChoice {
  viewId: ViewId;
  label: string;
  /** Points on the view at either visit (a point on both charts counts once). */
  count: number;
}

/** The views with points at either visit, in tab order. */
export function viewsWithPoints(c: ChartComparison): ViewChoice[] {
  const counts = new Map<ViewId, number>();
  const add = (viewId: ViewId) => counts.set(viewId, (counts.get(viewId) ?? 0) + 1);
  for (const p of c.persisting) {
    add(p.after.viewId);
    if (p.before.viewId !== p.after.viewId) add(p.before.viewId);
  }
  for (const m of [...c.resolved, ...c.new]) add(m.viewId);
  return VIEW_ORDER.filter((v) => counts.has(v)).map((viewId) => ({
    viewId,
    label: getView(viewId).label,
    count: counts.get(viewId) ?? 0,
  }));
}

/** The view with the most points (the first in tab order on a tie), or null when none has any. */
export function busiestView(views: readonly ViewChoice[]): ViewId | null {
  let best: ViewChoice | null = null;
  for (const v of views) if (!best || v.count > best.count) best = v;
  return best?.viewId ?? null;
}

function scene(marks: ChartMark[], ghosts: ChartMark[] = []): ChartScene {
  const byId = new Map(marks.map((m) => [m.id, m]));
  return {
    marks,
    ghosts,
    zones: [],
    selectedId: null,
    cautionFor: () => null,
    primaryOf: (mark) => (mark.kind === 'satellite' && mark.parentMarkId ? byId.get(mark.parentMarkId) : undefined),
  };
}

const counted = (parts: [number, string][]) =>
  parts
    .filter(([n]) => n > 0)
    .map(([n, word]) => `${n} ${word}`)
    .join(', ') || 'no points';

export interface VisitNames {
  earlier: string;
  later: string;
}

/** The pictures of `viewId`: two side by side, or one overlaid. */
export function compareFigures(
  c: ChartComparison,
  viewId: ViewId,
  layout: CompareLayout,
  visits: VisitNames,
): CompareFigure[] {
  const on = (m: ChartMark) => m.viewId === viewId;
  const before = c.persisting.map((p) => p.before).filter(on);
  const after = c.persisting.map((p) => p.after).filter(on);
  const resolved = c.resolved.filter(on);
  const fresh = c.new.filter(on);
  const view = getView(viewId).label;
  const at = (t: ViewTransform, m: ChartMark) => toScreen(t, m.x, m.y);
  const ringNew: FigureOverlay = (ctx, t) => fresh.forEach((m) => paintNewRing(ctx, at(t, m)));
  const crossResolved: FigureOverlay = (ctx, t) => resolved.forEach((m) => paintResolvedCross(ctx, at(t, m)));

  if (layout === 'overlay') {
    const { width, height } = figureSize(viewId, OVERLAY_FIGURE_MAX.width, OVERLAY_FIGURE_MAX.height);
    const moved = c.persisting.filter((p) => on(p.before) && on(p.after));
    return [
      {
        key: 'overlay',
        viewId,
        width,
        height,
        caption: `${visits.earlier} and ${visits.later}`,
        label: `${view}, both visits: ${counted([
          [fresh.length, 'new'],
          [after.length, 'still present'],
          [resolved.length, 'resolved'],
        ])}`,
        scene: scene([...after, ...fresh], [...before, ...resolved]),
        overlay: (ctx, t) => {
          for (const p of moved) {
            const from = at(t, p.before);
            const to = at(t, p.after);
            if (Math.hypot(to.x - from.x, to.y - from.y) >= MOVED_PX) paintMoveLine(ctx, from, to);
          }
          ringNew(ctx, t);
          crossResolved(ctx, t);
        },
      },
    ];
  }
  const { width, height } = figureSize(viewId, SIDE_FIGURE_MAX.width, SIDE_FIGURE_MAX.height);
  return [
    {
      key: 'earlier',
      viewId,
      width,
      height,
      caption: visits.earlier,
      label: `${view}, ${visits.earlier}: ${counted([
        [before.length, 'still present'],
        [resolved.length, 'resolved'],
      ])}`,
      scene: scene(before, resolved),
      overlay: crossResolved,
    },
    {
      key: 'later',
      viewId,
      width,
      height,
      caption: visits.later,
      label: `${view}, ${visits.later}: ${counted([
        [after.length, 'still present'],
        [fresh.length, 'new'],
      ])}`,
      scene: scene([...after, ...fresh]),
      overlay: ringNew,
    },
  ];
}

/** The kinds of point the pictures of `viewId` show (and the caution zone when the view has one). */
export function compareSymbols(c: ChartComparison, viewId: ViewId): SymbolId[] {
  const marks = [...c.persisting.flatMap((p) => [p.before, p.after]), ...c.resolved, ...c.new];
  return usedSymbols(marks, [], [viewId]);
}

/**
 * The pictures of "Your points to press": for each view that holds a chosen point, the view's
 * artwork with only those points, drawn by the chart's own painters, and each point's number
 * beside it. When the sheet shows the referral atlas, each picture also shades the zones on its
 * view, and up to two more pictures show the places no point's picture does. Plain TypeScript
 * (the layout of the numbers and the choice of pictures are tested in Node).
 */
import {
  UNRECORDED_FINDINGS,
  muscleSideKey,
  type ChartMark,
  type ChartZone,
  type HandoutReferral,
  type ViewId,
} from '../../../db/api/contract';
import type { SymbolId } from '../../chart/ui/symbols';
import { toScreen, type ViewTransform } from '../../chart/model/transform';
import { MARK_RADIUS_PX } from '../../chart/ui/symbols';
import { VIEW_ORDER, getView } from '../../chart/artwork';
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

/** The referral zones drawn on one view, as the chart's zones (painted under the points). */
export function referralZonesOn(referral: HandoutReferral | null | undefined, viewId: ViewId): ChartZone[] {
  return (referral?.zones ?? []).flatMap((zone, i) =>
    zone.viewId === viewId
      ? [
          {
            id: `referral-${i}`,
            markId: `referral-${i}`,
            viewId,
            artworkVersion: getView(viewId).version,
            shape: 'polygon' as const,
            points: zone.polygon,
            pattern: zone.pattern,
            deleted: false,
          },
        ]
      : [],
  );
}

/** One picture per group: the whole view, its chosen points, their numbers and the referral zones on it. */
export function handoutFigures(groups: readonly PointGroup[], referral?: HandoutReferral | null): HandoutFigure[] {
  return groups.map((group) => {
    const { width, height } = figureSize(group.viewId, HANDOUT_FIGURE_MAX.width, HANDOUT_FIGURE_MAX.height);
    return {
      viewId: group.viewId,
      label: group.label,
      width,
      height,
      scene: {
        marks: group.points.map(({ point }) => asMark(point)),
        zones: referralZonesOn(referral, group.viewId),
        selectedId: null,
        cautionFor: () => null,
        primaryOf: () => undefined,
      },
      overlay: numbersOverlay(group, width, height),
    };
  });
}

/** At most this many pictures are added for the places the points' pictures do not show. */
export const MAX_REFERRAL_FIGURES = 2;

/** Head-and-neck views first, then the chart's tab order: how ties between views are settled. */
const TIE_ORDER: readonly ViewId[] = [
  ...VIEW_ORDER.filter((v) => v.startsWith('head-neck')),
  ...VIEW_ORDER.filter((v) => !v.startsWith('head-neck')),
];

/**
 * The views to add so the sheet shows where the points' pain goes. A place is a muscle, side and
 * label (the atlas draws one place on a detail view and on its full-body view); it is shown when
 * a picture's view draws it. While places are left unshown, the view that shows the most of them
 * is added (ties: head-and-neck views first, then the tab order), at most MAX_REFERRAL_FIGURES.
 */
export function referralViews(groups: readonly PointGroup[], referral: HandoutReferral | null | undefined): ViewId[] {
  const viewsOf = new Map<string, Set<ViewId>>();
  for (const zone of referral?.zones ?? []) {
    const place = `${muscleSideKey(zone)}\n${zone.label}`;
    const views = viewsOf.get(place) ?? new Set<ViewId>();
    views.add(zone.viewId);
    viewsOf.set(place, views);
  }
  const shownOn = new Set(groups.map((g) => g.viewId));
  let unshown = [...viewsOf.values()].filter((views) => ![...views].some((v) => shownOn.has(v)));
  const added: ViewId[] = [];
  while (unshown.length > 0 && added.length < MAX_REFERRAL_FIGURES) {
    const count = (view: ViewId) => unshown.filter((views) => views.has(view)).length;
    const best = TIE_ORDER.reduce((a, b) => (count(b) > count(a) ? b : a));
    added.push(best);
    unshown = unshown.filter((views) => !views.has(best));
  }
  return added;
}

export interface ReferralFigure extends PrintedFigure {
  /** "Head & neck, right side: where the pain may be felt". */
  label: string;
  /** The numbers of the points whose pain the picture shades, in order. */
  numbers: number[];
}

/** The pictures added for the places no point's picture shows: the whole view and its zones, no points. */
export function referralFigures(
  groups: readonly PointGroup[],
  referral: HandoutReferral | null | undefined,
): ReferralFigure[] {
  return referralViews(groups, referral).map((viewId) => {
    const { width, height } = figureSize(viewId, HANDOUT_FIGURE_MAX.width, HANDOUT_FIGURE_MAX.height);
    const drawn = new Set((referral?.zones ?? []).filter((z) => z.viewId === viewId).map(muscleSideKey));
    const numbers = groups.flatMap((g) => g.points).filter(({ point }) => drawn.has(muscleSideKey(point)));
    return {
      viewId,
      label: `${getView(viewId).label}: where the pain may be felt`,
      numbers: numbers.map((n) => n.number),
      width,
      height,
      scene: {
        marks: [],
        zones: referralZonesOn(referral, viewId),
        selectedId: null,
        cautionFor: () => null,
        primaryOf: () => undefined,
      },
    };
  });
}

/**
 * The legend's symbols: those of the chosen points, the referral zones the pictures shade, and
 * the caution zone when a picture has one.
 */
export function handoutSymbols(
  groups: readonly PointGroup[],
  referral?: HandoutReferral | null,
  /** The added pictures' views, when the caller has them already (referralFigures). */
  extraViews: readonly ViewId[] = referralViews(groups, referral),
): SymbolId[] {
  const points = groups.flatMap((g) => g.points.map((n) => n.point));
  const views = [...groups.map((g) => g.viewId), ...extraViews];
  return usedSymbols(points, referral?.zones ?? [], views);
}

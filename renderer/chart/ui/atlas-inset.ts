/**
 * The small second picture in the corner of the chart (AtlasInset): the muscle shown from the
 * atlas on one more view, so the therapist sees where its trigger points are and where they send
 * pain together. Pure: which view to show, and the picture's SVG pieces in view units.
 *
 * Which view (insetView), first that is not the view on the chart and holds some of the muscle's
 * pattern on that side:
 * - from a full-body view: that side's head-and-neck view, then the head-and-neck view from
 *   behind, then the first view holding the muscle's typical points (its source), then the other
 *   view holding the most of its essential zones (where the pain nearly always is: infraspinatus
 *   on the back shows the front, deep in the shoulder). A muscle whose points and essential zones
 *   are all on the view already shown gets no inset (gluteus medius and rhomboids on the back: a
 *   second body picture would only cover the chart to add a spillover zone or nothing).
 * - from a head-and-neck view: the first full-body view holding the muscle's typical points (the
 *   head-and-neck views show where pain is felt; the inset shows where it comes from), else the
 *   other head-and-neck views (suboccipitals and splenius cervicis have their points there only).
 */
import type { Side, ViewId } from '../../../db/api/contract';
import { getView, type Pt } from '../artwork';
import { atlasById, atlasOnView, type AtlasXY, type ZonePattern } from '../atlas';

/** Where the head and neck of that side show best (a midline muscle: from behind). */
const HEAD_NECK_OF_SIDE: Record<Side, ViewId> = {
  right: 'head-neck-right',
  left: 'head-neck-left',
  midline: 'head-neck-posterior',
};

export function isHeadNeckView(viewId: ViewId): boolean {
  return viewId.startsWith('head-neck-');
}

function holdsPattern(muscleId: string, side: Side, viewId: ViewId): boolean {
  const { points, zones } = atlasOnView(muscleId, side, viewId);
  return points.length + zones.length > 0;
}

/** The views holding the muscle's typical points on that side, in the atlas's order. */
function sourceViews(muscleId: string, side: Side): ViewId[] {
  const points = atlasById(muscleId)?.points ?? [];
  return [...new Set(points.filter((p) => p.side === side).map((p) => p.viewId))];
}

/** The view, other than `current`, holding the most of the muscle's essential zones on that side. */
function painView(muscleId: string, side: Side, current: ViewId): ViewId | null {
  const counts = new Map<ViewId, number>();
  for (const z of atlasById(muscleId)?.zones ?? []) {
    if (z.side === side && z.pattern === 'essential' && z.viewId !== current)
      counts.set(z.viewId, (counts.get(z.viewId) ?? 0) + 1);
  }
  let best: ViewId | null = null;
  for (const [viewId, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = viewId;
  return best;
}

/** The view the inset shows for this muscle and side while `current` is on the chart; null for none. */
export function insetView(muscleId: string, side: Side, current: ViewId): ViewId | null {
  const headNeck: ViewId[] = [...new Set<ViewId>([HEAD_NECK_OF_SIDE[side], 'head-neck-posterior'])];
  const sources = sourceViews(muscleId, side);
  const candidates = isHeadNeckView(current)
    ? [...sources.filter((v) => !isHeadNeckView(v)).slice(0, 1), ...headNeck]
    : [...headNeck, ...sources.slice(0, 1), painView(muscleId, side, current)];
  return candidates.find((v) => v !== null && v !== current && holdsPattern(muscleId, side, v)) ?? null;
}

/** The largest picture, in CSS pixels (the card adds a caption and a small frame). */
export const INSET_MAX_WIDTH = 150;
export const INSET_MAX_HEIGHT = 164;
/** Below this many pixels per view unit (mm) a whole view is too small to read: the inset frames the pattern. */
const MIN_WHOLE_SCALE = 0.3;
/** Around the pattern, in view units (mm), and the smallest frame (head, neck and shoulders). */
const FRAME_MARGIN = 70;
const FRAME_MIN_WIDTH = 360;
const FRAME_MIN_HEIGHT = 460;
/** The narrowest frame, as width over height: a long zone down the arm still shows the body beside it. */
const FRAME_MIN_ASPECT = 0.6;

export interface InsetZone {
  id: string;
  pattern: ZonePattern;
  /** The SVG `points` attribute, in view units. */
  points: string;
}

export interface InsetPoint {
  id: string;
  cx: number;
  cy: number;
}

export interface InsetPicture {
  viewId: ViewId;
  /** The view's name, e.g. 'Head & neck, right side'. */
  viewLabel: string;
  /** The part of the view shown (SVG viewBox), in view units, inside the view's box. */
  frame: { x: number; y: number; width: number; height: number };
  /** The picture's size in CSS pixels. */
  width: number;
  height: number;
  /** One CSS pixel in view units: strokes, rings and hatching keep their pixel size. */
  px: number;
  /** Skin outlines (SVG path data), drawn in order. */
  body: string[];
  /** Anatomy lines (SVG path data). */
  lines: string[];
  zones: InsetZone[];
  points: InsetPoint[];
}

const r1 = (n: number) => Math.round(n * 10) / 10;

function pathData(points: readonly Pt[], closed: boolean): string {
  const d = points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${r1(x)} ${r1(y)}`).join('');
  return closed ? `${d}Z` : d;
}

interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** One side of the frame: at least `min` long around [lo, hi] plus margin, inside [0, size]. */
function span(lo: number, hi: number, min: number, size: number): [number, number] {
  const length = Math.min(size, Math.max(hi - lo + 2 * FRAME_MARGIN, min));
  const start = (lo + hi) / 2 - length / 2;
  return [Math.min(Math.max(start, 0), size - length), length];
}

/** The muscle's pattern on one view as SVG pieces, in view units. */
export function insetPicture(muscleId: string, side: Side, viewId: ViewId): InsetPicture {
  const view = getView(viewId);
  const { points, zones } = atlasOnView(muscleId, side, viewId);
  const toView = ([x, y]: AtlasXY): Pt => [x * view.width, y * view.height];
  const zonePts = zones.map((z) => z.polygon.map(toView));
  const pointPts = points.map((p) => toView([p.x, p.y]));

  let frame = { x: 0, y: 0, width: view.width, height: view.height };
  const wholeScale = Math.min(INSET_MAX_WIDTH / view.width, INSET_MAX_HEIGHT / view.height);
  const all = [...zonePts.flat(), ...pointPts];
  if (wholeScale < MIN_WHOLE_SCALE && all.length > 0) {
    const box = all.reduce<Box>(
      (b, [x, y]) => ({
        minX: Math.min(b.minX, x),
        minY: Math.min(b.minY, y),
        maxX: Math.max(b.maxX, x),
        maxY: Math.max(b.maxY, y),
      }),
      { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity },
    );
    const [y, height] = span(box.minY, box.maxY, FRAME_MIN_HEIGHT, view.height);
    const [x, width] = span(box.minX, box.maxX, Math.max(FRAME_MIN_WIDTH, height * FRAME_MIN_ASPECT), view.width);
    frame = { x: r1(x), y: r1(y), width: r1(width), height: r1(height) };
  }
  const scale = Math.min(INSET_MAX_WIDTH / frame.width, INSET_MAX_HEIGHT / frame.height);

  return {
    viewId,
    viewLabel: view.label,
    frame,
    width: Math.round(frame.width * scale),
    height: Math.round(frame.height * scale),
    px: 1 / scale,
    body: view.body.map((poly) => pathData(poly, true)),
    lines: view.lines.map((line) => pathData(line.points, line.closed)),
    zones: zones.map((z, i) => ({
      id: z.id,
      pattern: z.pattern,
      points: (zonePts[i] ?? []).map(([x, y]) => `${r1(x)},${r1(y)}`).join(' '),
    })),
    points: points.map((p, i) => ({ id: p.id, cx: r1(pointPts[i]?.[0] ?? 0), cy: r1(pointPts[i]?.[1] ?? 0) })),
  };
}

const count = (n: number, one: string, many: string) => `${n === 0 ? 'no' : n} ${n === 1 ? one : many}`;

/** What the picture shows, for screen readers. */
export function insetLabel(muscleId: string, side: Side, picture: InsetPicture): string {
  const name = atlasById(muscleId)?.muscle ?? 'this muscle';
  return `Atlas pattern of ${name}, ${side}, on ${picture.viewLabel}: ${count(picture.zones.length, 'zone', 'zones')} and ${count(picture.points.length, 'typical point', 'typical points')}`;
}

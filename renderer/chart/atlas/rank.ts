/**
 * Symptom search for the referral atlas: the therapist paints (or clicks) where the client
 * feels pain on one view, and we rank the muscles whose referral zones cover that area.
 *
 * Score of one muscle on one side:
 *   ESSENTIAL_WEIGHT × (share of the painted area inside its essential zones)
 * + SPILLOVER_WEIGHT × (share inside its spillover zones but outside its essential ones)
 * so a muscle whose essential zone covers the whole painted area scores exactly 1, and one
 * whose spillover zone covers it scores 0.5.
 *
 * Method: sampling, not exact polygon clipping. We lay a regular grid of SAMPLES_PER_AXIS ×
 * SAMPLES_PER_AXIS points (cell centres) over the painted area's bounding box, keep the points
 * inside the painted area, and which of those each zone covers, both by scanline: per grid row,
 * where the row crosses the outline, the stretches between crossings being inside (even-odd,
 * as pointInPolygon decides).
 * Why: it has no dependency (the exact-clipping library, polygon-clipping, is not installed),
 * it copes with anything a hand-painted stroke can be (self-crossing, concave, a click disc)
 * where exact clipping needs clean simple polygons, and a ranking does not need exact areas:
 * with 96 samples per axis the shares are within about a percent or two for shapes a few
 * cells wide, far finer than the zones themselves are drawn. Shares are ratios, so they do not
 * depend on the view's aspect ratio; only the click disc needs it to look round on screen.
 */
import { pointInPolygon, polygonArea } from '../artwork/geometry';

/** How much a painted sample inside an essential zone (pain nearly always felt there) counts. */
export const ESSENTIAL_WEIGHT = 1;
/** How much a sample inside only a spillover zone (pain sometimes felt there) counts. */
export const SPILLOVER_WEIGHT = 0.5;
/** Grid resolution over the painted area's bounding box. */
export const SAMPLES_PER_AXIS = 96;
/** Default radius of a click, in view-width units (0..1): about a fingertip on a body view. */
export const DEFAULT_CLICK_RADIUS = 0.02;

/** A point in normalised view coordinates (0..1 across the view's artwork box). */
export type RankPoint = readonly [number, number];

/** The minimum we need of an atlas zone (structurally compatible with the atlas data). */
export interface RankZone {
  readonly id: string;
  /** Only 'left' and 'right' zones are ranked. */
  readonly side: string;
  readonly viewId: string;
  readonly pattern: 'essential' | 'spillover';
  readonly polygon: readonly RankPoint[];
}

/** The minimum we need of an atlas muscle. */
export interface RankMuscle {
  readonly id: string;
  /** Display name; ties in score sort by it. */
  readonly muscle: string;
  readonly zones: readonly RankZone[];
}

/** Where the client feels pain, on one view. */
export type PaintedArea =
  | { readonly kind: 'polygon'; readonly viewId: string; readonly points: readonly RankPoint[] }
  | {
      readonly kind: 'click';
      readonly viewId: string;
      readonly point: RankPoint;
      /** Radius in view-width units (default DEFAULT_CLICK_RADIUS). */
      readonly radius?: number;
    };

export interface RankOptions {
  /**
   * The view's height divided by its width, so a click disc is round on screen rather than in
   * normalised units (default 1).
   */
  readonly aspect?: number;
  /** Radius used when a degenerate polygon falls back to a click (default DEFAULT_CLICK_RADIUS). */
  readonly clickRadius?: number;
}

export interface RankedMuscle {
  readonly muscleId: string;
  readonly muscle: string;
  readonly side: 'left' | 'right';
  /** ESSENTIAL_WEIGHT × essentialShare + SPILLOVER_WEIGHT × spilloverShare, in 0..1. */
  readonly score: number;
  /** Share (0..1) of the painted area inside this muscle's essential zones on this side. */
  readonly essentialShare: number;
  /** Share (0..1) inside its spillover zones but not its essential ones. */
  readonly spilloverShare: number;
  /** The zones (on the painted view and side) that overlap the painted area, for "show". */
  readonly zoneIds: readonly string[];
}

interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

// The artwork's own polygon geometry: ray casting and the shoelace area.
export { pointInPolygon, polygonArea };

function boxOf(points: readonly RankPoint[]): Box {
  const box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const [x, y] of points) {
    box.minX = Math.min(box.minX, x);
    box.minY = Math.min(box.minY, y);
    box.maxX = Math.max(box.maxX, x);
    box.maxY = Math.max(box.maxY, y);
  }
  return box;
}

/** Below this area (in normalised units²) a painted polygon is a line or a dot, not an area. */
const MIN_AREA = 1e-9;

/**
 * The painted area as a bounding box and an inside test. A polygon with fewer than 3 points or
 * no area (a tap, a short straight stroke) is treated as a click at the mean of its points,
 * since that is what the therapist meant; no points at all gives nothing.
 */
function paintedShape(area: PaintedArea, options: RankOptions): { box: Box; spans: (y: number) => number[] } | null {
  if (area.kind === 'polygon') {
    const pts = area.points;
    if (pts.length === 0) return null;
    if (pts.length >= 3 && polygonArea(pts) > MIN_AREA) return { box: boxOf(pts), spans: (y) => crossings(pts, y) };
    const cx = pts.reduce((s, p) => s + p[0], 0) / pts.length;
    const cy = pts.reduce((s, p) => s + p[1], 0) / pts.length;
    return paintedShape({ kind: 'click', viewId: area.viewId, point: [cx, cy], radius: options.clickRadius }, options);
  }
  const [cx, cy] = area.point;
  const rx = Math.max(area.radius ?? DEFAULT_CLICK_RADIUS, 1e-6);
  // Radius is in view-width units; in height units it is rx × width / height.
  const ry = rx / (options.aspect && options.aspect > 0 ? options.aspect : 1);
  return {
    box: { minX: cx - rx, minY: cy - ry, maxX: cx + rx, maxY: cy + ry },
    spans: (y) => {
      const t = 1 - ((y - cy) / ry) ** 2;
      if (t < 0) return [];
      const half = rx * Math.sqrt(t);
      return [cx - half, cx + half];
    },
  };
}

/**
 * Where a horizontal line at y crosses the polygon's edges, sorted: consecutive pairs are the
 * stretches inside it, by the same even-odd rule as pointInPolygon (a scanline, so filling the
 * grid costs one pass over the edges per row rather than per sample).
 */
function crossings(pts: readonly RankPoint[], y: number): number[] {
  const xs: number[] = [];
  for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) {
    const [xi, yi] = pts[i] as RankPoint;
    const [xj, yj] = pts[j] as RankPoint;
    if (yi > y !== yj > y) xs.push(xi + ((y - yi) * (xj - xi)) / (yj - yi));
  }
  return xs.sort((a, b) => a - b);
}

/**
 * The sampling grid over the painted area's bounding box: cell centres, and which of them lie
 * inside the area. Kept as a grid so a zone is tested only against the cells under its own box.
 */
interface Grid {
  minX: number;
  minY: number;
  stepX: number;
  stepY: number;
  inside: Uint8Array;
  count: number;
}

function gridOf(area: PaintedArea, options: RankOptions): Grid | null {
  const shape = paintedShape(area, options);
  if (!shape) return null;
  const { box, spans } = shape;
  const n = SAMPLES_PER_AXIS;
  const grid: Grid = {
    minX: box.minX,
    minY: box.minY,
    stepX: (box.maxX - box.minX) / n,
    stepY: (box.maxY - box.minY) / n,
    inside: new Uint8Array(n * n),
    count: 0,
  };
  for (let i = 0; i < n; i++) {
    const xs = spans(grid.minY + (i + 0.5) * grid.stepY);
    for (let p = 0; p + 1 < xs.length; p += 2) {
      const [j0, j1] = cellRange(xs[p] as number, xs[p + 1] as number, grid.minX, grid.stepX);
      for (let j = j0; j <= j1; j++) {
        if (grid.inside[i * n + j]) continue;
        grid.inside[i * n + j] = 1;
        grid.count++;
      }
    }
  }
  return grid.count > 0 ? grid : null;
}

/** The grid cells whose centres fall within [lo, hi] along one axis. */
function cellRange(lo: number, hi: number, min: number, step: number): [number, number] {
  if (step <= 0) return lo <= min && min <= hi ? [0, SAMPLES_PER_AXIS - 1] : [0, -1];
  return [
    Math.max(0, Math.ceil((lo - min) / step - 0.5)),
    Math.min(SAMPLES_PER_AXIS - 1, Math.floor((hi - min) / step - 0.5)),
  ];
}

/** Marks the grid's inside cells covered by any of the zones; returns the zones that cover one. */
function cover(grid: Grid, zones: readonly RankZone[], covered: Uint8Array): string[] {
  const n = SAMPLES_PER_AXIS;
  const hitZones: string[] = [];
  for (const zone of zones) {
    if (zone.polygon.length < 3) continue;
    const box = boxOf(zone.polygon);
    const [i0, i1] = cellRange(box.minY, box.maxY, grid.minY, grid.stepY);
    const [j0, j1] = cellRange(box.minX, box.maxX, grid.minX, grid.stepX);
    let hit = false;
    for (let i = i0; i <= i1; i++) {
      const xs = crossings(zone.polygon, grid.minY + (i + 0.5) * grid.stepY);
      for (let p = 0; p + 1 < xs.length; p += 2) {
        const [from, to] = cellRange(xs[p] as number, xs[p + 1] as number, grid.minX, grid.stepX);
        for (let j = Math.max(from, j0); j <= Math.min(to, j1); j++) {
          const k = i * n + j;
          if (!grid.inside[k]) continue;
          covered[k] = 1;
          hit = true;
        }
      }
    }
    if (hit) hitZones.push(zone.id);
  }
  return hitZones;
}

/**
 * The muscles (one result per muscle and side) whose zones on the painted view overlap the
 * painted area, best explanation first: by score, then by name, then left before right.
 */
export function rankMuscles(
  area: PaintedArea,
  muscles: readonly RankMuscle[],
  options: RankOptions = {},
): RankedMuscle[] {
  const grid = gridOf(area, options);
  if (!grid) return [];
  const results: RankedMuscle[] = [];
  const cells = SAMPLES_PER_AXIS * SAMPLES_PER_AXIS;
  for (const m of muscles) {
    for (const side of ['left', 'right'] as const) {
      const zones = m.zones.filter((z) => z.viewId === area.viewId && z.side === side);
      if (zones.length === 0) continue;
      const essential = new Uint8Array(cells);
      const spillover = new Uint8Array(cells);
      const essentialZones = cover(
        grid,
        zones.filter((z) => z.pattern === 'essential'),
        essential,
      );
      const spilloverZones = cover(
        grid,
        zones.filter((z) => z.pattern === 'spillover'),
        spillover,
      );
      let essentialCount = 0;
      let spilloverCount = 0;
      for (let k = 0; k < cells; k++) {
        if (essential[k]) essentialCount++;
        else if (spillover[k]) spilloverCount++;
      }
      if (essentialCount + spilloverCount === 0) continue;
      const essentialShare = essentialCount / grid.count;
      const spilloverShare = spilloverCount / grid.count;
      results.push({
        muscleId: m.id,
        muscle: m.muscle,
        side,
        score: ESSENTIAL_WEIGHT * essentialShare + SPILLOVER_WEIGHT * spilloverShare,
        essentialShare,
        spilloverShare,
        zoneIds: [...essentialZones, ...spilloverZones],
      });
    }
  }
  return results.sort(
    (a, b) =>
      b.score - a.score || a.muscle.localeCompare(b.muscle) || (a.side === b.side ? 0 : a.side === 'left' ? -1 : 1),
  );
}

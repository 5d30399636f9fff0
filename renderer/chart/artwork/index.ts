/**
 * The body-chart artwork: every view's drawing, and the hit tests the chart uses on normalised
 * coordinates (x, y in 0..1 of the view's artwork box). Plain TypeScript (no React, no Konva).
 */
import { VIEW_IDS, type Side, type ViewId } from '../../../db/api/chart-schema';
import { boundingBox, interiorPoint, pointInPolygon, polygonArea, type Box } from './geometry';
import type { ArtworkRegion, ArtworkView, Pt } from './types';
import { anterior } from './views/anterior';
import { headNeckLeft } from './views/head-neck-left';
import { headNeckPosterior } from './views/head-neck-posterior';
import { headNeckRight } from './views/head-neck-right';
import { leftLateral } from './views/left-lateral';
import { posterior } from './views/posterior';
import { rightLateral } from './views/right-lateral';

export type { ArtworkRegion, ArtworkView, Pt } from './types';

export const ARTWORK: Record<ViewId, ArtworkView> = {
  anterior,
  posterior,
  'left-lateral': leftLateral,
  'right-lateral': rightLateral,
  'head-neck-posterior': headNeckPosterior,
  'head-neck-left': headNeckLeft,
  'head-neck-right': headNeckRight,
};

/** Tab order: the order of the contract's view ids. */
export const VIEW_ORDER: readonly ViewId[] = VIEW_IDS;

export function getView(id: ViewId): ArtworkView {
  return ARTWORK[id];
}

export function artworkVersion(viewId: ViewId): number {
  return ARTWORK[viewId].version;
}

/** Every muscle name the artwork uses, sorted: the pick list. */
export const MUSCLE_NAMES: string[] = [
  ...new Set(Object.values(ARTWORK).flatMap((v) => v.regions.map((r) => r.muscle))),
].sort((a, b) => a.localeCompare(b));

export interface RegionHit {
  muscle: string;
  side: Side;
  regionId: string;
}

interface Indexed {
  region: ArtworkRegion;
  box: Box;
  area: number;
}

const index = new Map<ViewId, Indexed[]>();

/** The view's regions smallest first, with bounding boxes: the first one containing a point wins. */
function indexed(viewId: ViewId): Indexed[] {
  let list = index.get(viewId);
  if (!list) {
    list = ARTWORK[viewId].regions
      .map((region) => ({ region, box: boundingBox(region.points), area: polygonArea(region.points) }))
      .sort((a, b) => a.area - b.area);
    index.set(viewId, list);
  }
  return list;
}

/** View units of a normalised point, or undefined off the artwork box. */
function toView(view: ArtworkView, x: number, y: number): Pt | undefined {
  if (!(x >= 0 && x <= 1 && y >= 0 && y <= 1)) return undefined;
  return [x * view.width, y * view.height];
}

function inBox(b: Box, x: number, y: number): boolean {
  return x >= b.minX && x <= b.maxX && y >= b.minY && y <= b.maxY;
}

/** The muscle region under a normalised point (the smallest one if regions overlap). */
export function muscleAt(viewId: ViewId, x: number, y: number): RegionHit | undefined {
  const p = toView(ARTWORK[viewId], x, y);
  if (!p) return undefined;
  for (const { region, box } of indexed(viewId)) {
    if (inBox(box, p[0], p[1]) && pointInPolygon(p[0], p[1], region.points)) {
      return { muscle: region.muscle, side: region.side, regionId: region.id };
    }
  }
  return undefined;
}

export function isOnBody(viewId: ViewId, x: number, y: number): boolean {
  const p = toView(ARTWORK[viewId], x, y);
  return !!p && ARTWORK[viewId].body.some((poly) => pointInPolygon(p[0], p[1], poly));
}

export function inCautionZone(viewId: ViewId, x: number, y: number): boolean {
  const p = toView(ARTWORK[viewId], x, y);
  return !!p && ARTWORK[viewId].caution.some((zone) => pointInPolygon(p[0], p[1], zone.points));
}

const labelPoints = new Map<string, Pt | undefined>();

/**
 * A good place for a region's label, in view units: the visible point of the region (inside
 * the box, not under a smaller region) farthest from its edges. Undefined if none shows.
 */
export function regionLabelPoint(viewId: ViewId, regionId: string): Pt | undefined {
  const key = `${viewId}/${regionId}`;
  if (labelPoints.has(key)) return labelPoints.get(key);
  const view = ARTWORK[viewId];
  const list = indexed(viewId);
  const at = list.findIndex((e) => e.region.id === regionId);
  const entry = list[at];
  let point: Pt | undefined;
  if (entry) {
    const smaller = list.slice(0, at);
    point = interiorPoint(
      entry.region.points,
      (x, y) => smaller.some((s) => inBox(s.box, x, y) && pointInPolygon(x, y, s.region.points)),
      { minX: 0, minY: 0, maxX: view.width, maxY: view.height },
    );
  }
  labelPoints.set(key, point);
  return point;
}

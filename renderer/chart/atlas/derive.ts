/**
 * From the authored data (the body's right side, on five views) to the full atlas:
 *
 * 1. Detail to full body. The head-and-neck views are crops of the full-body views (the same
 *    outline and shapes, see HEAD_NECK_*_BOX in the artwork), so a zone drawn on a detail view is
 *    also placed on its full-body view by the same crop, scaled. A trigger point is carried over
 *    only where the full-body view draws that same muscle under it (the detail views show deep
 *    muscles the full views do not).
 * 2. Right to left. The left-side views are exact mirror images of the right-side ones
 *    (mirrorView in the artwork), and the back and front views are symmetric about the midline,
 *    so the body's left side is x -> 1 - x on the matching view.
 */
import { muscleAt } from '../artwork';
import { HEAD_NECK_POSTERIOR_BOX } from '../artwork/views/head-neck-posterior';
import { HEAD_NECK_SIDE_BOX } from '../artwork/views/head-neck-right';
import { FULL_HEIGHT, FULL_WIDTH } from '../artwork/views/front-back-body';
import { SIDE_HEIGHT, SIDE_WIDTH } from '../artwork/views/side-outline';
import type { AtlasMuscle, AtlasPoint, AtlasXY, AtlasZone, AuthoredMuscle, AuthorView, Side, ViewId } from './types';

interface Crop {
  full: ViewId;
  x0: number;
  y0: number;
  width: number;
  height: number;
  fullWidth: number;
  fullHeight: number;
}

const CROPS: Partial<Record<AuthorView, Crop>> = {
  'head-neck-posterior': {
    full: 'posterior',
    ...HEAD_NECK_POSTERIOR_BOX,
    fullWidth: FULL_WIDTH,
    fullHeight: FULL_HEIGHT,
  },
  'head-neck-right': { full: 'right-lateral', ...HEAD_NECK_SIDE_BOX, fullWidth: SIDE_WIDTH, fullHeight: SIDE_HEIGHT },
};

/** Where the body's left side of an authored view is drawn (x -> 1 - x there). */
export const MIRROR_VIEW: Record<AuthorView, ViewId> = {
  anterior: 'anterior',
  posterior: 'posterior',
  'head-neck-posterior': 'head-neck-posterior',
  'right-lateral': 'left-lateral',
  'head-neck-right': 'head-neck-left',
};

const round = (n: number) => Math.round(n * 10000) / 10000;

function toFull(c: Crop, [x, y]: AtlasXY): AtlasXY {
  return [round((c.x0 + x * c.width) / c.fullWidth), round((c.y0 + y * c.height) / c.fullHeight)];
}

export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** A right-side polygon as the left side's, on the mirrored view (kept counter-clockwise alike). */
export function mirrorPolygon(polygon: readonly AtlasXY[]): AtlasXY[] {
  return polygon.map(([x, y]): AtlasXY => [round(1 - x), y]).reverse();
}

/** The muscle on both sides and on every view it shows on. */
export function deriveMuscle(m: AuthoredMuscle): AtlasMuscle {
  const rightPoints: AtlasPoint[] = [];
  const rightZones: AtlasZone[] = [];
  const addPoint = (viewId: ViewId, at: AtlasXY, label: string) =>
    rightPoints.push({
      id: `${m.id}-right-${viewId}-${slug(label)}`,
      side: 'right',
      viewId,
      x: at[0],
      y: at[1],
      label,
    });
  const addZone = (viewId: ViewId, z: AuthoredMuscle['zones'][number], polygon: readonly AtlasXY[]) =>
    rightZones.push({
      id: `${m.id}-right-${viewId}-${slug(z.label)}`,
      side: 'right',
      viewId,
      pattern: z.pattern,
      polygon,
      label: z.label,
    });

  for (const p of m.points) addPoint(p.viewId, p.at, p.label);
  for (const p of m.points) {
    const crop = CROPS[p.viewId];
    if (!crop) continue;
    const at = toFull(crop, p.at);
    const hit = muscleAt(crop.full, at[0], at[1]);
    const authored = rightPoints.some((q) => q.viewId === crop.full && q.label === p.label);
    if (hit?.muscle === m.muscle && hit.side === 'right' && !authored) addPoint(crop.full, at, p.label);
  }
  for (const z of m.zones) {
    addZone(z.viewId, z, z.polygon);
    const crop = CROPS[z.viewId];
    if (crop)
      addZone(
        crop.full,
        z,
        z.polygon.map((v) => toFull(crop, v)),
      );
  }

  const mirrorView = (v: ViewId): ViewId => MIRROR_VIEW[v as AuthorView];
  const left = (id: string, v: ViewId) => id.replace(`-right-${v}-`, `-left-${mirrorView(v)}-`);
  const side: Side = 'left';
  const leftPoints = rightPoints.map((p) => ({
    ...p,
    id: left(p.id, p.viewId),
    side,
    viewId: mirrorView(p.viewId),
    x: round(1 - p.x),
  }));
  const leftZones = rightZones.map((z) => ({
    ...z,
    id: left(z.id, z.viewId),
    side,
    viewId: mirrorView(z.viewId),
    polygon: mirrorPolygon(z.polygon),
  }));

  return {
    id: m.id,
    muscle: m.muscle,
    description: m.description,
    perpetuatingFactors: m.perpetuatingFactors,
    points: [...rightPoints, ...leftPoints],
    zones: [...rightZones, ...leftZones],
  };
}

/**
 * "Use this" from the referral atlas: an active trigger point at the atlas's typical place, with
 * the muscle and side filled in, and its referral zones copied from the atlas, linked to it —
 * all one undo step, and then editable like any mark and zone the therapist drew.
 */
import {
  UNRECORDED_FINDINGS,
  type ChartMark,
  type ChartZone,
  type Side,
  type ViewId,
} from '../../../db/api/chart-schema';
import type { ChartStore } from './chart-store';
import { fail, markProblem, zoneProblem } from './rules';
import type { CommandResult } from './types';
import { keptPoints, pointsProblem } from './zone-commands';

export interface AtlasPlacement {
  viewId: ViewId;
  x: number;
  y: number;
  muscle: string;
  side: Side;
  zones: readonly { viewId: ViewId; polygon: readonly (readonly [number, number])[]; pattern: ChartZone['pattern'] }[];
}

export function placeFromAtlas(
  store: ChartStore,
  placement: AtlasPlacement,
): CommandResult<{ mark: ChartMark; zones: ChartZone[] }> {
  const refused = store.refusal();
  if (refused) return fail(refused);
  const id = store.newId();
  const mark: ChartMark = {
    id,
    siteId: id,
    kind: 'trigger_point',
    activity: 'active',
    viewId: placement.viewId,
    artworkVersion: store.artwork.version(placement.viewId),
    x: placement.x,
    y: placement.y,
    muscle: placement.muscle,
    side: placement.side,
    parentMarkId: null,
    ...UNRECORDED_FINDINGS,
    deleted: false,
  };
  const problem = markProblem(mark);
  if (problem) return fail(problem);
  const zones: ChartZone[] = [];
  for (const source of placement.zones) {
    const outline = pointsProblem(source.polygon);
    if (outline) return fail(outline);
    const zone: ChartZone = {
      id: store.newId(),
      markId: id,
      viewId: source.viewId,
      artworkVersion: store.artwork.version(source.viewId),
      shape: 'polygon',
      points: keptPoints(source.polygon),
      pattern: source.pattern,
      deleted: false,
    };
    const invalid = zoneProblem(zone);
    if (invalid) return fail(invalid);
    zones.push(zone);
  }
  store.commit(
    [
      { type: 'mark', id, before: null, after: mark },
      ...zones.map((zone) => ({ type: 'zone' as const, id: zone.id, before: null, after: zone })),
    ],
    { select: id },
  );
  return { ok: true, mark, zones };
}

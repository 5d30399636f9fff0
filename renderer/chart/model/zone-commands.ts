/** Referral zones: drawn polygons or freehand paths linked to the trigger point they come from. */
import type { ChartZone, ViewId } from '../../../db/api/chart-schema';
import type { ChartStore } from './chart-store';
import { fail, isTriggerPoint, liveMark, liveZone, onChart, zoneProblem } from './rules';
import { MESSAGES, type CommandResult, type ZonePatch } from './types';

/** The most points a zone keeps (the API's limit); a longer freehand stroke is thinned evenly. */
export const MAX_ZONE_POINTS = 4000;

type Points = ChartZone['points'];

/** Why these points cannot outline a zone: too few, or off the chart (outside 0..1). */
export function pointsProblem(points: readonly (readonly number[])[]): string | null {
  if (!Array.isArray(points) || points.length < 3) return MESSAGES.zoneTooFewPoints;
  const fine = points.every((p) => Array.isArray(p) && p.length === 2 && onChart(p[0]) && onChart(p[1]));
  return fine ? null : MESSAGES.zoneOffChart;
}

/** A copy of the points (the caller's array may change later), at most MAX_ZONE_POINTS of them. */
export function keptPoints(points: readonly (readonly [number, number])[]): Points {
  const every = Math.ceil(points.length / MAX_ZONE_POINTS);
  return points.filter((_, i) => i % every === 0).map(([x, y]) => [x, y]);
}

/** Why `markId` cannot own a referral zone, or null. */
function ownerProblem(store: ChartStore, markId: string): string | null {
  const owner = liveMark(store, markId);
  if (!owner) return MESSAGES.noMark;
  return isTriggerPoint(owner) ? null : MESSAGES.zoneOwner;
}

/** Adds a referral zone (drawn on any view: pain often refers to another view) as one undo step. */
export function addZone(
  store: ChartStore,
  markId: string,
  viewId: ViewId,
  points: readonly (readonly [number, number])[],
  shape: ChartZone['shape'],
  pattern: ChartZone['pattern'],
): CommandResult<{ zone: ChartZone }> {
  const problem = store.refusal() ?? ownerProblem(store, markId) ?? pointsProblem(points);
  if (problem) return fail(problem);
  const zone: ChartZone = {
    id: store.newId(),
    markId,
    viewId,
    artworkVersion: store.artwork.version(viewId),
    shape,
    points: keptPoints(points),
    pattern,
    deleted: false,
  };
  const invalid = zoneProblem(zone);
  if (invalid) return fail(invalid);
  store.commit([{ type: 'zone', id: zone.id, before: null, after: zone }]);
  return { ok: true, zone };
}

/** Redraws a zone, switches essential/spillover or relinks it to another trigger point. */
export function updateZone(store: ChartStore, id: string, patch: ZonePatch): CommandResult<{ zone: ChartZone }> {
  const refused = store.refusal();
  if (refused) return fail(refused);
  const zone = liveZone(store, id);
  if (!zone) return fail(MESSAGES.noZone);
  const problem =
    (patch.markId !== undefined ? ownerProblem(store, patch.markId) : null) ??
    (patch.points !== undefined ? pointsProblem(patch.points) : null);
  if (problem) return fail(problem);
  const next: ChartZone = {
    ...zone,
    markId: patch.markId ?? zone.markId,
    shape: patch.shape ?? zone.shape,
    pattern: patch.pattern ?? zone.pattern,
    ...(patch.points && { points: keptPoints(patch.points), artworkVersion: store.artwork.version(zone.viewId) }),
  };
  const unchanged = !patch.points && next.markId === zone.markId && next.shape === zone.shape;
  if (unchanged && next.pattern === zone.pattern) return { ok: true, zone };
  const invalid = zoneProblem(next);
  if (invalid) return fail(invalid);
  store.commit([{ type: 'zone', id, before: zone, after: next }]);
  return { ok: true, zone: next };
}

/** Removes a referral zone (soft delete: undo brings it back). */
export function deleteZone(store: ChartStore, id: string): CommandResult {
  const refused = store.refusal();
  if (refused) return fail(refused);
  const zone = liveZone(store, id);
  if (!zone) return fail(MESSAGES.noZone);
  store.commit([{ type: 'zone', id, before: zone, after: { ...zone, deleted: true } }]);
  return { ok: true };
}

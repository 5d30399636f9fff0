/** Checks and lookups shared by the chart commands. Each check returns a message, or null when fine. */
import {
  chartMarkSchema,
  chartZoneSchema,
  type ChartMark,
  type ChartZone,
  type Side,
  type ViewId,
} from '../../../db/api/chart-schema';
import { describeIssues, plainErrorMap } from '../../../db/api/validation';
import type { ChartStore } from './chart-store';
import { MESSAGES } from './types';

export const fail = (message: string) => ({ ok: false as const, message });

/** The schema's verdict on a mark, as a sentence ("Pressure must be at most 10."). */
export function markProblem(mark: ChartMark): string | null {
  const parsed = chartMarkSchema.safeParse(mark, { error: plainErrorMap });
  return parsed.success ? null : describeIssues(parsed.error.issues);
}

export function zoneProblem(zone: ChartZone): string | null {
  const parsed = chartZoneSchema.safeParse(zone, { error: plainErrorMap });
  return parsed.success ? null : describeIssues(parsed.error.issues);
}

export function onChart(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1;
}

/** A mark may only stand inside the body outline of its view. */
export function placeProblem(store: ChartStore, viewId: ViewId, x: number, y: number): string | null {
  return onChart(x) && onChart(y) && store.artwork.isOnBody(viewId, x, y) ? null : MESSAGES.offBody;
}

export function liveMark(store: ChartStore, id: string): ChartMark | undefined {
  const mark = store.mark(id);
  return mark && !mark.deleted ? mark : undefined;
}

export function liveZone(store: ChartStore, id: string): ChartZone | undefined {
  const zone = store.zone(id);
  return zone && !zone.deleted ? zone : undefined;
}

/** Marks that can own satellites and referral zones. */
export const isTriggerPoint = (mark: ChartMark) => mark.kind === 'trigger_point' || mark.kind === 'satellite';

/** The live satellites linked to a mark. */
export function satellitesOf(store: ChartStore, markId: string): ChartMark[] {
  return store.allMarks().filter((m) => !m.deleted && m.kind === 'satellite' && m.parentMarkId === markId);
}

/** The live referral zones of a mark. */
export function zonesOf(store: ChartStore, markId: string): ChartZone[] {
  return store.allZones().filter((z) => !z.deleted && z.markId === markId);
}

/** Why `primaryId` cannot be the primary of the satellite `satelliteId`, or null. */
export function primaryProblem(store: ChartStore, satelliteId: string, primaryId: string): string | null {
  if (primaryId === satelliteId) return MESSAGES.linkSelf;
  const primary = liveMark(store, primaryId);
  if (!primary) return MESSAGES.noMark;
  if (primary.kind === 'satellite') return MESSAGES.linkToSatellite;
  if (primary.kind !== 'trigger_point') return MESSAGES.linkToNonTrigger;
  return null;
}

/**
 * The trigger point a satellite placed now links to: the selected trigger point; with a
 * satellite selected, its primary (so several satellites can be placed in a row); with a
 * referral zone selected, the trigger point the zone belongs to (or that one's primary).
 */
export function primaryFromSelection(store: ChartStore): ChartMark | undefined {
  const id = store.selectedId;
  if (id === null) return undefined;
  const owner = liveMark(store, liveZone(store, id)?.markId ?? id);
  const primary = owner?.kind === 'satellite' && owner.parentMarkId ? liveMark(store, owner.parentMarkId) : owner;
  return primary?.kind === 'trigger_point' ? primary : undefined;
}

/** The muscle and side the artwork names under a point (null, null where it names none). */
export function muscleFields(
  store: ChartStore,
  viewId: ViewId,
  x: number,
  y: number,
): { muscle: string | null; side: Side | null } {
  const hit = store.artwork.muscleAt(viewId, x, y);
  return { muscle: hit?.muscle ?? null, side: hit?.side ?? null };
}

/**
 * A mark moved to (x, y), re-placed on the view's current artwork version. A muscle and side the
 * artwork filled in follow the mark to its new place; ones the therapist typed stay as they are.
 */
export function movedMark(store: ChartStore, mark: ChartMark, x: number, y: number): ChartMark {
  const filledBefore = muscleFields(store, mark.viewId, mark.x, mark.y);
  const wasFilled = mark.muscle === filledBefore.muscle && mark.side === filledBefore.side;
  const fields = wasFilled && mark.kind !== 'note_pin' ? muscleFields(store, mark.viewId, x, y) : {};
  return { ...mark, ...fields, x, y, artworkVersion: store.artwork.version(mark.viewId) };
}

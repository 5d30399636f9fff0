/** Satellites and their primaries: linking, unlinking, and deleting a mark with what hangs off it. */
import type { ChartMark, ChartZone } from '../../../db/api/chart-schema';
import type { ChartStore } from './chart-store';
import { fail, liveMark, primaryProblem, satellitesOf, zonesOf } from './rules';
import { MESSAGES, type Change, type CommandResult, type DeleteMode } from './types';

/** What deleting a mark affects: its live satellites and its own live referral zones. */
export function dependantsOf(store: ChartStore, id: string): { satellites: ChartMark[]; zones: ChartZone[] } {
  return { satellites: satellitesOf(store, id), zones: zonesOf(store, id) };
}

/**
 * A satellite cut loose from its primary: an independent trigger point. It keeps the activity
 * the therapist recorded (satellites start latent, so usually a latent trigger point).
 */
function independent(mark: ChartMark): ChartMark {
  return { ...mark, kind: 'trigger_point', parentMarkId: null, activity: mark.activity ?? 'latent' };
}

/**
 * Links a satellite to a primary trigger point (a live trigger point of this chart, not itself).
 * A trigger point without satellites of its own may be linked too: it becomes a satellite.
 */
export function linkSatellite(store: ChartStore, satelliteId: string, primaryId: string): CommandResult {
  const refused = store.refusal();
  if (refused) return fail(refused);
  const mark = liveMark(store, satelliteId);
  if (!mark) return fail(MESSAGES.noMark);
  if (mark.kind !== 'satellite' && mark.kind !== 'trigger_point') return fail(MESSAGES.linkKind);
  const problem = primaryProblem(store, mark.id, primaryId);
  if (problem) return fail(problem);
  if (mark.kind === 'trigger_point' && satellitesOf(store, mark.id).length > 0) {
    return fail(MESSAGES.linkHasSatellites);
  }
  if (mark.kind === 'satellite' && mark.parentMarkId === primaryId) return { ok: true };
  const after: ChartMark = { ...mark, kind: 'satellite', parentMarkId: primaryId };
  store.commit([{ type: 'mark', id: mark.id, before: mark, after }]);
  return { ok: true };
}

/**
 * Unlinks a satellite. A satellite without a primary is not allowed, so it becomes an
 * independent trigger point (see `independent`); link it again to make it a satellite.
 */
export function unlinkSatellite(store: ChartStore, id: string): CommandResult {
  const refused = store.refusal();
  if (refused) return fail(refused);
  const mark = liveMark(store, id);
  if (!mark) return fail(MESSAGES.noMark);
  if (mark.kind !== 'satellite') return fail(MESSAGES.notSatellite);
  store.commit([{ type: 'mark', id, before: mark, after: independent(mark) }]);
  return { ok: true };
}

function deletion<T extends { id: string; deleted: boolean }>(record: T): { id: string; before: T; after: T } {
  return { id: record.id, before: record, after: { ...record, deleted: true } };
}

/**
 * Removes a mark from the chart (soft delete: undo brings it back) with its referral zones.
 * Its satellites go with it ('with-dependants', with their zones) or stay as independent
 * trigger points ('keep-satellites'). One undo step.
 */
export function deleteMark(store: ChartStore, id: string, mode: DeleteMode = 'with-dependants'): CommandResult {
  const refused = store.refusal();
  if (refused) return fail(refused);
  const mark = liveMark(store, id);
  if (!mark) return fail(MESSAGES.noMark);
  const step: Change[] = [{ type: 'mark', ...deletion(mark) }];
  const dropZones = (markId: string) => {
    for (const zone of zonesOf(store, markId)) step.push({ type: 'zone', ...deletion(zone) });
  };
  dropZones(mark.id);
  for (const satellite of satellitesOf(store, mark.id)) {
    if (mode === 'keep-satellites') {
      step.push({ type: 'mark', id: satellite.id, before: satellite, after: independent(satellite) });
    } else {
      step.push({ type: 'mark', ...deletion(satellite) });
      dropZones(satellite.id);
    }
  }
  store.commit(step);
  return { ok: true };
}

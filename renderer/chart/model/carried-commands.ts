/**
 * Points carried from the previous visit: charting one as still present, and where each stands.
 * "Resolved" is not here: it is recorded through the API (chart.resolveSite) and only mirrored
 * into the store (ChartStore.setCarriedResolved), so it is not an undo step.
 */
import { UNRECORDED_FINDINGS, type CarriedPoint, type ChartMark, type ViewId } from '../../../db/api/chart-schema';
import type { ChartStore } from './chart-store';
import { addMark } from './mark-commands';
import { fail } from './rules';
import { MESSAGES, type CarriedState, type CommandResult } from './types';

export function carriedState(store: ChartStore, siteId: string): CarriedState {
  if (store.liveBySite().has(siteId)) return 'present';
  return store.carriedPoint(siteId)?.resolvedAt ? 'resolved' : 'waiting';
}

/** The carried points still waiting to be re-assessed, of one view or of all. */
export function waitingPoints(store: ChartStore, viewId?: ViewId): readonly CarriedPoint[] {
  return store.memoised(`waiting:${viewId ?? '*'}`, () =>
    store
      .carriedList()
      .filter((p) => (viewId === undefined || p.viewId === viewId) && carriedState(store, p.siteId) === 'waiting'),
  );
}

/**
 * The live trigger point a carried satellite links to: the mark now on its primary's site, when
 * that primary was carried too and has been charted as still present.
 */
function newPrimaryOf(store: ChartStore, point: CarriedPoint): ChartMark | undefined {
  const parentId = point.fromParentMarkId;
  const parent = parentId === null ? undefined : store.carriedList().find((p) => p.fromMarkId === parentId);
  const primary = parent && store.liveBySite().get(parent.siteId);
  return primary?.kind === 'trigger_point' ? primary : undefined;
}

/**
 * Charts a carried point as still present: a new mark of this session where it was last time,
 * with its kind, activity, muscle and side, on its site (so progress can be followed across
 * visits), findings not yet recorded; it is selected. One undo step: undo makes the point
 * waiting again. `activity` overrides the one of last time (a trigger point found latent now).
 *
 * Satellites: a carried satellite comes back as a satellite of the mark now on its primary's
 * site when that primary was carried too and is already charted still present (the list is in
 * the order of last visit, primaries before their satellites, so going down it links them).
 * Otherwise (its primary resolved or not re-assessed yet) it comes back as an independent
 * trigger point with its activity, as unlinking does; the therapist can link it in the details.
 * Charting a primary later does not re-link satellites already charted.
 *
 * The new mark keeps the position and artwork version of last time, and is not re-checked
 * against the body outline: it was charted there, and refusing would strand the point.
 */
export function markStillPresent(
  store: ChartStore,
  siteId: string,
  options: { activity?: 'active' | 'latent' } = {},
): CommandResult<{ mark: ChartMark }> {
  const refused = store.refusal();
  if (refused) return fail(refused);
  const point = store.carriedPoint(siteId);
  if (!point) return fail(MESSAGES.notCarried);
  const state = carriedState(store, siteId);
  if (state === 'present') return fail(MESSAGES.alreadyCharted);
  if (state === 'resolved') return fail(MESSAGES.carriedResolved);
  const triggerLike = point.kind === 'trigger_point' || point.kind === 'satellite';
  if (options.activity !== undefined && !triggerLike) return fail(MESSAGES.activityKind);
  let kind = point.kind;
  let activity = options.activity ?? point.activity;
  let parentMarkId: string | null = null;
  if (kind === 'satellite') {
    const primary = newPrimaryOf(store, point);
    if (primary) parentMarkId = primary.id;
    else kind = 'trigger_point';
  }
  if (kind === 'trigger_point' || kind === 'satellite') activity ??= 'latent';
  const mark: ChartMark = {
    id: store.newId(),
    siteId,
    kind,
    activity,
    viewId: point.viewId,
    artworkVersion: point.artworkVersion,
    x: point.x,
    y: point.y,
    muscle: point.muscle,
    side: point.side,
    parentMarkId,
    ...UNRECORDED_FINDINGS,
    deleted: false,
  };
  return addMark(store, mark);
}

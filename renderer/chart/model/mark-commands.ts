/** Placing, moving and editing marks. Every command refuses with a message and changes nothing on failure. */
import { UNRECORDED_FINDINGS, type ChartMark, type ViewId } from '../../../db/api/chart-schema';
import type { ChartStore } from './chart-store';
import {
  fail,
  isTriggerPoint,
  liveMark,
  markProblem,
  movedMark,
  muscleFields,
  placeProblem,
  primaryFromSelection,
} from './rules';
import { clampToChart } from './transform';
import { MESSAGES, type CommandResult, type MarkPatch, type MarkTool } from './types';

/**
 * What each tool places. Satellites start latent: a satellite is found because its primary
 * refers to it, and the therapist marks it active if it reproduces the client's own complaint.
 */
const TOOLS: Record<MarkTool, Pick<ChartMark, 'kind' | 'activity'>> = {
  active: { kind: 'trigger_point', activity: 'active' },
  latent: { kind: 'trigger_point', activity: 'latent' },
  satellite: { kind: 'satellite', activity: 'latent' },
  tender: { kind: 'tender_point', activity: null },
  note: { kind: 'note_pin', activity: null },
};

/** Fields the details panel may not change through updateMark. */
const LOCKED = new Set(['id', 'siteId', 'kind', 'viewId', 'artworkVersion', 'x', 'y', 'parentMarkId', 'deleted']);

export function placeMark(
  store: ChartStore,
  tool: MarkTool,
  viewId: ViewId,
  x: number,
  y: number,
): CommandResult<{ mark: ChartMark }> {
  const refused = store.refusal() ?? placeProblem(store, viewId, x, y);
  if (refused) return fail(refused);
  const { kind, activity } = TOOLS[tool];
  let parentMarkId: string | null = null;
  if (kind === 'satellite') {
    const primary = primaryFromSelection(store);
    if (!primary) return fail(MESSAGES.satelliteNeedsPrimary);
    parentMarkId = primary.id;
  }
  const id = store.newId();
  const mark: ChartMark = {
    id,
    siteId: id,
    kind,
    activity,
    viewId,
    artworkVersion: store.artwork.version(viewId),
    x,
    y,
    ...(kind === 'note_pin' ? { muscle: null, side: null } : muscleFields(store, viewId, x, y)),
    parentMarkId,
    ...UNRECORDED_FINDINGS,
    deleted: false,
  };
  return addMark(store, mark);
}

/** Adds a new mark as one undo step and selects it, unless it breaks a charting rule. */
export function addMark(store: ChartStore, mark: ChartMark): CommandResult<{ mark: ChartMark }> {
  const problem = markProblem(mark);
  if (problem) return fail(problem);
  store.commit([{ type: 'mark', id: mark.id, before: null, after: mark }], { select: mark.id });
  return { ok: true, mark };
}

/** Starts moving a mark with the pointer; the whole drag becomes one undo step at endDrag. */
export function beginDrag(store: ChartStore, id: string): CommandResult {
  const refused = store.refusal();
  if (refused) return fail(refused);
  const mark = liveMark(store, id);
  if (!mark) return fail(MESSAGES.noMark);
  store.startDrag(mark);
  return { ok: true };
}

/** Shows the dragged mark at (x, y) (kept on the chart); no undo step and nothing saved yet. */
export function dragTo(store: ChartStore, id: string, x: number, y: number): CommandResult {
  const mark = store.draggingId === id ? store.mark(id) : undefined;
  if (!mark) return fail(MESSAGES.notDragging);
  const [cx, cy] = clampToChart(x, y);
  if (cx !== mark.x || cy !== mark.y) store.showLive({ ...mark, x: cx, y: cy });
  return { ok: true };
}

/** Finishes a drag as one undo step; a mark dropped off the body goes back where it was. */
export function endDrag(store: ChartStore, id: string): CommandResult<{ mark: ChartMark }> {
  const current = store.draggingId === id ? store.mark(id) : undefined;
  const origin = current && store.stopDrag();
  if (!current || !origin) return fail(MESSAGES.notDragging);
  if (current.x === origin.x && current.y === origin.y) {
    store.showLive(origin);
    return { ok: true, mark: origin };
  }
  const problem = placeProblem(store, origin.viewId, current.x, current.y);
  if (problem) {
    store.showLive(origin);
    return fail(problem);
  }
  const moved = movedMark(store, origin, current.x, current.y);
  store.commit([{ type: 'mark', id, before: origin, after: moved }]);
  return { ok: true, mark: moved };
}

/** Abandons a drag (Escape): the mark goes back where it was. */
export function cancelDrag(store: ChartStore): void {
  const origin = store.stopDrag();
  if (origin) store.showLive(origin);
}

/** Moves a mark by (dx, dy) (arrow keys); nudges of one mark within a second are one undo step. */
export function nudge(store: ChartStore, id: string, dx: number, dy: number): CommandResult<{ mark: ChartMark }> {
  const refused = store.refusal();
  if (refused) return fail(refused);
  const mark = liveMark(store, id);
  if (!mark) return fail(MESSAGES.noMark);
  const [x, y] = clampToChart(mark.x + dx, mark.y + dy);
  if (x === mark.x && y === mark.y) return { ok: true, mark };
  const problem = placeProblem(store, mark.viewId, x, y);
  if (problem) return fail(problem);
  const moved = movedMark(store, mark, x, y);
  store.commit([{ type: 'mark', id, before: mark, after: moved }], { mergeKey: `nudge:${id}` });
  return { ok: true, mark: moved };
}

/**
 * Changes a mark's findings (muscle, activity, pressure, responses, note). Checked against the
 * API's schema, so the therapist sees the same message the API would give. Text is stored as
 * typed (the API trims it on save), so typing a space between words is not undone at once.
 * Repeated edits of the same fields of one mark within a second are one undo step.
 */
export function updateMark(store: ChartStore, id: string, patch: MarkPatch): CommandResult<{ mark: ChartMark }> {
  const refused = store.refusal();
  if (refused) return fail(refused);
  const mark = liveMark(store, id);
  if (!mark) return fail(MESSAGES.noMark);
  const keys = Object.keys(patch).filter((key) => !LOCKED.has(key));
  const next: ChartMark = { ...mark };
  for (const key of keys) Object.assign(next, { [key]: patch[key as keyof MarkPatch] });
  if (keys.every((key) => next[key as keyof ChartMark] === mark[key as keyof ChartMark])) return { ok: true, mark };
  if (next.activity !== mark.activity && next.activity !== null && !isTriggerPoint(mark)) {
    return fail(MESSAGES.activityKind);
  }
  const problem = markProblem(next);
  if (problem) return fail(problem);
  store.commit([{ type: 'mark', id, before: mark, after: next }], { mergeKey: `update:${id}:${keys.sort().join()}` });
  return { ok: true, mark: next };
}

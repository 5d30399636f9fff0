/**
 * The body chart of one session, as plain TypeScript: marks, referral zones, selection and
 * undo history, with commands that check every edit and answer in plain words. The Konva
 * layer draws it and calls its commands; the saver (saver.ts) writes its changes to the API.
 *
 * React: `useSyncExternalStore(model.subscribe, model.getVersion)`; reads such as
 * `visibleMarks()` return the same array until the chart changes.
 */
import {
  CAUTION_PRESSURE,
  VIEW_IDS,
  type CarriedPoint,
  type ChartMark,
  type ChartSnapshot,
  type ChartZone,
  type ViewId,
} from '../../../db/api/chart-schema';
import { carriedState, markStillPresent, waitingPoints } from './carried-commands';
import { ChartStore } from './chart-store';
import { deleteMark, dependantsOf, linkSatellite, unlinkSatellite } from './link-commands';
import { beginDrag, cancelDrag, dragTo, endDrag, nudge, placeMark, updateMark } from './mark-commands';
import { fail, liveMark, liveZone } from './rules';
import {
  MESSAGES,
  type CarriedState,
  type Caution,
  type ChartModelOptions,
  type CommandResult,
  type DeleteMode,
  type DirtyIds,
  type MarkPatch,
  type MarkTool,
  type ZonePatch,
} from './types';
import { addZone, deleteZone, updateZone } from './zone-commands';
import { placeFromAtlas, type AtlasPlacement } from './atlas-commands';

export class ChartModel {
  private readonly store: ChartStore;

  constructor(snapshot: ChartSnapshot, options: ChartModelOptions) {
    this.store = new ChartStore(snapshot, options);
  }

  // --- state ---------------------------------------------------------------------------------

  /** Runs `listener` after every change; returns the unsubscribe function. */
  readonly subscribe = (listener: () => void): (() => void) => this.store.subscribe(listener);
  /** A counter bumped on every change. */
  readonly getVersion = (): number => this.store.getVersion();

  get sessionId(): string {
    return this.store.sessionId;
  }
  get editable(): boolean {
    return this.store.editable;
  }
  get selectedId(): string | null {
    return this.store.selectedId;
  }
  get draggingId(): string | null {
    return this.store.draggingId;
  }
  get canUndo(): boolean {
    return this.store.canUndo;
  }
  get canRedo(): boolean {
    return this.store.canRedo;
  }
  /** Saved versions of the snapshot's records, by id (the saver's starting point). */
  get initialVersions(): ReadonlyMap<string, number> {
    return this.store.initialVersions;
  }

  /** A mark by id, deleted or not. */
  getMark(id: string): ChartMark | undefined {
    return this.store.mark(id);
  }
  getZone(id: string): ChartZone | undefined {
    return this.store.zone(id);
  }
  /** Every mark, soft-deleted ones included. */
  allMarks(): readonly ChartMark[] {
    return this.store.allMarks();
  }
  allZones(): readonly ChartZone[] {
    return this.store.allZones();
  }
  /** The marks on the chart (not deleted), of one view or of all. */
  visibleMarks(viewId?: ViewId): readonly ChartMark[] {
    const marks = () =>
      this.store.allMarks().filter((m) => !m.deleted && (viewId === undefined || m.viewId === viewId));
    return this.store.memoised(`marks:${viewId ?? '*'}`, marks);
  }
  visibleZones(viewId?: ViewId): readonly ChartZone[] {
    const zones = () =>
      this.store.allZones().filter((z) => !z.deleted && (viewId === undefined || z.viewId === viewId));
    return this.store.memoised(`zones:${viewId ?? '*'}`, zones);
  }
  /** The selected mark or zone. */
  selected(): { type: 'mark'; mark: ChartMark } | { type: 'zone'; zone: ChartZone } | null {
    const id = this.store.selectedId;
    const mark = id === null ? undefined : this.store.mark(id);
    const zone = id === null ? undefined : this.store.zone(id);
    return mark ? { type: 'mark', mark } : zone ? { type: 'zone', zone } : null;
  }

  // --- points carried from the previous visit -------------------------------------------------

  /** The previous visit's points to re-assess, in the order they were charted then. */
  carriedPoints(): readonly CarriedPoint[] {
    return this.store.carriedList();
  }
  carriedPoint(siteId: string): CarriedPoint | undefined {
    return this.store.carriedPoint(siteId);
  }
  /** Still present (a live mark is on its site), resolved, or waiting to be re-assessed. */
  carriedState(siteId: string): CarriedState {
    return carriedState(this.store, siteId);
  }
  /** The carried points waiting to be re-assessed, of one view or of all (drawn faded). */
  waitingCarried(viewId?: ViewId): readonly CarriedPoint[] {
    return waitingPoints(this.store, viewId);
  }
  /** The live mark charting a carried point as still present. */
  presentMarkFor(siteId: string): ChartMark | undefined {
    return this.store.liveBySite().get(siteId);
  }
  /** The carried point a mark re-assesses (last visit's findings, for comparison). */
  carriedFor(mark: ChartMark): CarriedPoint | undefined {
    return mark.siteId === mark.id ? undefined : this.store.carriedPoint(mark.siteId);
  }

  // --- derived helpers for the UI --------------------------------------------------------------

  /** The warning a mark carries: in a caution zone ('zone'), and with pressure >= 5/10 ('pressure'). */
  cautionFor(mark: ChartMark): Caution | null {
    if (mark.kind === 'note_pin' || !this.store.artwork.inCautionZone(mark.viewId, mark.x, mark.y)) return null;
    return mark.pressure !== null && mark.pressure >= CAUTION_PRESSURE ? 'pressure' : 'zone';
  }
  /** A satellite's live primary trigger point (the line between them is drawn from this). */
  primaryOf(mark: ChartMark): ChartMark | undefined {
    return mark.kind === 'satellite' && mark.parentMarkId ? liveMark(this.store, mark.parentMarkId) : undefined;
  }
  /** Live marks per view, for the view tabs' badges. */
  marksByView(): Record<ViewId, number> {
    return this.store.memoised('by-view', () => {
      const counts = Object.fromEntries(VIEW_IDS.map((v) => [v, 0])) as Record<ViewId, number>;
      for (const mark of this.visibleMarks()) counts[mark.viewId] += 1;
      return counts;
    });
  }
  /** What deleting a mark would take with it (for the "delete its satellites too?" question). */
  dependantsOf(id: string): { satellites: ChartMark[]; zones: ChartZone[] } {
    return dependantsOf(this.store, id);
  }

  // --- commands --------------------------------------------------------------------------------

  /** Selects a live mark or zone, or nothing. Not an undo step; allowed on a signed chart. */
  select(id: string | null): CommandResult {
    if (id !== null && !liveMark(this.store, id) && !liveZone(this.store, id)) return fail(MESSAGES.noMark);
    this.store.select(id);
    return { ok: true };
  }
  placeMark(tool: MarkTool, viewId: ViewId, x: number, y: number): CommandResult<{ mark: ChartMark }> {
    return placeMark(this.store, tool, viewId, x, y);
  }
  beginDrag(id: string): CommandResult {
    return beginDrag(this.store, id);
  }
  dragTo(id: string, x: number, y: number): CommandResult {
    return dragTo(this.store, id, x, y);
  }
  endDrag(id: string): CommandResult<{ mark: ChartMark }> {
    return endDrag(this.store, id);
  }
  cancelDrag(): void {
    cancelDrag(this.store);
  }
  nudge(id: string, dx: number, dy: number): CommandResult<{ mark: ChartMark }> {
    return nudge(this.store, id, dx, dy);
  }
  updateMark(id: string, patch: MarkPatch): CommandResult<{ mark: ChartMark }> {
    return updateMark(this.store, id, patch);
  }
  linkSatellite(satelliteId: string, primaryId: string): CommandResult {
    return linkSatellite(this.store, satelliteId, primaryId);
  }
  unlinkSatellite(id: string): CommandResult {
    return unlinkSatellite(this.store, id);
  }
  deleteMark(id: string, mode: DeleteMode = 'with-dependants'): CommandResult {
    return deleteMark(this.store, id, mode);
  }
  addZone(
    markId: string,
    viewId: ViewId,
    points: readonly (readonly [number, number])[],
    shape: ChartZone['shape'],
    pattern: ChartZone['pattern'],
  ): CommandResult<{ zone: ChartZone }> {
    return addZone(this.store, markId, viewId, points, shape, pattern);
  }
  updateZone(id: string, patch: ZonePatch): CommandResult<{ zone: ChartZone }> {
    return updateZone(this.store, id, patch);
  }
  deleteZone(id: string): CommandResult {
    return deleteZone(this.store, id);
  }
  /** "Use this" from the referral atlas (see atlas-commands.ts); one undo step. */
  placeFromAtlas(placement: AtlasPlacement): CommandResult<{ mark: ChartMark; zones: ChartZone[] }> {
    return placeFromAtlas(this.store, placement);
  }
  /** Charts a carried point as still present (see carried-commands.ts); one undo step. */
  markStillPresent(siteId: string, options?: { activity?: 'active' | 'latent' }): CommandResult<{ mark: ChartMark }> {
    return markStillPresent(this.store, siteId, options);
  }
  /**
   * Records the API's answer to chart.resolveSite (its `resolvedAt`, null when taken back). Not
   * an undo step: resolving is saved by its own request, not by the chart's saver.
   */
  setCarriedResolved(siteId: string, resolvedAt: string | null): CommandResult {
    return this.store.setCarriedResolved(siteId, resolvedAt) ? { ok: true } : fail(MESSAGES.notCarried);
  }
  /** Undoes the last step (a new record is hidden, never removed: it may already be saved). */
  undo(): CommandResult {
    return this.store.replay('before');
  }
  redo(): CommandResult {
    return this.store.replay('after');
  }

  // --- change tracking for the saver -----------------------------------------------------------

  /** Records changed by finished edits and not yet taken by the saver. */
  dirtyIds(): DirtyIds {
    return this.store.dirtyIds();
  }
  /** The dirty ids, forgotten by the model: the caller now owns sending them. */
  takeDirty(): DirtyIds {
    return this.store.takeDirty();
  }
  /** A mark as of its last finished edit (a drag under way is not saved half-way). */
  committedMark(id: string): ChartMark | undefined {
    return this.store.committedMark(id);
  }
}

/**
 * The chart's records and their bookkeeping: the marks and zones (soft-deleted ones included),
 * the selection, the undo history, change notification and the set of records the saver still
 * has to send; and the points carried from the previous visit (not records of this chart: their
 * "resolved" is an API call of its own, outside the undo history). Commands (mark-commands.ts, link-commands.ts, zone-commands.ts) decide what to
 * change; `commit` applies it as one undo step.
 */
import type { CarriedPoint, ChartMark, ChartSnapshot, ChartZone, Versioned } from '../../../db/api/chart-schema';
import type { ChartArtwork } from './artwork-port';
import { History } from './history';
import { MESSAGES, type Change, type ChartModelOptions, type CommandResult, type DirtyIds } from './types';

function withoutVersion<T extends object>(record: Versioned<T>): T {
  const copy: Record<string, unknown> = { ...record };
  delete copy.version;
  return copy as T;
}

const softDeleted = <T extends { deleted: boolean }>(record: T | undefined) => record && { ...record, deleted: true };

export class ChartStore {
  readonly sessionId: string;
  /** False once the session is signed: every command is refused. */
  readonly editable: boolean;
  readonly artwork: ChartArtwork;
  readonly newId: () => string;
  /** The saved version of every record of the snapshot, by id (the saver starts from these). */
  readonly initialVersions: ReadonlyMap<string, number>;
  private readonly marks = new Map<string, ChartMark>();
  private readonly zones = new Map<string, ChartZone>();
  /** The previous visit's points to re-assess, by site id, in the order they were charted. */
  private readonly carried = new Map<string, CarriedPoint>();
  private readonly history: History;
  private readonly listeners = new Set<() => void>();
  private readonly dirty = { marks: new Set<string>(), zones: new Set<string>() };
  private readonly memo = new Map<string, unknown>();
  private version = 0;
  private selection: string | null = null;
  /** The mark being dragged, as it was when the drag began. */
  private dragOrigin: ChartMark | null = null;

  constructor(snapshot: ChartSnapshot, options: ChartModelOptions) {
    this.sessionId = snapshot.sessionId;
    this.editable = snapshot.editable;
    this.artwork = options.artwork;
    this.newId = options.newId;
    this.history = new History(options.now ?? Date.now);
    const versions = new Map<string, number>();
    for (const mark of snapshot.marks) {
      this.marks.set(mark.id, withoutVersion(mark));
      versions.set(mark.id, mark.version);
    }
    for (const zone of snapshot.zones) {
      this.zones.set(zone.id, withoutVersion(zone));
      versions.set(zone.id, zone.version);
    }
    this.initialVersions = versions;
    for (const point of snapshot.carried) this.carried.set(point.siteId, point);
  }

  /** Calls `listener` after every change (records, selection, drag); returns the unsubscribe. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Goes up by one with every change: the snapshot value for React's useSyncExternalStore. */
  getVersion(): number {
    return this.version;
  }

  get selectedId(): string | null {
    return this.selection;
  }

  get canUndo(): boolean {
    return this.editable && this.history.canUndo;
  }

  get canRedo(): boolean {
    return this.editable && this.history.canRedo;
  }

  /** The id of the mark being dragged, if a drag is under way. */
  get draggingId(): string | null {
    return this.dragOrigin?.id ?? null;
  }

  mark(id: string): ChartMark | undefined {
    return this.marks.get(id);
  }

  zone(id: string): ChartZone | undefined {
    return this.zones.get(id);
  }

  /** `compute()` once per change of the chart, so equal reads return the same object. */
  memoised<T>(key: string, compute: () => T): T {
    if (!this.memo.has(key)) this.memo.set(key, compute());
    return this.memo.get(key) as T;
  }

  allMarks(): readonly ChartMark[] {
    return this.memoised('all-marks', () => [...this.marks.values()]);
  }

  allZones(): readonly ChartZone[] {
    return this.memoised('all-zones', () => [...this.zones.values()]);
  }

  /** The points carried from the previous visit, in the order they were charted then. */
  carriedList(): readonly CarriedPoint[] {
    return this.memoised('carried', () => [...this.carried.values()]);
  }

  carriedPoint(siteId: string): CarriedPoint | undefined {
    return this.carried.get(siteId);
  }

  /** The live mark of this chart on each carried site (none when nothing was carried). */
  liveBySite(): ReadonlyMap<string, ChartMark> {
    return this.memoised('live-by-site', () => {
      const bySite = new Map<string, ChartMark>();
      if (this.carried.size === 0) return bySite;
      for (const mark of this.marks.values()) {
        if (!mark.deleted && this.carried.has(mark.siteId)) bySite.set(mark.siteId, mark);
      }
      return bySite;
    });
  }

  /**
   * Records the server's answer to "resolved" for a carried point; false for an unknown site. An
   * answer that arrives after the point was charted still present is outdated: saving that mark
   * takes the "resolved" back on the server, so it is not kept here either.
   */
  setCarriedResolved(siteId: string, resolvedAt: string | null): boolean {
    const point = this.carried.get(siteId);
    if (!point) return false;
    const kept = this.liveBySite().has(siteId) ? null : resolvedAt;
    if (point.resolvedAt !== kept) {
      this.carried.set(siteId, { ...point, resolvedAt: kept });
      this.emit();
    }
    return true;
  }

  /** Why a command may not run now (signed session, drag under way), or null. */
  refusal(): string | null {
    if (!this.editable) return MESSAGES.readOnly;
    if (this.dragOrigin) return MESSAGES.dragging;
    return null;
  }

  /**
   * Applies a command's changes as one undo step (merged into the previous step when both have
   * the same `mergeKey`), optionally selecting a record, and notifies once.
   */
  commit(step: Change[], options: { mergeKey?: string; select?: string } = {}): void {
    if (step.length === 0) return;
    for (const change of step) this.apply(change, 'after');
    this.history.push(step, options.mergeKey);
    if (options.select !== undefined) this.selection = options.select;
    this.changed();
  }

  /** Sets the selection (the caller checked the id); not an undo step. */
  select(id: string | null): void {
    if (id === this.selection) return;
    this.selection = id;
    this.emit();
  }

  /** Starts a drag: `mark` is the state an unfinished drag returns to. */
  startDrag(mark: ChartMark): void {
    this.dragOrigin = mark;
  }

  /** Shows a mark somewhere during a drag (or back where it was): no undo step, nothing to save. */
  showLive(mark: ChartMark): void {
    this.marks.set(mark.id, mark);
    this.emit();
  }

  /** Ends the drag and returns the mark as it was when the drag began. */
  stopDrag(): ChartMark | null {
    const origin = this.dragOrigin;
    this.dragOrigin = null;
    return origin;
  }

  /** Records changed by finished edits (commands, drag ends, undo, redo) since the last take. */
  dirtyIds(): DirtyIds {
    return { marks: [...this.dirty.marks], zones: [...this.dirty.zones] };
  }

  /** The dirty ids, and forgets them: the saver has them now. */
  takeDirty(): DirtyIds {
    const ids = this.dirtyIds();
    this.dirty.marks.clear();
    this.dirty.zones.clear();
    return ids;
  }

  /** A mark as of its last finished edit (an unfinished drag is not saved). */
  committedMark(id: string): ChartMark | undefined {
    return this.dragOrigin?.id === id ? this.dragOrigin : this.marks.get(id);
  }

  /** Undo (back to the `before` states, last change first) or redo (forward to the `after` states). */
  replay(side: 'before' | 'after'): CommandResult {
    const refused = this.refusal();
    if (refused) return { ok: false, message: refused };
    const step = side === 'before' ? this.history.takeUndo() : this.history.takeRedo();
    if (!step) return { ok: false, message: side === 'before' ? MESSAGES.nothingToUndo : MESSAGES.nothingToRedo };
    for (const change of side === 'before' ? [...step].reverse() : step) this.apply(change, side);
    this.changed();
    return { ok: true };
  }

  /** Puts the `after` (or `before`) record of a change in place; a missing one means deleted. */
  private apply(change: Change, side: 'before' | 'after'): void {
    if (change.type === 'mark') {
      const record = change[side] ?? softDeleted(this.marks.get(change.id));
      if (record) this.marks.set(change.id, record);
      this.dirty.marks.add(change.id);
    } else {
      const record = change[side] ?? softDeleted(this.zones.get(change.id));
      if (record) this.zones.set(change.id, record);
      this.dirty.zones.add(change.id);
    }
  }

  /** After records changed: a selection of something now deleted is dropped, then listeners run. */
  private changed(): void {
    const selected = this.selection;
    if (selected !== null && (this.marks.get(selected) ?? this.zones.get(selected))?.deleted !== false) {
      this.selection = null;
    }
    this.forgetResolvedOfCharted();
    this.emit();
  }

  /**
   * The server's rule, mirrored: saving a live mark on a carried site takes back its "resolved".
   * (A redo can bring back a mark on a site resolved since it was undone.)
   */
  private forgetResolvedOfCharted(): void {
    let resolved: string[] | undefined;
    for (const point of this.carried.values()) if (point.resolvedAt !== null) (resolved ??= []).push(point.siteId);
    if (!resolved) return;
    const sites = new Set(resolved);
    for (const mark of this.marks.values()) {
      const point = !mark.deleted && sites.has(mark.siteId) ? this.carried.get(mark.siteId) : undefined;
      if (point) this.carried.set(point.siteId, { ...point, resolvedAt: null });
    }
  }

  private emit(): void {
    this.version += 1;
    this.memo.clear();
    for (const listener of [...this.listeners]) listener();
  }
}

/**
 * Writes the chart to the API as the therapist works. Records changed by finished edits are
 * sent (their current full state, with the version last seen from the server) at most `delayMs`
 * after the edit, one request at a time; edits made while a save is in flight go in the next
 * request, right after it. `flush()` sends everything now (window blur, closing the session,
 * quitting). All pending records go in one request, so a satellite never arrives before its
 * primary. A conflict (another window saved the same record) stops all saving: the UI reloads.
 * A save that fails for a reason that may pass (a full disk, a read-only file, the server away)
 * keeps its records and is tried again by itself, after 2 s, then 4, 8… up to every 30 s.
 */
import type { z } from 'zod';
import type { ChartMark, ChartSaveResult, ChartZone, chartSaveSchema } from '../../../db/api/chart-schema';
import { RETRY_NOTE, RetryTimer, worthRetrying } from '../../lib/retry';
import type { ChartModel } from './chart-model';

export type ChartSaveInput = z.input<typeof chartSaveSchema>;

export interface SaveStatus {
  state: 'saved' | 'saving' | 'error' | 'conflict';
  message?: string;
}

export interface ChartSaverOptions {
  model: ChartModel;
  save: (input: ChartSaveInput) => Promise<ChartSaveResult>;
  onStatus: (status: SaveStatus) => void;
  delayMs?: number;
}

export const SAVE_FAILED_MESSAGE = 'The chart could not be saved.';

type RecordType = 'mark' | 'zone';

/** The API's errors carry a code and a message written for the therapist; anything else does not. */
function errorCode(error: unknown): string | undefined {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : undefined;
}

function errorMessage(error: unknown): string {
  return errorCode(error) !== undefined && error instanceof Error ? error.message : SAVE_FAILED_MESSAGE;
}

const ignore = () => undefined;

export class ChartSaver {
  private readonly model: ChartModel;
  private readonly save: ChartSaverOptions['save'];
  private readonly onStatus: ChartSaverOptions['onStatus'];
  private readonly delayMs: number;
  /** The server's version of every record known to be saved, by id. */
  private readonly versions: Map<string, number>;
  /** Records to send, by id. */
  private readonly pending = new Map<string, RecordType>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** With delayMs 0: a send is queued as a microtask (before the page re-renders). */
  private soon = false;
  private inFlight: Promise<void> | null = null;
  /** Edits arrived while a request was in flight: send again as soon as it ends. */
  private queued = false;
  private conflict: unknown = null;
  private readonly unsubscribe: () => void;
  /** A save that failed for a reason that may pass is tried again after this wait. */
  private readonly retry = new RetryTimer();

  constructor({ model, save, onStatus, delayMs = 100 }: ChartSaverOptions) {
    this.model = model;
    this.save = save;
    this.onStatus = onStatus;
    this.delayMs = delayMs;
    this.versions = new Map(model.initialVersions);
    this.unsubscribe = model.subscribe(() => this.onModelChange());
    this.onModelChange();
  }

  /** True while some finished edit has not been confirmed saved. */
  get hasUnsaved(): boolean {
    const dirty = this.model.dirtyIds();
    return this.pending.size > 0 || this.inFlight !== null || dirty.marks.length + dirty.zones.length > 0;
  }

  /** The server version last seen for a record (0: never saved). */
  versionOf(id: string): number {
    return this.versions.get(id) ?? 0;
  }

  /**
   * Sends every pending edit now and resolves once all of it is saved. Rejects with the save's
   * error if it fails (the status has reported it too), so quitting can tell nothing was lost.
   */
  async flush(): Promise<void> {
    for (;;) {
      this.clearTimer();
      if (this.inFlight) {
        await this.inFlight.catch(ignore);
        continue;
      }
      this.collect();
      if (this.conflict !== null) throw this.conflict;
      if (this.pending.size === 0) return;
      await this.send();
    }
  }

  /** Stops listening to the model (flush first to keep pending edits). */
  dispose(): void {
    this.clearTimer();
    this.retry.cancel();
    this.unsubscribe();
  }

  private onModelChange(): void {
    if (this.conflict !== null || !this.collect()) return;
    if (this.inFlight) this.queued = true;
    else if (this.delayMs > 0) this.timer ??= setTimeout(() => void this.send().catch(ignore), this.delayMs);
    else if (!this.soon) {
      // The request leaves before the page re-renders the edit, so the two overlap.
      this.soon = true;
      queueMicrotask(() => {
        this.soon = false;
        void this.send().catch(ignore);
      });
    }
  }

  /** Moves the model's dirty ids into `pending`; true when there were any. */
  private collect(): boolean {
    const { marks, zones } = this.model.takeDirty();
    for (const id of marks) this.pending.set(id, 'mark');
    for (const id of zones) this.pending.set(id, 'zone');
    return marks.length + zones.length > 0;
  }

  private clearTimer(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** One request with every pending record; the next one starts when it ends. */
  private send(): Promise<void> {
    this.clearTimer();
    if (this.inFlight) {
      this.queued = true;
      return this.inFlight;
    }
    if (this.conflict !== null) return Promise.reject(this.conflict);
    this.collect();
    const sent = new Map(this.pending);
    this.pending.clear();
    const input = this.buildInput(sent);
    if (input.marks.length + input.zones.length === 0) return Promise.resolve();
    this.queued = false;
    this.onStatus({ state: 'saving' });
    const flight = this.save(input).then(
      (result) => this.saved(result),
      (error: unknown) => this.failed(error, sent),
    );
    this.inFlight = flight;
    return flight;
  }

  private saved(result: ChartSaveResult): void {
    for (const [id, version] of Object.entries(result.versions)) this.versions.set(id, version);
    this.inFlight = null;
    this.retry.succeeded();
    this.collect();
    if (this.pending.size > 0) void this.send().catch(ignore);
    else this.onStatus({ state: 'saved' });
  }

  private failed(error: unknown, sent: Map<string, RecordType>): never {
    this.inFlight = null;
    if (errorCode(error) === 'conflict') {
      this.conflict = error;
      this.onStatus({ state: 'conflict', message: errorMessage(error) });
      throw error;
    }
    for (const [id, type] of sent) if (!this.pending.has(id)) this.pending.set(id, type);
    const retry = worthRetrying(error);
    this.onStatus({ state: 'error', message: retry ? `${errorMessage(error)} ${RETRY_NOTE}` : errorMessage(error) });
    if (this.queued) void this.send().catch(ignore);
    else if (retry) this.scheduleRetry();
    throw error;
  }

  /** Sends the kept records again after a wait that grows with each failure in a row. */
  private scheduleRetry(): void {
    this.retry.schedule(() => {
      if (this.conflict === null && !this.inFlight && this.pending.size > 0) void this.send().catch(ignore);
    });
  }

  /**
   * The current state of each record to send. A record that was never saved and is now deleted
   * (placed, then undone) has nothing to write and is dropped. Primaries are listed first.
   */
  private buildInput(records: Map<string, RecordType>): ChartSaveInput {
    const marks: { record: ChartMark; baseVersion: number }[] = [];
    const zones: { record: ChartZone; baseVersion: number }[] = [];
    for (const [id, type] of records) {
      const record = type === 'mark' ? this.model.committedMark(id) : this.model.getZone(id);
      const baseVersion = this.versionOf(id);
      if (!record || (record.deleted && baseVersion === 0)) {
        records.delete(id);
        continue;
      }
      if (type === 'mark') marks.push({ record: record as ChartMark, baseVersion });
      else zones.push({ record: record as ChartZone, baseVersion });
    }
    const rank = (m: ChartMark) => (m.kind === 'satellite' ? 1 : 0);
    marks.sort((a, b) => rank(a.record) - rank(b.record));
    return { sessionId: this.model.sessionId, marks, zones };
  }
}

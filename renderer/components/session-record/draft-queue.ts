/**
 * The session being edited, saved as the therapist works. Pure logic, no React and no API: the
 * caller gives a `send` function (sessions.update without the id) and listens for changes.
 *
 * - Edits show at once in `session` (the local copy). What goes to the server is the difference
 *   between the local copy and the last saved copy, so an edit typed back to its saved value is
 *   not sent, and a request always carries the latest values.
 * - Note text (and the appointment time, typed part by part) waits `delayMs` after the last
 *   keystroke; every other edit is sent at once (and takes any waiting text with it). `flush()`
 *   sends everything now.
 * - One request at a time: edits made while one is in flight go in the next, right after it.
 * - The server's answer becomes the saved copy. The local copy keeps the therapist's own values
 *   (they may have typed on while the request was out) and takes the rest (screening times,
 *   status) from the answer. The server trims note text, so text is compared trimmed.
 * - A refused value ('invalid_input') is kept on screen with the server's message and is not
 *   sent again until it is changed; the other fields go on saving. Any other failure keeps the
 *   edits and tries again by itself (2 s, doubling up to 30 s: lib/retry.ts), and with the next
 *   edit or flush.
 */
import type { CervicalRom, RomKey } from '../../../db/api/clinical';
import type { OpInput, Session } from '../../../db/api/contract';
import { RETRY_NOTE, RetryTimer, worthRetrying } from '../../lib/retry';

/** What sessions.update takes, without the id. */
export type SessionChanges = Omit<OpInput<'sessions.update'>, 'id'>;

/** The fields the therapist edits. */
export const TEXT_FIELDS = ['subjective', 'objective', 'assessment', 'plan'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];
const VALUE_FIELDS = ['startedAt', 'durationMinutes', 'painBefore', 'painAfter'] as const;
const EDITABLE_FIELDS = [...TEXT_FIELDS, ...VALUE_FIELDS, 'rom', 'redFlags', 'perpetuatingFactors', 'ndi'] as const;
type EditableField = (typeof EDITABLE_FIELDS)[number];

/** An edit as the form makes it: the range of motion and the red flags may name some keys only. */
export type SessionEdit = Partial<Omit<Pick<Session, EditableField>, 'rom' | 'redFlags'>> & {
  rom?: Partial<CervicalRom>;
  redFlags?: Session['redFlags'];
};

export type DraftStatus = 'saved' | 'saving' | 'error';

export interface DraftSnapshot {
  session: Session;
  status: DraftStatus;
  /** Why the last save failed, in words for the therapist; null when nothing failed. */
  error: string | null;
  /** True when the failure is a refused value (shown beside the status, the text is kept). */
  invalid: boolean;
}

export const DRAFT_SAVE_FAILED = 'The session could not be saved.';

export interface DraftQueueOptions {
  send: (changes: SessionChanges) => Promise<Session>;
  /** Note text is sent this long after the last keystroke. */
  delayMs?: number;
  /** Told about failures other than a refused value (e.g. to show them in the alert region). */
  onError?: (error: unknown) => void;
}

function errorCode(error: unknown): string | undefined {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : undefined;
}

function errorMessage(error: unknown): string {
  return errorCode(error) !== undefined && error instanceof Error ? error.message : DRAFT_SAVE_FAILED;
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && new Set([...a, ...b]).size === new Set(a).size;

/** The changes that would make `saved` look like `local` (note text compared trimmed). */
export function diffSession(local: Session, saved: Session): SessionChanges {
  const changes: SessionChanges = {};
  for (const field of TEXT_FIELDS) {
    if (local[field].trim() !== saved[field]) changes[field] = local[field];
  }
  if (Date.parse(local.startedAt) !== Date.parse(saved.startedAt)) changes.startedAt = local.startedAt;
  if (local.durationMinutes !== saved.durationMinutes) changes.durationMinutes = local.durationMinutes;
  if (local.painBefore !== saved.painBefore) changes.painBefore = local.painBefore;
  if (local.painAfter !== saved.painAfter) changes.painAfter = local.painAfter;
  const rom: Partial<CervicalRom> = {};
  for (const key of Object.keys(local.rom) as RomKey[]) {
    if (local.rom[key] !== saved.rom[key]) rom[key] = local.rom[key];
  }
  if (Object.keys(rom).length > 0) changes.rom = rom;
  const redFlags: Session['redFlags'] = {};
  for (const [key, answer] of Object.entries(local.redFlags) as [keyof Session['redFlags'], boolean][]) {
    if (saved.redFlags[key] !== answer) redFlags[key] = answer;
  }
  if (Object.keys(redFlags).length > 0) changes.redFlags = redFlags;
  if (!sameSet(local.perpetuatingFactors, saved.perpetuatingFactors)) {
    changes.perpetuatingFactors = [...local.perpetuatingFactors];
  }
  if (JSON.stringify(local.ndi) !== JSON.stringify(saved.ndi)) changes.ndi = local.ndi === null ? null : [...local.ndi];
  return changes;
}

/** Applies an edit to the local copy. */
export function applyEdit(session: Session, edit: SessionEdit): Session {
  const { rom, redFlags, ...rest } = edit;
  const next: Session = { ...session, ...rest };
  if (rom) next.rom = { ...session.rom, ...rom };
  if (redFlags) next.redFlags = { ...session.redFlags, ...redFlags };
  return next;
}

/** The server's answer, with the therapist's own values on top (they may be newer). */
export function mergeAnswer(answer: Session, local: Session): Session {
  const merged: Session = { ...answer };
  for (const field of EDITABLE_FIELDS) (merged as Record<EditableField, unknown>)[field] = local[field];
  return merged;
}

/** Fields typed key by key: sent a moment after the last keystroke. */
const TYPED_FIELDS: readonly string[] = [...TEXT_FIELDS, 'startedAt'];
const isTypedOnly = (edit: SessionEdit) => Object.keys(edit).every((key) => TYPED_FIELDS.includes(key));

const keyOf = (value: unknown) => JSON.stringify(value);

export class SessionDraftQueue {
  private saved: Session;
  private snapshot: DraftSnapshot;
  private readonly send: DraftQueueOptions['send'];
  private readonly delayMs: number;
  private onError: DraftQueueOptions['onError'];
  private readonly listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight: Promise<void> | null = null;
  /** An edit arrived while a request was in flight: send again as soon as it ends. */
  private queued = false;
  /** The last request failed (not a refused value); cleared when the next one starts. */
  private failure: string | null = null;
  /** Values the server refused, by field, with its message; not sent again while unchanged. */
  private readonly refused = new Map<string, { value: string; message: string }>();
  /** After a request with several fields was refused: send one field per request to find which. */
  private oneAtATime = false;
  /** Goes up with `replace`, so an answer to a request sent before it is ignored. */
  private generation = 0;
  /** Tries a failed save again by itself (lib/retry.ts). */
  private readonly retry = new RetryTimer();

  constructor(initial: Session, { send, delayMs = 600, onError }: DraftQueueOptions) {
    this.saved = initial;
    this.send = send;
    this.delayMs = delayMs;
    this.onError = onError;
    this.snapshot = { session: initial, status: 'saved', error: null, invalid: false };
  }

  get sessionId(): string {
    return this.saved.id;
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): DraftSnapshot => this.snapshot;

  setErrorHandler(onError: DraftQueueOptions['onError']): void {
    this.onError = onError;
  }

  /** True while some edit has not been confirmed saved. */
  get hasUnsaved(): boolean {
    return this.inFlight !== null || Object.keys(this.pending()).length > 0;
  }

  /** Shows the edit at once; sends it now, or (typed fields only) a moment after the last keystroke. */
  update(change: SessionEdit | ((current: Session) => SessionEdit)): void {
    const edit = typeof change === 'function' ? change(this.snapshot.session) : change;
    this.setLocal(applyEdit(this.snapshot.session, edit));
    if (isTypedOnly(edit)) {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.request();
      }, this.delayMs);
      this.publish();
    } else {
      this.request();
    }
  }

  /**
   * Sends every waiting edit now; resolves true once all of it is saved, false when something
   * could not be (the status says why).
   */
  async flush(): Promise<boolean> {
    const generation = this.generation;
    this.clearTimer();
    let last: string | null = null;
    for (;;) {
      if (this.inFlight) {
        await this.inFlight;
        continue;
      }
      if (generation !== this.generation) return true;
      const pending = this.pending();
      if (Object.keys(pending).length === 0) {
        this.failure = null;
        this.queued = false;
        this.publish();
        return this.refused.size === 0;
      }
      // Stop when our own request failed, or when an answer left the same changes to send.
      if (last !== null && (this.failure !== null || last === keyOf(pending))) return false;
      last = keyOf(pending);
      this.queued = false;
      this.start();
    }
  }

  /** Starts over from a session the server gave (after signing): waiting edits are dropped. */
  replace(session: Session): void {
    this.generation += 1;
    this.clearTimer();
    this.saved = session;
    this.queued = false;
    this.failure = null;
    this.oneAtATime = false;
    this.refused.clear();
    this.snapshot = { ...this.snapshot, session };
    this.publish();
  }

  /** The changes still to send, leaving out values the server refused. */
  private pending(): SessionChanges {
    const changes = diffSession(this.snapshot.session, this.saved);
    for (const [field, refused] of this.refused) {
      const value = changes[field as keyof SessionChanges];
      if (value !== undefined && refused.value === keyOf(value)) delete changes[field as keyof SessionChanges];
      else this.refused.delete(field);
    }
    return changes;
  }

  private request(): void {
    this.clearTimer();
    if (this.inFlight) this.queued = true;
    else this.start();
    this.publish();
  }

  private start(): void {
    let changes = this.pending();
    const fields = Object.keys(changes) as (keyof SessionChanges)[];
    if (fields.length === 0) return;
    if (this.oneAtATime && fields.length > 1) {
      const first = fields[0] as keyof SessionChanges;
      changes = { [first]: changes[first] } as SessionChanges;
    }
    this.failure = null;
    const generation = this.generation;
    const sent = changes;
    this.inFlight = this.send(sent).then(
      (answer) => this.answered(generation, answer),
      (error: unknown) => this.failed(generation, sent, error),
    );
    this.publish();
  }

  private answered(generation: number, answer: Session): void {
    this.inFlight = null;
    this.retry.succeeded();
    if (generation !== this.generation) return this.publish();
    this.saved = answer;
    this.snapshot = { ...this.snapshot, session: mergeAnswer(answer, this.snapshot.session) };
    this.next(this.queued || this.oneAtATime);
  }

  private failed(generation: number, sent: SessionChanges, error: unknown): void {
    this.inFlight = null;
    if (generation !== this.generation) return this.publish();
    if (errorCode(error) === 'invalid_input') {
      const fields = Object.entries(sent);
      const [only] = fields;
      if (fields.length === 1 && only) {
        this.refused.set(only[0], { value: keyOf(only[1]), message: errorMessage(error) });
      } else {
        // Which value was refused? Send the fields one by one to find out.
        this.oneAtATime = true;
      }
      this.next(true);
      return;
    }
    const retry = worthRetrying(error);
    this.failure = retry ? `${errorMessage(error)} ${RETRY_NOTE}` : errorMessage(error);
    this.onError?.(error);
    if (this.queued) {
      this.queued = false;
      this.start();
    } else if (retry) this.scheduleRetry();
    this.publish();
  }

  /** Sends the kept edits again after a wait that grows with each failure in a row. */
  private scheduleRetry(): void {
    this.retry.schedule(() => {
      if (!this.inFlight && Object.keys(this.pending()).length > 0) this.start();
    });
  }

  /** After an answer: send what has come in meanwhile (or the next field, one at a time). */
  private next(sendMore: boolean): void {
    const more = Object.keys(this.pending()).length > 0;
    if (more && sendMore && this.timer === undefined) {
      this.queued = false;
      this.start();
    } else if (!more) {
      this.oneAtATime = false;
      this.queued = false;
    }
    this.publish();
  }

  private clearTimer(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private setLocal(session: Session): void {
    this.snapshot = { ...this.snapshot, session };
  }

  /** Works out the status and tells the listeners. */
  private publish(): void {
    const [refused] = this.refused.values();
    let status: DraftStatus;
    let error: string | null = null;
    if (refused) {
      status = 'error';
      error = refused.message;
    } else if (this.inFlight || this.timer !== undefined || this.queued) {
      status = 'saving';
    } else if (this.failure !== null) {
      status = 'error';
      error = this.failure;
    } else {
      status = Object.keys(this.pending()).length > 0 ? 'saving' : 'saved';
    }
    const previous = this.snapshot;
    const invalid = refused !== undefined;
    if (previous.status !== status || previous.error !== error || previous.invalid !== invalid) {
      this.snapshot = { ...previous, status, error, invalid };
    }
    for (const listener of this.listeners) listener();
  }
}

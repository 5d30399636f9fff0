/**
 * How far the opening of a file of an older schema has come (db/open.ts, openDatabaseAsync),
 * and the sentence a small window shows the therapist meanwhile. A new file, or one already up to
 * date, opens at once and reports nothing; a file that needs updating goes through three stages:
 * its safety copy is made (with a fraction done), the copy is read back end to end, then the
 * file itself is updated.
 */

/** A stage of the opening, reported to the caller's `onProgress`. */
export type OpenProgress =
  /**
   * The copy kept before the update (knotbook-before-v<N>-….sqlite in the backups folder) is
   * being written. `fraction` is the part written so far, from 0 to 1; 1 is reported once the
   * last page is written.
   */
  | { stage: 'copying'; fraction: number }
  /** The copy is being read back end to end (integrity, schema, counts) before it is kept. */
  | { stage: 'checking-copy' }
  /** The copy is kept; the file is being updated to this version's schema. */
  | { stage: 'updating' };

export type OpenProgressListener = (progress: OpenProgress) => void;

/** The whole percent done, from 0 to 100; 100 only when the copy is complete. */
export function percentDone(fraction: number): number {
  if (!Number.isFinite(fraction)) return 0;
  return Math.min(100, Math.max(0, Math.floor(fraction * 100)));
}

/** The sentence the therapist reads while the file opens, e.g. "Making a safety copy before updating your records: 42%". */
export function describeOpenProgress(progress: OpenProgress): string {
  switch (progress.stage) {
    case 'copying':
      return `Making a safety copy before updating your records: ${percentDone(progress.fraction)}%`;
    case 'checking-copy':
      return 'Checking the safety copy';
    case 'updating':
      return 'Updating your records';
  }
}

export interface ThrottleOptions {
  /** The least time between two reports of the same stage, in milliseconds (250: four a second). */
  intervalMs?: number;
  /** A clock in milliseconds that only goes forward (`performance.now` unless a test gives one). */
  clock?: () => number;
}

/**
 * Wraps `listener` so it is called at most every `intervalMs` within a stage: the first report
 * of each stage and the complete copy (fraction 1) always pass, the fractions in between only
 * when `intervalMs` has passed since the last report. An error thrown by the listener (a window
 * already closed) is ignored: showing the progress never stops the opening.
 */
export function throttleProgress(
  listener: OpenProgressListener | undefined,
  options: ThrottleOptions = {},
): OpenProgressListener {
  const intervalMs = options.intervalMs ?? 250;
  const clock = options.clock ?? (() => performance.now());
  let lastStage: OpenProgress['stage'] | undefined;
  let lastAt = 0;
  return (progress) => {
    if (!listener) return;
    const now = clock();
    const complete = progress.stage === 'copying' && progress.fraction >= 1;
    if (progress.stage === lastStage && !complete && now - lastAt < intervalMs) return;
    lastStage = progress.stage;
    lastAt = now;
    try {
      listener(progress);
    } catch {
      // The listener's own failure (a progress window already gone) is not the opening's.
    }
  };
}

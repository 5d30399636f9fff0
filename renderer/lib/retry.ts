/**
 * Trying a failed save again by itself: a full disk, a file made read-only or a server away
 * may pass, and the therapist's edit must not wait for their next change to be saved.
 */

/** Said after such a failure, after what went wrong. */
export const RETRY_NOTE = 'Your change is kept, and Knotbook tries again by itself.';

/** The first wait, then doubling with each failure in a row, up to the last. */
export const RETRY_FIRST_MS = 2000;
export const RETRY_MAX_MS = 30_000;

/**
 * When to try a failed save again: `schedule` runs `work` after a wait that doubles with each
 * failure in a row (RETRY_FIRST_MS, then twice that… up to RETRY_MAX_MS); `succeeded` starts the
 * waits over; `cancel` drops a try not made yet.
 */
export class RetryTimer {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private waitMs = RETRY_FIRST_MS;

  schedule(work: () => void): void {
    clearTimeout(this.timer);
    const wait = this.waitMs;
    this.waitMs = Math.min(this.waitMs * 2, RETRY_MAX_MS);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      work();
    }, wait);
  }

  succeeded(): void {
    this.waitMs = RETRY_FIRST_MS;
  }

  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}

/** Refusals that trying again cannot cure (a changed value may). */
const FINAL_CODES = new Set(['conflict', 'invalid_input', 'not_found', 'unknown_operation', 'unauthorized']);

export function worthRetrying(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return !(typeof code === 'string' && FINAL_CODES.has(code));
}

/**
 * Trying a failed save again by itself: a full disk, a file made read-only or a server away
 * may pass, and the therapist's edit must not wait for their next change to be saved.
 */

/** Said after such a failure, after what went wrong. */
export const RETRY_NOTE = 'Your change is kept, and Knotbook tries again by itself.';

/** The first wait, then doubling with each failure in a row, up to the last. */
export const RETRY_FIRST_MS = 2000;
export const RETRY_MAX_MS = 30_000;

export const nextRetryMs = (waitedMs: number): number => Math.min(waitedMs * 2, RETRY_MAX_MS);

/** Refusals that trying again cannot cure (a changed value may). */
const FINAL_CODES = new Set(['conflict', 'invalid_input', 'not_found', 'unknown_operation', 'unauthorized']);

export function worthRetrying(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return !(typeof code === 'string' && FINAL_CODES.has(code));
}

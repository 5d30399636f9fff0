/**
 * Slowing down wrong passphrases for the app lock (db/queries/app-lock.ts): the first few wrong
 * ones in a row cost nothing, then each one makes the next check wait twice as long (1 s, 2 s,
 * 4 s … at most a minute). A passphrase given during the wait is refused without being checked.
 * The count is kept in memory and in the lock's own settings row, so closing and opening
 * Knotbook does not reset it; a right passphrase does.
 */
import type { Database } from 'better-sqlite3';

/** Wrong passphrases in a row that cost no wait. */
export const FREE_TRIES = 3;
export const MAX_WAIT_MS = 60_000;

/** What the lock keeps about the wrong passphrases given so far. */
export interface Attempts {
  /** Wrong passphrases in a row. */
  failures: number;
  /** The clock's reading (ms) at the last wrong passphrase; 0 when there is none. */
  lastFailureAt: number;
  /** The clock (Date.now in the app; a test gives its own). */
  now: () => number;
}

/** How long the next check waits after this many wrong passphrases in a row. */
export function waitAfter(failures: number): number {
  return failures <= FREE_TRIES ? 0 : Math.min(MAX_WAIT_MS, 1000 * 2 ** (failures - FREE_TRIES - 1));
}

/**
 * What is left of the wait now, in ms. Never more than the whole wait, so a clock set back (or a
 * time saved by another computer) cannot make it longer.
 */
export function remainingWait(attempts: Attempts): number {
  const wait = waitAfter(attempts.failures);
  if (wait === 0) return 0;
  const left = attempts.lastFailureAt + wait - attempts.now();
  return Math.min(wait, Math.max(0, left));
}

/** A wait in whole seconds, rounded up: what the therapist is told (0 when there is none). */
export const waitSeconds = (ms: number): number => Math.ceil(ms / 1000);

/** The count as the lock's row has it (absent in a lock set before the count existed). */
export function storedAttempts(value: { failures?: unknown; lastFailureAt?: unknown }): {
  failures: number;
  lastFailureAt: number;
} {
  const whole = (n: unknown) => (typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 ? n : 0);
  return { failures: whole(value.failures), lastFailureAt: whole(value.lastFailureAt) };
}

/**
 * Writes the count into the lock's row (its passphrase hash untouched). A file that cannot be
 * written (damaged, read-only, a full disk) keeps the count in memory only: the check itself
 * must not fail for it.
 */
export function saveAttempts(db: Database, key: string, attempts: Attempts): void {
  try {
    db.prepare(`UPDATE settings SET value = json_set(value, '$.failures', ?, '$.lastFailureAt', ?) WHERE key = ?`).run(
      attempts.failures,
      attempts.lastFailureAt,
      key,
    );
  } catch {
    // Kept in memory (see above); nothing about the passphrase is in the error to log.
  }
}

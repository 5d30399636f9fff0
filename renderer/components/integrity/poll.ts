/**
 * Asking the API how the background check of the database file is going: once at start, then
 * every few seconds while it is still checking, and never again once it has an answer.
 */
import type { AppInfo } from '../../../db/api/contract';

export type IntegrityState = AppInfo['integrity'];

export const INTEGRITY_POLL_MS = 3000;

/**
 * Calls `ask` now and again `intervalMs` after each 'checking' answer (or failed call), handing
 * every answer to `onState`. Returns the function that stops it.
 */
export function pollIntegrity(
  ask: () => Promise<IntegrityState>,
  onState: (state: IntegrityState) => void,
  intervalMs: number = INTEGRITY_POLL_MS,
): () => void {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = () => {
    if (!stopped) timer = setTimeout(run, intervalMs);
  };
  function run(): void {
    ask().then((state) => {
      if (stopped) return;
      onState(state);
      if (state === 'checking') later();
    }, later);
  }
  run();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}

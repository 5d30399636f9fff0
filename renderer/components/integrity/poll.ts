/**
 * Asking the API how the background check of the database file is going: once at start, then
 * every few seconds while it is still checking, and never again once it has an answer.
 */
import type { AppInfo, IntegrityTamper } from '../../../db/api/contract';

export type IntegrityState = AppInfo['integrity'];

/** The check's answer as the banner shows it: the state and, when 'tampered', what was found. */
export interface IntegrityReport {
  state: IntegrityState;
  tamper?: IntegrityTamper | undefined;
}

export const INTEGRITY_POLL_MS = 3000;

/** The report in an app.info answer (a locked app tells nothing about the file: 'checking'). */
export function reportOf(info: AppInfo): IntegrityReport {
  return { state: info.integrity, tamper: 'tamper' in info ? info.tamper : undefined };
}

/**
 * Calls `ask` now and again `intervalMs` after each 'checking' answer (or failed call), handing
 * every answer to `onReport`. Returns the function that stops it.
 */
export function pollIntegrity(
  ask: () => Promise<IntegrityReport>,
  onReport: (report: IntegrityReport) => void,
  intervalMs: number = INTEGRITY_POLL_MS,
): () => void {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = () => {
    if (!stopped) timer = setTimeout(run, intervalMs);
  };
  function run(): void {
    ask().then((report) => {
      if (stopped) return;
      onReport(report);
      if (report.state === 'checking') later();
    }, later);
  }
  run();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}

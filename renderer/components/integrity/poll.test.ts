/** How often the shell asks about the background check: until it has an answer, every 3 seconds. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { INTEGRITY_POLL_MS, pollIntegrity, reportOf, type IntegrityReport, type IntegrityState } from './poll';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** An `ask` that gives the answers in turn (an Error as a failed call), and counts the calls. */
function answers(...list: (IntegrityState | Error)[]) {
  const ask = vi.fn(async (): Promise<IntegrityReport> => {
    const next = list.shift() ?? 'checking';
    if (next instanceof Error) throw next;
    return { state: next };
  });
  return ask;
}

/** What onReport was handed, as states. */
function recorder() {
  const seen: IntegrityState[] = [];
  return { seen, onReport: (report: IntegrityReport) => seen.push(report.state) };
}

describe('pollIntegrity', () => {
  it('asks at once, again every 3 s while checking, and stops at the answer', async () => {
    const ask = answers('checking', 'checking', 'damaged');
    const { seen, onReport } = recorder();
    pollIntegrity(ask, onReport);
    await vi.advanceTimersByTimeAsync(0);
    expect(ask).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(INTEGRITY_POLL_MS - 1);
    expect(ask).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(ask).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(INTEGRITY_POLL_MS * 5);
    expect(ask).toHaveBeenCalledTimes(3);
    expect(seen).toEqual(['checking', 'checking', 'damaged']);
  });

  it('asks once when the file is already known to be sound', async () => {
    const ask = answers('ok');
    const { seen, onReport } = recorder();
    pollIntegrity(ask, onReport);
    await vi.advanceTimersByTimeAsync(INTEGRITY_POLL_MS * 5);
    expect(ask).toHaveBeenCalledTimes(1);
    expect(seen).toEqual(['ok']);
  });

  it('tries again after a failed call, and stops asking when stopped', async () => {
    const ask = answers(new Error('unreachable'), 'checking', 'checking');
    const { seen, onReport } = recorder();
    const stop = pollIntegrity(ask, onReport);
    await vi.advanceTimersByTimeAsync(INTEGRITY_POLL_MS * 1.5);
    expect(ask).toHaveBeenCalledTimes(2);
    expect(seen).toEqual(['checking']);
    stop();
    await vi.advanceTimersByTimeAsync(INTEGRITY_POLL_MS * 5);
    expect(ask).toHaveBeenCalledTimes(2);
    expect(seen).toEqual(['checking']);
  });

  it('hands on what a tampered file was found with, and nothing from a locked app', async () => {
    const tamper = { auditBreak: null, safeguards: ['signed sessions'] };
    const base = { appVersion: '1', schemaVersion: 8, databasePath: '/x.sqlite' } as const;
    expect(reportOf({ locked: false, ...base, integrity: 'tampered', tamper })).toEqual({ state: 'tampered', tamper });
    expect(reportOf({ locked: false, ...base, integrity: 'ok' })).toEqual({ state: 'ok', tamper: undefined });
    expect(reportOf({ locked: true, appVersion: '1', integrity: 'checking' })).toEqual({
      state: 'checking',
      tamper: undefined,
    });
  });
});

/** How often the shell asks about the background check: until it has an answer, every 3 seconds. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { INTEGRITY_POLL_MS, pollIntegrity, type IntegrityState } from './poll';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** An `ask` that gives the answers in turn (an Error as a failed call), and counts the calls. */
function answers(...list: (IntegrityState | Error)[]) {
  const ask = vi.fn(async () => {
    const next = list.shift() ?? 'checking';
    if (next instanceof Error) throw next;
    return next;
  });
  return ask;
}

describe('pollIntegrity', () => {
  it('asks at once, again every 3 s while checking, and stops at the answer', async () => {
    const ask = answers('checking', 'checking', 'damaged');
    const seen: IntegrityState[] = [];
    pollIntegrity(ask, (state) => seen.push(state));
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
    const seen: IntegrityState[] = [];
    pollIntegrity(ask, (state) => seen.push(state));
    await vi.advanceTimersByTimeAsync(INTEGRITY_POLL_MS * 5);
    expect(ask).toHaveBeenCalledTimes(1);
    expect(seen).toEqual(['ok']);
  });

  it('tries again after a failed call, and stops asking when stopped', async () => {
    const ask = answers(new Error('unreachable'), 'checking', 'checking');
    const seen: IntegrityState[] = [];
    const stop = pollIntegrity(ask, (state) => seen.push(state));
    await vi.advanceTimersByTimeAsync(INTEGRITY_POLL_MS * 1.5);
    expect(ask).toHaveBeenCalledTimes(2);
    expect(seen).toEqual(['checking']);
    stop();
    await vi.advanceTimersByTimeAsync(INTEGRITY_POLL_MS * 5);
    expect(ask).toHaveBeenCalledTimes(2);
    expect(seen).toEqual(['checking']);
  });
});

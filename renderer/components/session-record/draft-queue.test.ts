import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { vi } from 'vitest';
import type { Session } from '../../../db/api/contract';
import { applyEdit, diffSession, mergeAnswer, SessionDraftQueue, type SessionChanges } from './draft-queue';
import { makeSession } from './test-session';

interface Call {
  changes: SessionChanges;
  resolve: (session: Session) => void;
  reject: (error: unknown) => void;
}

/**
 * A `send` the test answers by hand. `answer(i)` replies as sessions.update would: the fields
 * applied to the last answer, note text trimmed, red-flag answers merged.
 */
function handAnswered(initial: Session) {
  const calls: Call[] = [];
  let server = initial;
  const send = (changes: SessionChanges) =>
    new Promise<Session>((resolve, reject) => calls.push({ changes, resolve, reject }));
  const answer = async (i: number) => {
    const call = calls[i];
    if (!call) throw new Error(`no request #${i}`);
    const { rom, redFlags, ...rest } = call.changes;
    const trimmed = Object.fromEntries(
      Object.entries(rest).map(([k, v]) => [k, typeof v === 'string' && k !== 'startedAt' ? v.trim() : v]),
    );
    server = {
      ...server,
      ...trimmed,
      rom: { ...server.rom, ...rom },
      redFlags: { ...server.redFlags, ...redFlags },
      ...(redFlags ? { redFlagsScreenedAt: '2026-11-21T09:31:00.000Z' } : {}),
      updatedAt: `2026-11-21T09:3${i}:00.000Z`,
    };
    call.resolve(server);
    await vi.advanceTimersByTimeAsync(0);
  };
  const refuse = async (i: number, code: string, message: string) => {
    calls[i]?.reject(Object.assign(new Error(message), { code }));
    await vi.advanceTimersByTimeAsync(0);
  };
  return { calls, send, answer, refuse };
}

function setup(initial = makeSession()) {
  const server = handAnswered(initial);
  const errors: unknown[] = [];
  const queue = new SessionDraftQueue(initial, {
    send: server.send,
    delayMs: 600,
    onError: (e) => errors.push(e),
  });
  const view = () => queue.getSnapshot();
  return { queue, view, errors, ...server };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('what goes to the server', () => {
  it('sends only the fields that differ from the saved copy', () => {
    const saved = makeSession({ subjective: 'Sore neck', painBefore: 6 });
    const local = applyEdit(saved, {
      subjective: 'Sore neck ',
      painBefore: 5,
      rom: { flexion: 50 },
      redFlags: { trauma: false },
      perpetuatingFactors: ['stress'],
    });
    expect(diffSession(local, saved)).toEqual({
      painBefore: 5,
      rom: { flexion: 50 },
      redFlags: { trauma: false },
      perpetuatingFactors: ['stress'],
    });
  });

  it('a checklist in another order, or the same time written differently, is no change', () => {
    const saved = makeSession({ perpetuatingFactors: ['stress', 'heavy_bag'] });
    const local = applyEdit(saved, {
      perpetuatingFactors: ['heavy_bag', 'stress'],
      startedAt: '2026-11-21T09:30:00Z',
    });
    expect(diffSession(local, saved)).toEqual({});
  });

  it("the server's answer keeps the therapist's newer values and takes its own times", () => {
    const local = makeSession({ subjective: 'Neck pain since Mon', redFlags: { trauma: false } });
    const answer = makeSession({
      subjective: 'Neck pain',
      redFlags: { trauma: false },
      redFlagsScreenedAt: '2026-11-21T09:31:00.000Z',
    });
    const merged = mergeAnswer(answer, local);
    expect(merged.subjective).toBe('Neck pain since Mon');
    expect(merged.redFlagsScreenedAt).toBe('2026-11-21T09:31:00.000Z');
  });
});

describe('saving as the therapist types', () => {
  it('note text goes 600 ms after the last keystroke, in one request', async () => {
    const { queue, calls, view } = setup();
    queue.update({ subjective: 'N' });
    await vi.advanceTimersByTimeAsync(400);
    queue.update({ subjective: 'Ne' });
    await vi.advanceTimersByTimeAsync(400);
    queue.update({ subjective: 'Neck' });
    expect(view().session.subjective).toBe('Neck');
    expect(view().status).toBe('saving');
    await vi.advanceTimersByTimeAsync(599);
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls.map((c) => c.changes)).toEqual([{ subjective: 'Neck' }]);
  });

  it('a number goes at once and takes the waiting text with it', () => {
    const { queue, calls } = setup();
    queue.update({ subjective: 'Stiff' });
    queue.update({ painBefore: 7 });
    expect(calls.map((c) => c.changes)).toEqual([{ subjective: 'Stiff', painBefore: 7 }]);
  });

  it('one request at a time: edits made meanwhile go in the next one, right after', async () => {
    const { queue, calls, answer, view } = setup();
    queue.update({ painBefore: 7 });
    queue.update({ painAfter: 3 });
    queue.update({ durationMinutes: 45 });
    expect(calls).toHaveLength(1);
    await answer(0);
    expect(calls.map((c) => c.changes)).toEqual([{ painBefore: 7 }, { painAfter: 3, durationMinutes: 45 }]);
    expect(view().status).toBe('saving');
    await answer(1);
    expect(view().status).toBe('saved');
  });

  it("typing on while a save is out is not undone by the server's answer", async () => {
    const { queue, calls, answer, view } = setup();
    queue.update({ objective: 'Tight ' });
    await vi.advanceTimersByTimeAsync(600);
    expect(calls[0]?.changes).toEqual({ objective: 'Tight ' });
    queue.update({ objective: 'Tight upper trap' });
    await answer(0);
    expect(view().session.objective).toBe('Tight upper trap');
    await vi.advanceTimersByTimeAsync(600);
    expect(calls[1]?.changes).toEqual({ objective: 'Tight upper trap' });
  });

  it('a trailing space the server trimmed stays on screen and is not sent again', async () => {
    const { queue, calls, answer, view } = setup();
    queue.update({ plan: 'Chin tucks ' });
    await vi.advanceTimersByTimeAsync(600);
    await answer(0);
    expect(view().session.plan).toBe('Chin tucks ');
    expect(view().status).toBe('saved');
    await vi.advanceTimersByTimeAsync(2000);
    expect(calls).toHaveLength(1);
  });

  it('the screening time comes from the answer', async () => {
    const { queue, answer, view } = setup();
    queue.update({ redFlags: { trauma: false, neuro: false } });
    await answer(0);
    expect(view().session.redFlagsScreenedAt).toBe('2026-11-21T09:31:00.000Z');
  });

  it('text typed back to what is saved sends nothing', async () => {
    const { queue, calls, view } = setup(makeSession({ plan: 'Rest' }));
    queue.update({ plan: 'Rest!' });
    queue.update({ plan: 'Rest' });
    await vi.advanceTimersByTimeAsync(600);
    expect(calls).toHaveLength(0);
    expect(view().status).toBe('saved');
  });
});

describe('flush', () => {
  it('sends waiting text now and resolves true once saved', async () => {
    const { queue, calls, answer } = setup();
    queue.update({ assessment: 'Less guarding' });
    const done = queue.flush();
    expect(calls.map((c) => c.changes)).toEqual([{ assessment: 'Less guarding' }]);
    await answer(0);
    await expect(done).resolves.toBe(true);
  });

  it('waits for the request in flight, then sends what came after it', async () => {
    const { queue, calls, answer } = setup();
    queue.update({ painBefore: 4 });
    queue.update({ plan: 'Heat at home' });
    const done = queue.flush();
    expect(calls).toHaveLength(1);
    await answer(0);
    expect(calls[1]?.changes).toEqual({ plan: 'Heat at home' });
    await answer(1);
    await expect(done).resolves.toBe(true);
    expect(queue.hasUnsaved).toBe(false);
  });

  it('resolves false when the save fails', async () => {
    const { queue, refuse } = setup();
    queue.update({ plan: 'Stretch' });
    const done = queue.flush();
    await refuse(0, 'internal', 'The disk is full.');
    await expect(done).resolves.toBe(false);
  });
});

describe('when saving fails', () => {
  it('keeps the edits, says "not saved", and tries again with the next edit', async () => {
    const { queue, calls, refuse, answer, view, errors } = setup();
    queue.update({ painBefore: 8 });
    await refuse(0, 'internal', 'The database is busy.');
    expect(view().status).toBe('error');
    expect(view().error).toBe('The database is busy. Your change is kept, and Knotbook tries again by itself.');
    expect(view().invalid).toBe(false);
    expect(view().session.painBefore).toBe(8);
    expect(errors).toHaveLength(1);
    queue.update({ painAfter: 4 });
    expect(calls[1]?.changes).toEqual({ painBefore: 8, painAfter: 4 });
    await answer(1);
    expect(view()).toMatchObject({ status: 'saved', error: null });
  });

  it('tries again by itself after a failure that may pass, until it is saved', async () => {
    const { queue, calls, refuse, answer, view } = setup();
    queue.update({ painBefore: 8 });
    await refuse(0, 'internal', 'The disk is full, so this change was not saved. Free some space and try again.');
    await vi.advanceTimersByTimeAsync(1999);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls[1]?.changes).toEqual({ painBefore: 8 });
    await answer(1);
    expect(view()).toMatchObject({ status: 'saved', error: null });
  });

  it('a refused value stays on screen with the message; other fields go on saving', async () => {
    const { queue, calls, refuse, answer, view, errors } = setup();
    queue.update({ subjective: 'TOO LONG' });
    await vi.advanceTimersByTimeAsync(600);
    await refuse(0, 'invalid_input', 'Subjective must be at most 20000 characters.');
    expect(view()).toMatchObject({ status: 'error', invalid: true });
    expect(view().error).toBe('Subjective must be at most 20000 characters.');
    expect(view().session.subjective).toBe('TOO LONG');
    expect(errors).toHaveLength(0);
    queue.update({ painBefore: 2 });
    expect(calls[1]?.changes).toEqual({ painBefore: 2 });
    await answer(1);
    expect(view().status).toBe('error');
    queue.update({ subjective: 'Short now' });
    await vi.advanceTimersByTimeAsync(600);
    expect(calls[2]?.changes).toEqual({ subjective: 'Short now' });
    await answer(2);
    expect(view()).toMatchObject({ status: 'saved', error: null, invalid: false });
  });

  it('when a request with several fields is refused, they are retried one by one', async () => {
    const { queue, calls, refuse, answer, view } = setup();
    queue.update({ plan: 'TOO LONG' });
    queue.update({ painAfter: 1 });
    await refuse(0, 'invalid_input', 'Plan must be at most 20000 characters.');
    expect(calls[1]?.changes).toEqual({ plan: 'TOO LONG' });
    await refuse(1, 'invalid_input', 'Plan must be at most 20000 characters.');
    expect(calls[2]?.changes).toEqual({ painAfter: 1 });
    await answer(2);
    expect(calls).toHaveLength(3);
    expect(view()).toMatchObject({ status: 'error', error: 'Plan must be at most 20000 characters.' });
  });
});

describe('replace (after signing)', () => {
  it('takes the signed session and drops waiting edits and late answers', async () => {
    const { queue, calls, answer, view } = setup();
    queue.update({ painBefore: 3 });
    queue.update({ plan: 'Typed late' });
    queue.replace(makeSession({ painBefore: 3, status: 'signed' }));
    await answer(0);
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls).toHaveLength(1);
    expect(view().session).toMatchObject({ status: 'signed', plan: '' });
    expect(view().status).toBe('saved');
  });
});

describe('an edit built from the current values', () => {
  it('sees typing that happened after it was asked for', () => {
    const { queue, view } = setup();
    queue.update({ objective: 'Posture: forward head.' });
    queue.update((current) => ({ objective: `${current.objective}\nNo points charted.` }));
    expect(view().session.objective).toBe('Posture: forward head.\nNo points charted.');
  });
});

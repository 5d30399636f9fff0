import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChartSaveResult } from '../../../db/api/chart-schema';
import { ChartSaver, type ChartSaveInput, type SaveStatus } from './saver';
import { id, makeModel, ok, savedMark } from './test-fixtures';

interface Call {
  input: ChartSaveInput;
  resolve: (result: ChartSaveResult) => void;
  reject: (error: unknown) => void;
}

/** A save function the test answers by hand; every record comes back one version higher. */
function fakeServer() {
  const calls: Call[] = [];
  const save = vi.fn(
    (input: ChartSaveInput) =>
      new Promise<ChartSaveResult>((resolve, reject) => calls.push({ input, resolve, reject })),
  );
  const answer = (i: number) => {
    const call = calls[i];
    if (!call) throw new Error(`no save #${i}`);
    const records = [...call.input.marks, ...call.input.zones];
    call.resolve({ versions: Object.fromEntries(records.map((r) => [r.record.id, r.baseVersion + 1])) });
  };
  return { calls, save, answer };
}

const apiError = (code: string, message: string) => Object.assign(new Error(message), { code });

function setup(marks = [savedMark(1)], delayMs = 100) {
  const { model } = makeModel({ marks });
  const server = fakeServer();
  const statuses: SaveStatus[] = [];
  const saver = new ChartSaver({ model, save: server.save, onStatus: (s) => statuses.push(s), delayMs });
  const sent = (i: number) => {
    const call = server.calls[i];
    return call && [...call.input.marks, ...call.input.zones].map((r) => [r.record.id, r.baseVersion]);
  };
  return { model, saver, statuses, sent, ...server };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('saving as the therapist works', () => {
  it('an edit is sent within 100 ms with the version last seen, and quick edits go together', async () => {
    const { model, calls, sent, answer, statuses } = setup();
    ok(model.updateMark(id(1), { pressure: 4 }));
    const placed = ok(model.placeMark('latent', 'posterior', 0.3, 0.5)).mark;
    await vi.advanceTimersByTimeAsync(99);
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent(0)).toEqual([
      [id(1), 3],
      [placed.id, 0],
    ]);
    expect(calls[0]?.input.marks[0]?.record).toMatchObject({ pressure: 4 });
    answer(0);
    await vi.advanceTimersByTimeAsync(0);
    expect(statuses).toEqual([{ state: 'saving' }, { state: 'saved' }]);
    ok(model.updateMark(placed.id, { pressure: 2 }));
    await vi.advanceTimersByTimeAsync(100);
    expect(sent(1)).toEqual([[placed.id, 1]]);
  });

  it('with no delay, an edit leaves before anything else runs, together with edits made alongside it', async () => {
    const { model, calls, sent } = setup([savedMark(1)], 0);
    const placed = ok(model.placeMark('active', 'posterior', 0.3, 0.5)).mark;
    ok(model.updateMark(placed.id, { pressure: 6 }));
    expect(calls).toHaveLength(0); // not inside the edit itself
    await Promise.resolve();
    expect(sent(0)).toEqual([[placed.id, 0]]);
    expect(calls[0]?.input.marks[0]?.record.pressure).toBe(6);
  });

  it('an edit made while a save is in flight is sent right after, with the new version', async () => {
    const { model, calls, sent, answer } = setup();
    ok(model.updateMark(id(1), { pressure: 4 }));
    await vi.advanceTimersByTimeAsync(100);
    ok(model.updateMark(id(1), { pressure: 5 }));
    ok(model.updateMark(id(1), { tenderness: 6 }));
    await vi.advanceTimersByTimeAsync(500);
    expect(calls).toHaveLength(1);
    answer(0);
    await vi.advanceTimersByTimeAsync(0);
    expect(sent(1)).toEqual([[id(1), 4]]);
    expect(calls[1]?.input.marks[0]?.record).toMatchObject({ pressure: 5, tenderness: 6 });
  });

  it('a satellite goes in the same request as its new primary, primary first', async () => {
    const { model, calls, saver } = setup([]);
    const primary = ok(model.placeMark('active', 'posterior', 0.6, 0.2)).mark;
    const satellite = ok(model.placeMark('satellite', 'posterior', 0.6, 0.5)).mark;
    ok(model.linkSatellite(satellite.id, primary.id));
    const flushed = saver.flush();
    expect(calls).toHaveLength(1);
    expect(calls[0]?.input.marks.map((m) => m.record.kind)).toEqual(['trigger_point', 'satellite']);
    calls[0]?.resolve({ versions: { [primary.id]: 1, [satellite.id]: 1 } });
    await flushed;
  });

  it('a mark placed and undone before it was saved is never sent', async () => {
    const { model, calls } = setup();
    ok(model.placeMark('active', 'posterior', 0.6, 0.2));
    ok(model.undo());
    await vi.advanceTimersByTimeAsync(500);
    expect(calls).toHaveLength(0);
  });

  it('a mark being dragged is saved where it was until it is dropped', async () => {
    const { model, calls } = setup([savedMark(1), savedMark(2)]);
    ok(model.updateMark(id(1), { note: 'tight' }));
    ok(model.beginDrag(id(1)));
    ok(model.dragTo(id(1), 0.3, 0.6));
    await vi.advanceTimersByTimeAsync(100);
    expect(calls[0]?.input.marks[0]?.record).toMatchObject({ x: 0.6, y: 0.2, note: 'tight' });
  });
});

describe('flushing (blur, close, quit)', () => {
  it('sends pending edits at once and resolves when they are saved', async () => {
    const { model, saver, answer, sent } = setup();
    ok(model.updateMark(id(1), { pressure: 4 }));
    let done = false;
    const flushed = saver.flush().then(() => (done = true));
    expect(sent(0)).toEqual([[id(1), 3]]);
    await Promise.resolve();
    expect(done).toBe(false);
    answer(0);
    await flushed;
    expect(saver.hasUnsaved).toBe(false);
  });

  it('waits for a save in flight, then sends what came after it', async () => {
    const { model, saver, calls, answer, sent } = setup();
    ok(model.updateMark(id(1), { pressure: 4 }));
    await vi.advanceTimersByTimeAsync(100);
    ok(model.updateMark(id(1), { pressure: 5 }));
    const flushed = saver.flush();
    answer(0);
    await vi.advanceTimersByTimeAsync(0);
    expect(sent(1)).toEqual([[id(1), 4]]);
    answer(1);
    await flushed;
    expect(calls).toHaveLength(2);
  });

  it('with nothing to save, resolves without a request', async () => {
    const { saver, calls } = setup();
    await saver.flush();
    expect(calls).toHaveLength(0);
  });
});

describe('when saving fails', () => {
  it('a change from another window is reported as a conflict and nothing more is sent', async () => {
    const { model, saver, calls, statuses } = setup();
    ok(model.updateMark(id(1), { pressure: 4 }));
    await vi.advanceTimersByTimeAsync(100);
    const message = 'This chart was changed in another window. Reload it to see the changes.';
    calls[0]?.reject(apiError('conflict', message));
    await vi.advanceTimersByTimeAsync(0);
    expect(statuses.at(-1)).toEqual({ state: 'conflict', message });
    ok(model.updateMark(id(1), { pressure: 5 }));
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls).toHaveLength(1);
    await expect(saver.flush()).rejects.toThrow(message);
  });

  it('another error is reported, and the same records are sent again with the next edit', async () => {
    const { model, calls, statuses, sent, saver } = setup([savedMark(1), savedMark(2)]);
    ok(model.updateMark(id(1), { pressure: 4 }));
    await vi.advanceTimersByTimeAsync(100);
    calls[0]?.reject(apiError('internal', 'Knotbook could not reach its database. Is it still running?'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(statuses.at(-1)).toEqual({
      state: 'error',
      message:
        'Knotbook could not reach its database. Is it still running? Your change is kept, and Knotbook tries again by itself.',
    });
    expect(calls).toHaveLength(1);
    expect(saver.hasUnsaved).toBe(true);
    ok(model.updateMark(id(2), { pressure: 1 }));
    await vi.advanceTimersByTimeAsync(100);
    expect(sent(1)).toEqual([
      [id(1), 3],
      [id(2), 3],
    ]);
  });

  it('a save refused by a full disk is kept and tried again by itself until the disk has room', async () => {
    const { model, calls, statuses, sent, saver, answer } = setup();
    ok(model.updateMark(id(1), { pressure: 4 }));
    await vi.advanceTimersByTimeAsync(100);
    const full = 'The disk is full, so this change was not saved. Free some space and try again.';
    calls[0]?.reject(apiError('internal', full));
    await vi.advanceTimersByTimeAsync(1999);
    expect(calls).toHaveLength(1);
    expect(statuses.at(-1)).toEqual({
      state: 'error',
      message: `${full} Your change is kept, and Knotbook tries again by itself.`,
    });
    await vi.advanceTimersByTimeAsync(1);
    expect(sent(1)).toEqual(sent(0));
    calls[1]?.reject(apiError('internal', full));
    await vi.advanceTimersByTimeAsync(3999); // the wait doubles
    expect(calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    answer(2);
    await vi.advanceTimersByTimeAsync(0);
    expect(statuses.at(-1)).toEqual({ state: 'saved' });
    expect(saver.hasUnsaved).toBe(false);
    expect(model.getMark(id(1))?.pressure).toBe(4);
  });

  it('a refusal that trying again cannot cure is not retried by itself', async () => {
    const { model, calls } = setup();
    ok(model.updateMark(id(1), { pressure: 4 }));
    await vi.advanceTimersByTimeAsync(100);
    calls[0]?.reject(apiError('invalid_input', 'Pressure must be at most 10.'));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toHaveLength(1);
  });

  it('a flush that fails rejects, so quitting knows the chart is not saved', async () => {
    const { model, saver, calls, statuses } = setup();
    ok(model.updateMark(id(1), { pressure: 4 }));
    const flushed = saver.flush();
    calls[0]?.reject(new TypeError('x is undefined'));
    await expect(flushed).rejects.toThrow('x is undefined');
    expect(statuses.at(-1)?.message).toMatch(/could not be saved/);
  });
});

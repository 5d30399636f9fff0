/** The sentence shown while a file of an older schema opens, and how often it is told. */
import { describe, expect, it } from 'vitest';
import { describeOpenProgress, percentDone, throttleProgress, type OpenProgress } from './open-progress';

describe('describeOpenProgress', () => {
  it('says each stage in plain words, with the part of the copy made', () => {
    expect(describeOpenProgress({ stage: 'copying', fraction: 0 })).toBe(
      'Making a safety copy before updating your records: 0%',
    );
    expect(describeOpenProgress({ stage: 'copying', fraction: 0.426 })).toBe(
      'Making a safety copy before updating your records: 42%',
    );
    expect(describeOpenProgress({ stage: 'copying', fraction: 1 })).toBe(
      'Making a safety copy before updating your records: 100%',
    );
    expect(describeOpenProgress({ stage: 'checking-copy' })).toBe('Checking the safety copy');
    expect(describeOpenProgress({ stage: 'updating' })).toBe('Updating your records');
  });

  it('says 100% only once the copy is complete, and never less than 0 or more than 100', () => {
    expect(percentDone(0.999)).toBe(99);
    expect(percentDone(1)).toBe(100);
    expect(percentDone(1.5)).toBe(100);
    expect(percentDone(-0.1)).toBe(0);
    expect(percentDone(Number.NaN)).toBe(0);
  });
});

describe('throttleProgress', () => {
  /** A listener, a clock the test moves, and what reached the listener. */
  function setup() {
    let time = 1000;
    const told: OpenProgress[] = [];
    const report = throttleProgress((p) => told.push(p), { intervalMs: 250, clock: () => time });
    return { report, told, wait: (ms: number) => (time += ms) };
  }

  it('passes a fraction at most every 250 ms, and the complete copy at once', () => {
    const { report, told, wait } = setup();
    report({ stage: 'copying', fraction: 0 });
    for (let step = 1; step < 100; step += 1) {
      wait(10); // a step every 10 ms: 99 steps in about a second
      report({ stage: 'copying', fraction: step / 100 });
    }
    report({ stage: 'copying', fraction: 1 });
    expect(told).toEqual([
      { stage: 'copying', fraction: 0 },
      { stage: 'copying', fraction: 0.25 },
      { stage: 'copying', fraction: 0.5 },
      { stage: 'copying', fraction: 0.75 },
      { stage: 'copying', fraction: 1 },
    ]);
  });

  it('passes each new stage at once', () => {
    const { report, told } = setup();
    report({ stage: 'copying', fraction: 0 });
    report({ stage: 'copying', fraction: 0.5 });
    report({ stage: 'copying', fraction: 1 });
    report({ stage: 'checking-copy' });
    report({ stage: 'updating' });
    expect(told.map((p) => p.stage)).toEqual(['copying', 'copying', 'checking-copy', 'updating']);
  });

  it('ignores a listener that fails, and accepts none', () => {
    const failing = throttleProgress(() => {
      throw new Error('the window is gone');
    });
    expect(() => failing({ stage: 'checking-copy' })).not.toThrow();
    expect(() => throttleProgress(undefined)({ stage: 'updating' })).not.toThrow();
  });
});

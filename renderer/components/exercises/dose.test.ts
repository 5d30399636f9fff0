import { describe, expect, it } from 'vitest';
import { formatDose, formatSeconds } from './dose';

describe('formatDose', () => {
  it('reads all four numbers in the order a client follows them', () => {
    expect(formatDose({ holdSeconds: 30, repetitions: 3, sets: 2, timesPerDay: 3 })).toBe(
      'Hold 30 s · 3 times · 2 sets · 3 a day',
    );
  });

  it('leaves out the numbers that are missing or zero, and starts with a capital', () => {
    expect(formatDose({ holdSeconds: null, repetitions: 10, sets: null, timesPerDay: 4 })).toBe('10 times · 4 a day');
    expect(formatDose({ holdSeconds: 20 })).toBe('Hold 20 s');
    expect(formatDose({ sets: 2, timesPerDay: 0 })).toBe('2 sets');
    expect(formatDose({ timesPerDay: 1 })).toBe('Once a day');
    expect(formatDose({ repetitions: 1, sets: 1, timesPerDay: 2 })).toBe('Once · 1 set · twice a day');
  });

  it('is empty when there is no dose', () => {
    expect(formatDose(null)).toBe('');
    expect(formatDose(undefined)).toBe('');
    expect(formatDose({})).toBe('');
    expect(formatDose({ holdSeconds: null, repetitions: null, sets: null, timesPerDay: null })).toBe('');
  });

  it('says long holds in minutes', () => {
    expect(formatDose({ holdSeconds: 180, timesPerDay: 5 })).toBe('Hold 3 min · 5 a day');
    expect(formatSeconds(90)).toBe('1 min 30 s');
    expect(formatSeconds(59)).toBe('59 s');
  });
});

import { describe, expect, it } from 'vitest';
import { fromLocalInput, toLocalInput } from './datetime';

describe('datetime-local fields', () => {
  it('round-trips a time through the field in the local zone', () => {
    const iso = new Date(2026, 10, 21, 9, 30).toISOString();
    expect(toLocalInput(iso)).toBe('2026-11-21T09:30');
    expect(fromLocalInput('2026-11-21T09:30')).toBe(iso);
  });

  it('gives null for an empty or impossible value', () => {
    expect(fromLocalInput('')).toBeNull();
    expect(fromLocalInput('2026-13-40T25:00')).toBeNull();
    expect(toLocalInput('not a date')).toBe('');
  });
});

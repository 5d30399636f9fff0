import { describe, expect, it } from 'vitest';
import { toLocalInput } from '../../lib/datetime';
import { painChange, painWords, parseAppointmentStart, parseWhole } from './values';

describe('whole numbers as typed', () => {
  it('takes digits in range, and empty as "not recorded"', () => {
    expect(parseWhole('7', 0, 10)).toEqual({ ok: true, value: 7 });
    expect(parseWhole(' 64 ', 0, 180)).toEqual({ ok: true, value: 64 });
    expect(parseWhole('', 0, 10)).toEqual({ ok: true, value: null });
  });

  it('refuses letters, decimals, negatives and numbers out of range in plain words', () => {
    expect(parseWhole('seven', 0, 10)).toEqual({
      ok: false,
      message: 'Use digits only. Enter a whole number from 0 to 10.',
    });
    expect(parseWhole('6.5', 0, 10).ok).toBe(false);
    expect(parseWhole('-1', 0, 10).ok).toBe(false);
    expect(parseWhole('11', 0, 10)).toEqual({ ok: false, message: 'Enter a whole number from 0 to 10.' });
  });

  it('a required number cannot be left empty', () => {
    expect(parseWhole('', 5, 480, true)).toEqual({ ok: false, message: 'Enter a whole number from 5 to 480.' });
  });
});

describe('the appointment time', () => {
  it('goes from the local input to UTC and back', () => {
    const iso = parseAppointmentStart('2026-11-21T09:30');
    expect(iso).not.toBeNull();
    expect(new Date(iso ?? '').getHours()).toBe(9);
    expect(toLocalInput(iso ?? '')).toBe('2026-11-21T09:30');
  });

  it('is null for an unfinished or impossible date', () => {
    expect(parseAppointmentStart('')).toBeNull();
    expect(parseAppointmentStart('2026-02-30T09:30')).toBeNull();
    expect(parseAppointmentStart('0002-11-21T09:30')).toBeNull();
  });
});

describe('pain', () => {
  it('names the band', () => {
    expect(painWords(0)).toBe('no pain');
    expect(painWords(3)).toBe('mild');
    expect(painWords(4)).toBe('moderate');
    expect(painWords(7)).toBe('severe');
    expect(painWords(null)).toBe('');
  });

  it('says when the change is one the client can feel (2 points or more)', () => {
    expect(painChange(7, 3)).toEqual({
      change: -4,
      noticeable: true,
      text: '4 points lower: a change the client can feel',
    });
    expect(painChange(5, 4)).toEqual({ change: -1, noticeable: false, text: '1 point lower' });
    expect(painChange(4, 4)?.text).toBe('No change');
    expect(painChange(3, 6)?.text).toBe('3 points higher: a change the client can feel');
    expect(painChange(null, 4)).toBeNull();
  });
});

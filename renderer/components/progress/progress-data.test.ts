/** The progress view's day labels and report file name: the local calendar day, late or early. */
import { describe, expect, it } from 'vitest';
import { localIso } from '../../testing/local-time';
import { longDay, progressFileName, shortDay } from './progress-data';

describe('day labels', () => {
  it('label a visit by its local day, at 23:30 and at 00:15 alike', () => {
    expect(shortDay(localIso(2026, 11, 21, 23, 30))).toBe('21 Nov');
    expect(longDay(localIso(2026, 11, 21, 23, 30))).toBe('21 Nov 2026');
    expect(longDay(localIso(2026, 11, 22, 0, 15))).toBe('22 Nov 2026');
    expect(longDay(localIso(2028, 2, 29, 23, 30))).toBe('29 Feb 2028');
    expect(longDay('not a date')).toBe('—');
  });
});

describe('progressFileName', () => {
  it('names the report after the client and the local day it is made', () => {
    expect(progressFileName(' Ana Silva ', new Date(2026, 11, 31, 23, 30))).toBe(
      'Progress - Ana Silva - 2026-12-31.pdf',
    );
    expect(progressFileName('', new Date(2027, 0, 1, 0, 5))).toBe('Progress - client - 2027-01-01.pdf');
  });

  it('leaves out the direction controls of a name', () => {
    expect(progressFileName('\u202eAna Silva\u2069', new Date(2026, 11, 31, 23, 30))).toBe(
      'Progress - Ana Silva - 2026-12-31.pdf',
    );
  });
});

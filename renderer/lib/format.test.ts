import { describe, expect, it } from 'vitest';
import { ageOn, formatBirthDate, formatDay, formatLastVisit, fullName, listName } from './format';

describe('names', () => {
  it('lists family name first and shows full names given name first', () => {
    expect(listName({ givenName: 'Ann', familyName: 'Smith' })).toBe('Smith, Ann');
    expect(listName({ givenName: 'Ann', familyName: '' })).toBe('Ann');
    expect(fullName({ givenName: 'Ann', familyName: 'Smith' })).toBe('Ann Smith');
  });
});

describe('dates', () => {
  const now = new Date(2026, 10, 21, 15, 0); // 21 Nov 2026, local time

  it('shows calendar dates as "21 Mar 1984"', () => {
    expect(formatDay('1984-03-21')).toBe('21 Mar 1984');
    expect(formatDay(null)).toBe('—');
  });

  it('computes the age in whole years', () => {
    expect(ageOn('1984-11-21', now)).toBe(42);
    expect(ageOn('1984-11-22', now)).toBe(41);
    expect(formatBirthDate('1984-03-21', now)).toBe('21 Mar 1984 (age 42)');
    expect(formatBirthDate(null, now)).toBe('');
  });

  it('shows the last visit as a day', () => {
    expect(formatLastVisit(null, now)).toBe('—');
    expect(formatLastVisit(new Date(2026, 10, 21, 9, 30).toISOString(), now)).toBe('Today');
    expect(formatLastVisit(new Date(2026, 10, 20, 9, 30).toISOString(), now)).toBe('Yesterday');
    expect(formatLastVisit(new Date(2026, 10, 2, 9, 30).toISOString(), now)).toBe('2 Nov 2026');
  });

  it('counts today and yesterday in local calendar days of the given now, not the real clock', () => {
    const justAfterMidnight = new Date(2026, 10, 21, 0, 10);
    expect(formatLastVisit(new Date(2026, 10, 21, 0, 5).toISOString(), justAfterMidnight)).toBe('Today');
    expect(formatLastVisit(new Date(2026, 10, 20, 23, 30).toISOString(), justAfterMidnight)).toBe('Yesterday');
    expect(formatLastVisit(new Date(2026, 10, 20, 0, 0).toISOString(), justAfterMidnight)).toBe('Yesterday');
    expect(formatLastVisit(new Date(2026, 10, 19, 23, 30).toISOString(), justAfterMidnight)).toBe('19 Nov 2026');
    const lateEvening = new Date(2026, 10, 21, 23, 50);
    expect(formatLastVisit(new Date(2026, 10, 21, 23, 30).toISOString(), lateEvening)).toBe('Today');
    expect(formatLastVisit(new Date(2026, 10, 20, 0, 5).toISOString(), lateEvening)).toBe('Yesterday');
    // A visit booked for later today is shown by its date, not as "Today".
    expect(formatLastVisit(new Date(2026, 10, 21, 16, 0).toISOString(), now)).toBe('21 Nov 2026');
    // New Year and a leap day: the day before 1 Jan is 31 Dec, the day before 1 Mar 2028 is 29 Feb.
    expect(formatLastVisit(new Date(2026, 11, 31, 23, 30).toISOString(), new Date(2027, 0, 1, 0, 30))).toBe(
      'Yesterday',
    );
    expect(formatLastVisit(new Date(2028, 1, 29, 23, 30).toISOString(), new Date(2028, 2, 1, 9, 0))).toBe('Yesterday');
    expect(formatLastVisit(new Date(2028, 1, 28, 23, 30).toISOString(), new Date(2028, 2, 1, 9, 0))).toBe(
      '28 Feb 2028',
    );
  });
});

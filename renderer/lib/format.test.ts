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
});

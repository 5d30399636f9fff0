import { describe, expect, it } from 'vitest';
import { compareByName, matchesClient } from './search';

const ann = { givenName: 'Ann', familyName: 'Smith', phone: '(555) 0123' };
const zoe = { givenName: 'Zoë', familyName: 'Brennan-Ó Dálaigh', phone: '+1 416 555 0178' };

describe('matchesClient', () => {
  it('matches any part of the name, in either order, ignoring case', () => {
    for (const query of ['ann', 'SMI', 'ann smith', 'smith ann', 'Smith, Ann', '  mit  ']) {
      expect(matchesClient(ann, query), query).toBe(true);
    }
    expect(matchesClient(ann, 'anne')).toBe(false);
    expect(matchesClient(ann, 'ann jones')).toBe(false);
  });

  it('ignores accents', () => {
    expect(matchesClient(zoe, 'zoe')).toBe(true);
    expect(matchesClient(zoe, 'o dalaigh')).toBe(true);
  });

  it('matches phone numbers on their digits only', () => {
    expect(matchesClient(ann, '555 01')).toBe(true);
    expect(matchesClient(ann, '5550123')).toBe(true);
    expect(matchesClient(ann, '(555)-01')).toBe(true);
    expect(matchesClient(zoe, '416-555')).toBe(true);
    expect(matchesClient(ann, '999')).toBe(false);
  });

  it('does not match phone digits inside a query with words', () => {
    expect(matchesClient(ann, 'bob 555')).toBe(false);
  });

  it('matches everything when the query is empty', () => {
    expect(matchesClient(ann, '   ')).toBe(true);
  });
});

describe('compareByName', () => {
  it('sorts by family name, then given name', () => {
    const people = [
      { givenName: 'Ben', familyName: 'Smith', phone: '' },
      { givenName: 'Ann', familyName: 'Smith', phone: '' },
      { givenName: 'Cara', familyName: 'adams', phone: '' },
      { givenName: 'Bea', familyName: '', phone: '' },
    ];
    const sorted = people.sort(compareByName).map((p) => `${p.familyName}/${p.givenName}`);
    expect(sorted).toEqual(['adams/Cara', '/Bea', 'Smith/Ann', 'Smith/Ben']);
  });
});

import { describe, expect, it } from 'vitest';
import type { ClientSummary } from '../../../db/api/contract';
import { sortClients } from './columns';

const client = (
  givenName: string,
  familyName: string,
  lastVisitAt: string | null,
  visitCount: number,
  dateOfBirth: string | null = null,
): ClientSummary => ({
  id: `${givenName}-${familyName}`,
  givenName,
  familyName,
  dateOfBirth,
  phone: '',
  email: '',
  archived: false,
  lastVisitAt,
  visitCount,
});

const list = [
  client('Zoë', 'Ng', '2026-03-01T10:00:00.000Z', 4, '1990-05-01'),
  client('ann', 'Okafor', null, 0),
  client('Bea', 'ng', '2026-05-01T10:00:00.000Z', 12, '1975-01-20'),
  client('Cy', 'Álvarez', '2026-01-01T10:00:00.000Z', 1),
];
const names = (sorted: ClientSummary[]) => sorted.map((c) => c.givenName);

describe('sorting the client list', () => {
  it('sorts by family name, then first name, ignoring case and accents', () => {
    expect(names(sortClients(list, [{ id: 'name', desc: false }]))).toEqual(['Cy', 'Bea', 'Zoë', 'ann']);
    expect(names(sortClients(list, [{ id: 'name', desc: true }]))).toEqual(['ann', 'Zoë', 'Bea', 'Cy']);
  });

  it('puts clients never seen last, whichever way the last visit is sorted', () => {
    expect(names(sortClients(list, [{ id: 'lastVisit', desc: true }]))).toEqual(['Bea', 'Zoë', 'Cy', 'ann']);
    expect(names(sortClients(list, [{ id: 'lastVisit', desc: false }]))).toEqual(['Cy', 'Zoë', 'Bea', 'ann']);
  });

  it('sorts by number of visits and by date of birth (unknown last)', () => {
    expect(names(sortClients(list, [{ id: 'visits', desc: true }]))).toEqual(['Bea', 'Zoë', 'Cy', 'ann']);
    expect(names(sortClients(list, [{ id: 'dateOfBirth', desc: false }]))).toEqual(['Bea', 'Zoë', 'ann', 'Cy']);
  });

  it('leaves the list it was given as it was', () => {
    const before = names(list);
    sortClients(list, [{ id: 'visits', desc: true }]);
    expect(names(list)).toEqual(before);
  });
});

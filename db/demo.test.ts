/** The demo's invented visits fall on local calendar days counted back from the `now` given. */
import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { seedDemo } from './demo';
import { listClients } from './queries/clients';
import { listSessionsForClient } from './queries/sessions';
import { openTempDb } from './testing/temp-db';

const localTime = (iso: string) => format(new Date(iso), 'yyyy-MM-dd HH:mm');

describe('seedDemo', () => {
  it('puts each visit on a local day before now, at a local hour, even when now is just after midnight', () => {
    const { db } = openTempDb();
    // 00:30 local on 28 Mar 2027 (the night clocks go forward in Europe).
    seedDemo(db, new Date(2027, 2, 28, 0, 30));
    const clients = listClients(db, { includeArchived: true });
    const visitsOf = (givenName: string) => {
      const client = clients.find((c) => c.givenName === givenName);
      if (!client) throw new Error(`no demo client ${givenName}`);
      return listSessionsForClient(db, client.id).map((s) => localTime(s.startedAt));
    };
    expect(visitsOf('Maya')).toEqual(['2027-03-14 09:00', '2027-02-28 09:00', '2027-02-14 09:00']);
    expect(visitsOf('Harold')).toEqual([
      '2027-03-26 12:00',
      '2027-03-12 12:00',
      '2027-02-26 12:00',
      '2027-02-11 12:00',
      '2027-01-27 12:00',
    ]);
    expect(clients.find((c) => c.givenName === 'Peter')?.archived).toBe(true);
  });
});

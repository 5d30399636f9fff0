import { afterEach, describe, expect, it, vi } from 'vitest';
import { ACTOR, openTempDb } from '../testing/temp-db';
import { listAuditForClient } from './audit-log';
import {
  createClient,
  getClient,
  listClients,
  searchClients,
  setClientArchived,
  updateClient,
  EMPTY_CLIENT,
} from './clients';
import { createSession, listSessionsForClient } from './sessions';

describe('clients', () => {
  it('lists clients by last name with their number of visits and last visit', () => {
    const { db } = openTempDb();
    const zed = createClient(db, ACTOR, { ...EMPTY_CLIENT, givenName: 'Zed', familyName: 'Adams' });
    createClient(db, ACTOR, { ...EMPTY_CLIENT, givenName: 'Ann', familyName: 'Young' });
    createSession(db, ACTOR, { clientId: zed.id, startedAt: '2026-03-01T10:00:00Z' });
    createSession(db, ACTOR, { clientId: zed.id, startedAt: '2026-05-01T10:00:00+02:00' });
    const list = listClients(db, { includeArchived: false });
    expect(list.map((c) => [c.familyName, c.visitCount, c.lastVisitAt])).toEqual([
      ['Adams', 2, '2026-05-01T08:00:00.000Z'],
      ['Young', 0, null],
    ]);
  });

  it('records who changed which fields of a client, and writes nothing when nothing changed', () => {
    const { db } = openTempDb();
    const client = createClient(db, ACTOR, { ...EMPTY_CLIENT, givenName: 'Maya', phone: '555 0134' });
    updateClient(db, 'another-therapist', client.id, {
      phone: '555 0199',
      email: 'maya@example.com',
      givenName: 'Maya',
    });
    updateClient(db, ACTOR, client.id, { phone: '555 0199' });
    expect(getClient(db, client.id)).toMatchObject({ phone: '555 0199', email: 'maya@example.com' });
    expect(listAuditForClient(db, client.id).map((e) => [e.action, e.actor, e.changes])).toEqual([
      ['create', ACTOR, []],
      ['update', 'another-therapist', ['phone', 'email']],
    ]);
  });

  it('hides archived clients unless asked, and restores them with their history', () => {
    const { db } = openTempDb();
    const client = createClient(db, ACTOR, { ...EMPTY_CLIENT, givenName: 'Peter' });
    createSession(db, ACTOR, { clientId: client.id });
    setClientArchived(db, ACTOR, client.id, true);
    expect(listClients(db, { includeArchived: false })).toEqual([]);
    expect(listClients(db, { includeArchived: true })).toMatchObject([{ givenName: 'Peter', archived: true }]);
    setClientArchived(db, ACTOR, client.id, false);
    expect(listClients(db, { includeArchived: false })).toMatchObject([
      { givenName: 'Peter', archived: false, visitCount: 1 },
    ]);
    expect(listAuditForClient(db, client.id).map((e) => `${e.action} ${e.entity}`)).toEqual([
      'create client',
      'create session',
      'archive client',
      'restore client',
    ]);
  });

  it('says plainly when a client does not exist', () => {
    const { db } = openTempDb();
    expect(() => getClient(db, '01960000-0000-7000-8000-000000000000')).toThrow('That client could not be found');
  });
});

describe('sessions', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('start now by default, for an hour, as a draft, and list newest first', () => {
    const { db } = openTempDb();
    const client = createClient(db, ACTOR, { ...EMPTY_CLIENT, givenName: 'Maya' });
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-21T09:30:00.000Z'));
    const now = createSession(db, ACTOR, { clientId: client.id });
    createSession(db, ACTOR, { clientId: client.id, startedAt: '2025-12-01T09:00:00Z', durationMinutes: 45 });
    expect(now.startedAt).toBe('2026-11-21T09:30:00.000Z');
    expect(now).toMatchObject({ durationMinutes: 60, status: 'draft', signedBy: null });
    expect(listSessionsForClient(db, client.id).map((s) => s.durationMinutes)).toEqual([60, 45]);
  });

  it('cannot be started for a client that does not exist', () => {
    const { db } = openTempDb();
    expect(() => createSession(db, ACTOR, { clientId: '01960000-0000-7000-8000-000000000000' })).toThrow(
      'could not be found',
    );
  });
});

describe('searching clients by the start of a name', () => {
  it('finds first or last names starting with the text, any case, leaving archived ones out', () => {
    const { db } = openTempDb();
    const ana = createClient(db, ACTOR, { ...EMPTY_CLIENT, givenName: 'Ana', familyName: 'Silva' });
    createClient(db, ACTOR, { ...EMPTY_CLIENT, givenName: 'Silas', familyName: 'Brown' });
    createClient(db, ACTOR, { ...EMPTY_CLIENT, givenName: 'Maya', familyName: 'Okafor' });
    const gone = createClient(db, ACTOR, { ...EMPTY_CLIENT, givenName: 'Sil', familyName: 'Archived' });
    setClientArchived(db, ACTOR, gone.id, true);
    expect(searchClients(db, 'sil', 50).map((c) => c.givenName)).toEqual(['Silas', 'Ana']);
    expect(searchClients(db, 'AN', 50).map((c) => c.id)).toEqual([ana.id]);
    expect(searchClients(db, 'a%', 50)).toEqual([]);
    expect(searchClients(db, 'sil', 1)).toHaveLength(1);
  });
});

/**
 * A database file that becomes read-only while Knotbook runs (a drive remounted read-only, a
 * permission changed by another program): SQLite refuses the write (SQLITE_READONLY, which
 * `query_only` raises on an open connection the same way), the therapist reads a plain message,
 * nothing changes, and the same change is saved once the file can be written again.
 */
import { describe, expect, it } from 'vitest';
import type { ClientSummary, Envelope } from '../api/contract';
import { dispatch } from '../api/dispatch';
import { ACTOR, openTempDb } from '../testing/temp-db';

describe('a database file that turns read-only during a save', () => {
  it('refuses the change in plain words, changes nothing, and takes it once writable again', () => {
    const { db, file } = openTempDb();
    const ctx = { db, actor: ACTOR, databasePath: file, appVersion: 'test' };
    const call = (op: string, input: unknown) => dispatch(ctx, op, input) as Envelope<unknown>;
    call('clients.create', { givenName: 'Maya' });
    const auditBefore = db.prepare('SELECT count(*) FROM audit_log').pluck().get();

    db.pragma('query_only = ON');
    expect(call('clients.create', { givenName: 'Ben' })).toEqual({
      ok: false,
      error: { code: 'read_only', message: 'The database file is read-only, so this change was not saved.' },
    });
    db.pragma('query_only = OFF');

    expect(db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(auditBefore);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(call('clients.create', { givenName: 'Ben' }).ok).toBe(true);
    const names = (call('clients.list', {}) as { value: ClientSummary[] }).value.map((c) => c.givenName);
    expect(names.sort()).toEqual(['Ben', 'Maya']);
  });
});

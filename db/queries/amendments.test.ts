import { describe, expect, it } from 'vitest';
import { ACTOR, clientWithSession, openTempDb } from '../testing/temp-db';
import { listAuditForClient } from './audit-log';
import { addAmendment, listAmendmentsForSession, signAmendment } from './amendments';
import { getSession } from './sessions';

function signedSession() {
  const { db } = openTempDb();
  const { client, session } = clientWithSession(db);
  db.prepare(
    "UPDATE sessions SET status = 'signed', signed_by = 'X', signed_at = '2026-11-21T10:00:00.000Z' WHERE id = ?",
  ).run(session.id);
  return { db, client, session };
}

describe('amendments', () => {
  it('correct a signed session, oldest first, leaving the note itself as it was', () => {
    const { db, client, session } = signedSession();
    const before = getSession(db, session.id);
    addAmendment(db, ACTOR, { sessionId: session.id, reason: 'Wrong side charted', body: 'The TrP was on the left.' });
    addAmendment(db, ACTOR, { sessionId: session.id, reason: '  Pain after  ', body: 'Pain after was 3, not 5.' });
    expect(listAmendmentsForSession(db, session.id).map((a) => [a.reason, a.signedBy])).toEqual([
      ['Wrong side charted', null],
      ['Pain after', null],
    ]);
    expect(getSession(db, session.id)).toEqual(before);
    const log = listAuditForClient(db, client.id).filter((e) => e.entity === 'amendment');
    expect(log.map((e) => [e.action, e.changes])).toEqual([
      ['amend', ['reason', 'body']],
      ['amend', ['reason', 'body']],
    ]);
  });

  it('need a reason', () => {
    const { db, session } = signedSession();
    expect(() => addAmendment(db, ACTOR, { sessionId: session.id, reason: ' ', body: 'x' })).toThrow(
      expect.objectContaining({ code: 'invalid_input', message: 'An amendment needs a reason.' }),
    );
    expect(listAmendmentsForSession(db, session.id)).toEqual([]);
  });

  it('are signed once and then cannot be signed again', () => {
    const { db, client, session } = signedSession();
    const amendment = addAmendment(db, ACTOR, { sessionId: session.id, reason: 'Typo', body: 'Levator, not SCM.' });
    const signed = signAmendment(db, ACTOR, amendment.id, 'Jo Park, RMT');
    expect(signed).toMatchObject({ signedBy: 'Jo Park, RMT' });
    expect(Date.parse(signed.signedAt ?? '')).not.toBeNaN();
    expect(() => signAmendment(db, ACTOR, amendment.id, 'Someone Else')).toThrow(
      expect.objectContaining({ code: 'read_only', message: expect.stringContaining('already signed') }),
    );
    expect(listAmendmentsForSession(db, session.id)[0]).toMatchObject({ signedBy: 'Jo Park, RMT' });
    const log = listAuditForClient(db, client.id).filter((e) => e.entity === 'amendment');
    expect(log.map((e) => [e.action, e.changes])).toEqual([
      ['amend', ['reason', 'body']],
      ['sign', ['signedBy', 'signedAt']],
    ]);
  });
});

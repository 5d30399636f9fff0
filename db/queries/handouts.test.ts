import { afterEach, describe, expect, it, vi } from 'vitest';
import { ACTOR, clientWithSession, openTempDb } from '../testing/temp-db';
import { listAuditForClient } from './audit-log';
import { listHandoutsForSession, recordHandout } from './handouts';

afterEach(() => {
  vi.useRealTimers();
});

describe('handouts', () => {
  it('record each handout given, oldest first, even after the session is signed', () => {
    const { db } = openTempDb();
    const { client, session } = clientWithSession(db);
    const printed = recordHandout(db, ACTOR, {
      sessionId: session.id,
      format: 'print',
      paperSize: 'letter',
      givenAt: '2026-11-21T10:30:00+01:00',
    });
    expect(printed).toMatchObject({ givenAt: '2026-11-21T09:30:00.000Z', fileName: null });
    db.prepare(
      "UPDATE sessions SET status = 'signed', signed_by = 'X', signed_at = '2026-11-21T10:00:00.000Z' WHERE id = ?",
    ).run(session.id);
    // Given without a time: now, here an hour after the printed one (never the real clock).
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-21T10:30:00.000Z'));
    const pdf = recordHandout(db, ACTOR, {
      sessionId: session.id,
      format: 'pdf',
      paperSize: 'a4',
      fileName: 'Maya home care.pdf',
    });
    expect(pdf.givenAt).toBe('2026-11-21T10:30:00.000Z');
    expect(listHandoutsForSession(db, session.id).map((h) => [h.format, h.paperSize, h.fileName])).toEqual([
      ['print', 'letter', null],
      ['pdf', 'a4', 'Maya home care.pdf'],
    ]);
    expect(
      listAuditForClient(db, client.id)
        .filter((e) => e.entity === 'handout')
        .map((e) => e.action),
    ).toEqual(['create', 'create']);
  });

  it('cannot be recorded for a session that does not exist', () => {
    const { db } = openTempDb();
    expect(() =>
      recordHandout(db, ACTOR, { sessionId: '01960000-0000-7000-8000-000000000000', format: 'print', paperSize: 'a4' }),
    ).toThrow('That session could not be found');
  });
});

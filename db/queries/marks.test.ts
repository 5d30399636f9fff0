import type { Database } from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ACTOR, clientWithSession, openTempDb } from '../testing/temp-db';
import { createSession } from './sessions';
import { listAuditForClient } from './audit-log';
import { linkSatellite, softDeleteMark } from './mark-links';
import { createMark, getMark, listMarksForSession, updateMark, type NewMark } from './marks';
import { createReferralZone, listReferralZonesForSession } from './referral-zones';

/** A fresh database with one client and one draft session; `at` places a trigger point. */
function chartFor() {
  const { db } = openTempDb();
  const { client, session } = clientWithSession(db);
  const at = (x: number, y: number, more: Partial<NewMark> = {}) =>
    createMark(db, ACTOR, {
      sessionId: session.id,
      kind: 'trigger_point',
      viewId: 'back',
      artworkVersion: 1,
      x,
      y,
      ...more,
    });
  return { db, client, session, at };
}

function sign(db: Database, sessionId: string) {
  db.prepare(
    "UPDATE sessions SET status = 'signed', signed_by = 'X', signed_at = '2026-11-21T10:00:00.000Z' WHERE id = ?",
  ).run(sessionId);
}

const triangle: [number, number][] = [
  [0.4, 0.1],
  [0.5, 0.2],
  [0.45, 0.3],
];

describe('marks', () => {
  it('place a trigger point with its findings, unrecorded findings left empty', () => {
    const { db, session, at } = chartFor();
    const mark = at(0.42, 0.18, { muscle: 'upper trapezius', activity: 'active', pressure: 7, jumpSign: true });
    expect(mark).toMatchObject({ muscle: 'upper trapezius', activity: 'active', pressure: 7, jumpSign: true });
    expect(mark).toMatchObject({ twitchResponse: null, release: null, technique: '', version: 1, deletedAt: null });
    expect(listMarksForSession(db, session.id).map((m) => m.id)).toEqual([mark.id]);
  });

  it('record which findings changed, bump the version, and refuse an edit made on an older version', () => {
    const { db, client, at } = chartFor();
    const mark = at(0.42, 0.18);
    const edited = updateMark(db, ACTOR, mark.id, 1, { release: 'partial', tendernessAfter: 3, x: 0.42 });
    expect(edited).toMatchObject({ release: 'partial', tendernessAfter: 3, version: 2 });
    expect(edited.updatedAt >= mark.updatedAt).toBe(true);
    expect(() => updateMark(db, ACTOR, mark.id, 1, { release: 'full' })).toThrow(
      expect.objectContaining({ code: 'conflict', message: expect.stringContaining('changed somewhere else') }),
    );
    expect(getMark(db, mark.id)).toMatchObject({ release: 'partial', version: 2 });
    expect(listAuditForClient(db, client.id).map((e) => [e.action, e.entity, e.changes])).toEqual([
      ['create', 'client', []],
      ['create', 'session', []],
      ['create', 'mark', []],
      ['update', 'mark', ['release', 'tendernessAfter']],
    ]);
  });

  it('explain kinds that cannot hold a finding or a link', () => {
    const { db, at } = chartFor();
    expect(() => at(0.1, 0.1, { kind: 'note_pin', activity: 'latent' })).toThrow('Only a trigger point or a satellite');
    const primary = at(0.4, 0.2);
    const satellite = at(0.45, 0.25, { kind: 'satellite' });
    linkSatellite(db, ACTOR, satellite.id, primary.id);
    expect(() => updateMark(db, ACTOR, primary.id, 1, { kind: 'tender_point' })).toThrow('has satellites linked to it');
    expect(() => updateMark(db, ACTOR, satellite.id, 2, { kind: 'tender_point' })).toThrow('Unlink it before');
  });

  it('delete a trigger point together with its referral zones and its satellites, keeping the rows', () => {
    const { db, client, session, at } = chartFor();
    const primary = at(0.4, 0.2);
    const satellite = at(0.45, 0.25, { kind: 'satellite' });
    const other = at(0.7, 0.6);
    linkSatellite(db, ACTOR, satellite.id, primary.id);
    const zone = { viewId: 'side', artworkVersion: 1, points: triangle, pattern: 'essential' } as const;
    createReferralZone(db, ACTOR, { ...zone, markId: primary.id });
    createReferralZone(db, ACTOR, { ...zone, markId: satellite.id, pattern: 'spillover' });
    const otherZone = createReferralZone(db, ACTOR, { ...zone, markId: other.id });

    const deleted = softDeleteMark(db, ACTOR, primary.id);
    expect(deleted.deletedAt).not.toBeNull();
    expect(listMarksForSession(db, session.id).map((m) => m.id)).toEqual([other.id]);
    expect(listReferralZonesForSession(db, session.id).map((z) => z.id)).toEqual([otherZone.id]);
    expect(getMark(db, satellite.id)).toMatchObject({ parentMarkId: primary.id, deletedAt: deleted.deletedAt });
    const deletions = listAuditForClient(db, client.id).filter((e) => e.action === 'delete');
    expect(deletions.map((e) => e.entity).sort()).toEqual(['mark', 'mark', 'referral_zone', 'referral_zone']);
    softDeleteMark(db, ACTOR, primary.id);
    expect(listAuditForClient(db, client.id).filter((e) => e.action === 'delete')).toHaveLength(4);
    expect(() => updateMark(db, ACTOR, primary.id, 2, { note: 'x' })).toThrow('has been deleted');
  });

  it('link a satellite only to a trigger point of the same session, and unlink it', () => {
    const { db, session, at } = chartFor();
    const primary = at(0.4, 0.2);
    const satellite = at(0.45, 0.25, { kind: 'satellite' });
    const second = at(0.46, 0.26, { kind: 'satellite' });
    const tender = at(0.5, 0.5, { kind: 'tender_point' });
    const later = createSession(db, ACTOR, { clientId: session.clientId });
    const elsewhere = createMark(db, ACTOR, {
      sessionId: later.id,
      kind: 'trigger_point',
      viewId: 'back',
      artworkVersion: 1,
      x: 0.4,
      y: 0.2,
    });

    expect(linkSatellite(db, ACTOR, satellite.id, primary.id)).toMatchObject({ parentMarkId: primary.id, version: 2 });
    expect(() => linkSatellite(db, ACTOR, second.id, second.id)).toThrow('cannot be linked to itself');
    expect(() => linkSatellite(db, ACTOR, second.id, satellite.id)).toThrow('itself a satellite');
    expect(() => linkSatellite(db, ACTOR, second.id, tender.id)).toThrow('only be linked to a trigger point');
    expect(() => linkSatellite(db, ACTOR, second.id, elsewhere.id)).toThrow('same session');
    expect(() => linkSatellite(db, ACTOR, tender.id, primary.id)).toThrow('Make this mark a satellite first');
    expect(linkSatellite(db, ACTOR, satellite.id, null)).toMatchObject({ parentMarkId: null, version: 3 });
  });

  it('cannot be placed, changed, linked or deleted once the session is signed', () => {
    const { db, client, session, at } = chartFor();
    const primary = at(0.4, 0.2);
    const satellite = at(0.45, 0.25, { kind: 'satellite' });
    sign(db, session.id);
    const signed = 'This session is signed and cannot be changed. Add an amendment instead.';
    const refusal = expect.objectContaining({ code: 'read_only', message: signed });
    expect(() => at(0.1, 0.1)).toThrow(refusal);
    expect(() => updateMark(db, ACTOR, primary.id, 1, { note: 'later' })).toThrow(refusal);
    expect(() => linkSatellite(db, ACTOR, satellite.id, primary.id)).toThrow(refusal);
    expect(() => softDeleteMark(db, ACTOR, primary.id)).toThrow(refusal);
    expect(listMarksForSession(db, session.id)).toHaveLength(2);
    expect(listAuditForClient(db, client.id).filter((e) => e.entity === 'mark')).toHaveLength(2);
  });
});

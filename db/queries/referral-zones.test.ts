import { describe, expect, it } from 'vitest';
import { ACTOR, clientWithSession, openTempDb } from '../testing/temp-db';
import { listAuditForClient } from './audit-log';
import { softDeleteMark } from './mark-links';
import { createMark } from './marks';
import {
  createReferralZone,
  getReferralZone,
  listReferralZonesForMark,
  listReferralZonesForSession,
  softDeleteReferralZone,
  updateReferralZone,
  type NewReferralZone,
} from './referral-zones';

/** Temple and side of the neck, drawn on the side view: an upper-trapezius referral. */
const temple: [number, number][] = [
  [0.3, 0.1],
  [0.42, 0.12],
  [0.45, 0.3],
  [0.32, 0.28],
];

function chartFor() {
  const { db } = openTempDb();
  const { client, session } = clientWithSession(db);
  const trapezius = createMark(db, ACTOR, {
    ...{ sessionId: session.id, kind: 'trigger_point', viewId: 'back', artworkVersion: 1, x: 0.4, y: 0.2 },
    muscle: 'upper trapezius',
  });
  const zoneFor = (markId: string, more: Partial<NewReferralZone> = {}) =>
    createReferralZone(db, ACTOR, {
      markId,
      viewId: 'side',
      artworkVersion: 1,
      points: temple,
      pattern: 'essential',
      ...more,
    });
  return { db, client, session, trapezius, zoneFor };
}

describe('referral zones', () => {
  it('keep their outline as [x, y] points and list by mark and by session', () => {
    const { db, client, session, trapezius, zoneFor } = chartFor();
    const essential = zoneFor(trapezius.id);
    const spill = zoneFor(trapezius.id, {
      pattern: 'spillover',
      shape: 'freehand',
      points: [
        [0.5, 0.4],
        [0.55, 0.42],
      ],
    });
    expect(getReferralZone(db, essential.id)).toMatchObject({ shape: 'polygon', points: temple, version: 1 });
    expect(spill).toMatchObject({
      shape: 'freehand',
      points: [
        [0.5, 0.4],
        [0.55, 0.42],
      ],
    });
    expect(listReferralZonesForMark(db, trapezius.id).map((z) => z.pattern)).toEqual(['essential', 'spillover']);
    expect(listReferralZonesForSession(db, session.id).map((z) => z.id)).toEqual([essential.id, spill.id]);
    const stored = db.prepare('SELECT points FROM referral_zones WHERE id = ?').pluck().get(essential.id);
    expect(JSON.parse(stored as string)).toEqual(temple);
    expect(listAuditForClient(db, client.id).filter((e) => e.entity === 'referral_zone')).toHaveLength(2);
  });

  it('must lie on the chart and have enough points to be drawn', () => {
    const { trapezius, zoneFor } = chartFor();
    expect(() =>
      zoneFor(trapezius.id, {
        points: [
          [0.1, 0.1],
          [1.2, 0.5],
          [0.3, 0.3],
        ],
      }),
    ).toThrow('must lie on the body chart');
    expect(() =>
      zoneFor(trapezius.id, {
        points: [
          [0.1, 0.1],
          [0.2, 0.2],
        ],
      }),
    ).toThrow('needs at least 3 points');
  });

  it('change with a version check, and disappear when deleted', () => {
    const { db, client, session, trapezius, zoneFor } = chartFor();
    const zone = zoneFor(trapezius.id);
    const moved: [number, number][] = [
      [0.3, 0.1],
      [0.4, 0.1],
      [0.4, 0.2],
    ];
    expect(updateReferralZone(db, ACTOR, zone.id, 1, { points: moved, pattern: 'essential' })).toMatchObject({
      points: moved,
      version: 2,
    });
    expect(() => updateReferralZone(db, ACTOR, zone.id, 1, { pattern: 'spillover' })).toThrow(
      expect.objectContaining({ code: 'conflict' }),
    );
    softDeleteReferralZone(db, ACTOR, zone.id);
    expect(listReferralZonesForMark(db, trapezius.id)).toEqual([]);
    expect(listReferralZonesForSession(db, session.id)).toEqual([]);
    expect(getReferralZone(db, zone.id).deletedAt).not.toBeNull();
    const log = listAuditForClient(db, client.id).filter((e) => e.entity === 'referral_zone');
    expect(log.map((e) => [e.action, e.changes])).toEqual([
      ['create', []],
      ['update', ['points']],
      ['delete', ['deletedAt']],
    ]);
  });

  it('cannot be drawn for a deleted mark', () => {
    const { db, trapezius, zoneFor } = chartFor();
    softDeleteMark(db, ACTOR, trapezius.id);
    expect(() => zoneFor(trapezius.id)).toThrow('This mark has been deleted');
  });

  it('cannot be drawn, changed or deleted once the session is signed', () => {
    const { db, session, trapezius, zoneFor } = chartFor();
    const zone = zoneFor(trapezius.id);
    db.prepare(
      "UPDATE sessions SET status = 'signed', signed_by = 'X', signed_at = '2026-11-21T10:00:00.000Z' WHERE id = ?",
    ).run(session.id);
    const refusal = expect.objectContaining({
      code: 'read_only',
      message: expect.stringContaining('Add an amendment'),
    });
    expect(() => zoneFor(trapezius.id)).toThrow(refusal);
    expect(() => updateReferralZone(db, ACTOR, zone.id, 1, { pattern: 'spillover' })).toThrow(refusal);
    expect(() => softDeleteReferralZone(db, ACTOR, zone.id)).toThrow(refusal);
    expect(listReferralZonesForSession(db, session.id)).toMatchObject([{ pattern: 'essential', deletedAt: null }]);
  });
});

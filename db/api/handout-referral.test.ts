/**
 * A handout can carry the referral atlas's zones of its points ("your pain may come from here"):
 * recorded with it, read back the same, and refused in plain words when it does not fit.
 */
import { describe, expect, it } from 'vitest';
import { chartMark, fresh, openTestApi } from '../testing/api';
import { TEMPLE_ZONE, type ReferralZone } from '../testing/referral';
import { databaseSnapshotText } from '../testing/snapshot';
import { clientWithSession } from '../testing/temp-db';
import type { HandoutReferral } from './contract';

type Zone = ReferralZone;

const temple = TEMPLE_ZONE;

const referral = (...zones: Zone[]): HandoutReferral => ({ atlasVersion: 1, zones });

/** A session with one point to press, the right upper trapezius, in its plan. */
function setup() {
  const api = openTestApi();
  const { session } = clientWithSession(api.db, 'Ana');
  const trapezius = chartMark();
  api.call('chart.save', { sessionId: session.id, marks: [fresh(trapezius)], zones: [] });
  api.call('homeCare.save', {
    sessionId: session.id,
    items: [],
    points: [{ markId: trapezius.id, holdSeconds: 30, timesPerDay: 3 }],
    note: '',
    nextVisitAt: null,
  });
  return { ...api, session };
}

describe('a handout with the referral atlas', () => {
  it('keeps the zones it was given with, and reads them back the same', () => {
    const { call, session } = setup();
    const shown = referral(temple, { ...temple, pattern: 'spillover', label: 'angle of the jaw' });
    const given = call('handouts.create', { sessionId: session.id, format: 'print', referral: shown });
    expect(given.content?.referral).toEqual(shown);
    expect(call('handouts.get', { id: given.id }).content?.referral).toEqual(shown);
  });

  it('keeps none when none was asked for, as the preview shows it', () => {
    const { call, session } = setup();
    const plain = call('handouts.create', { sessionId: session.id, format: 'print' });
    expect(plain.content).not.toHaveProperty('referral');
    const empty = call('handouts.create', { sessionId: session.id, format: 'pdf', referral: referral() });
    expect(call('handouts.get', { id: empty.id }).content).not.toHaveProperty('referral');
    expect(call('handouts.preview', { sessionId: session.id })).not.toHaveProperty('referral');
  });

  it('refuses zones of a muscle or side none of its points has, and records nothing', () => {
    const { db, refusal, session } = setup();
    const before = databaseSnapshotText(db);
    for (const zone of [
      { ...temple, muscle: 'Scalenes' },
      { ...temple, side: 'left' as const },
    ]) {
      expect(
        refusal('handouts.create', { sessionId: session.id, format: 'print', referral: referral(temple, zone) }),
      ).toEqual({ code: 'invalid_input', message: 'The referral patterns on a handout must belong to its points.' });
    }
    expect(databaseSnapshotText(db)).toBe(before);
  });

  it('refuses a zone that is not a drawing on the picture, in plain words', () => {
    const { db, refusal, session } = setup();
    const before = databaseSnapshotText(db);
    const refused = (zone: Record<string, unknown>) =>
      refusal('handouts.create', { sessionId: session.id, format: 'print', referral: referral(zone as Zone) }).message;
    expect(refused({ ...temple, polygon: temple.polygon.slice(0, 2) })).toBe(
      'Referral zones must each have an outline of 3 to 400 corners.',
    );
    expect(refused({ ...temple, polygon: Array.from({ length: 401 }, () => [0.5, 0.5]) })).toBe(
      'Referral zones must each have an outline of 3 to 400 corners.',
    );
    const offThePicture = 'Referral zones must lie on the picture: each corner a pair of numbers from 0 to 1.';
    expect(refused({ ...temple, polygon: [...temple.polygon, [1.2, 0.5]] })).toBe(offThePicture);
    expect(refused({ ...temple, polygon: [...temple.polygon, [0.5]] })).toBe(offThePicture);
    expect(refused({ ...temple, polygon: [...temple.polygon, ['0.5', 0.5]] })).toBe(offThePicture);
    expect(refused({ ...temple, label: '  ' })).toBe(
      'Referral zones must each name their place in 1 to 80 characters.',
    );
    expect(refused({ ...temple, muscle: '' })).toBe('Muscle is required.');
    expect(refused({ ...temple, side: 'midline' })).toBe('Side must be one of: left, right.');
    expect(refused({ ...temple, pattern: 'faint' })).toBe(
      'Essential or spillover must be one of: essential, spillover.',
    );
    const many = referral(...Array.from({ length: 301 }, () => temple));
    expect(refusal('handouts.create', { sessionId: session.id, format: 'print', referral: many }).message).toBe(
      'Referral zones can have at most 300.',
    );
    expect(databaseSnapshotText(db)).toBe(before);
  });
});

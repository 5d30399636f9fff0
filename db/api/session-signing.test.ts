/**
 * Signing a session through the API: who signs, the lock it puts on the note, chart and plan,
 * and amendments, the one way to correct a signed note. Every call goes through `dispatch`.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../errors';
import { createExercise } from '../queries/exercises';
import { recordHandout } from '../queries/handouts';
import { savePlan } from '../queries/home-care';
import { linkSatellite, softDeleteMark } from '../queries/mark-links';
import { createMark, updateMark } from '../queries/marks';
import { createReferralZone, softDeleteReferralZone, updateReferralZone } from '../queries/referral-zones';
import { chartMark, chartZone, fresh, openTestApi } from '../testing/api';
import { ACTOR, clientWithSession } from '../testing/temp-db';
import type { OpName } from './contract';

const PRACTITIONER = 'Dana Reyes, RMT';
const HOUR = 60 * 60 * 1000;
/** The clock of these tests: a UTC instant, never the real clock. */
const NOW = new Date('2026-11-21T09:30:00.000Z');

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});

afterEach(() => {
  vi.useRealTimers();
});

function setup() {
  const { db, call, refusal } = openTestApi();
  const { client, session } = clientWithSession(db);
  const audit = () => call('audit.listForClient', { clientId: client.id });
  const setName = (name = PRACTITIONER) => call('settings.update', { practitioner: { name } });
  return { db, client, session, call, refusal, audit, setName };
}

/** The error a direct query call threw; fails when it was accepted. */
function thrown(write: () => unknown): AppError {
  try {
    write();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('The write was accepted');
}

describe('a signed session is locked', () => {
  /** Last visit with a trigger point; this visit with a charted point, a zone and a plan; signed. */
  function signedVisit() {
    const t = setup();
    const { db, client, session: lastVisit, call, setName } = t;
    const old = chartMark();
    call('chart.save', { sessionId: lastVisit.id, marks: [fresh(old)], zones: [] });
    const session = call('sessions.create', {
      clientId: client.id,
      startedAt: new Date(NOW.getTime() + HOUR).toISOString(),
    });
    const point = chartMark({ x: 0.4, tenderness: 6 });
    const zone = chartZone(point.id, {
      shape: 'polygon',
      points: [
        [0.4, 0.1],
        [0.45, 0.12],
        [0.42, 0.16],
      ],
    });
    const satellite = chartMark({ kind: 'satellite', parentMarkId: point.id, x: 0.45 });
    call('chart.save', { sessionId: session.id, marks: [fresh(point), fresh(satellite)], zones: [fresh(zone)] });
    const exercise = createExercise(db, ACTOR, { name: 'Chin tucks', holdSeconds: 5 });
    const dose = { holdSeconds: 5, repetitions: 10, sets: null, timesPerDay: 3, note: '' };
    const plan = { sessionId: session.id, items: [{ exerciseId: exercise.id, ...dose }], note: '', nextVisitAt: null };
    call('homeCare.save', { ...plan, points: [] });
    setName();
    call('sessions.sign', { id: session.id });
    const state = () => ({
      session: call('sessions.get', { id: session.id }),
      chart: call('chart.get', { sessionId: session.id }),
      audit: t.audit(),
      plan: db.prepare('SELECT * FROM home_care_plan_items ORDER BY id').all(),
    });
    return { ...t, session, old, point, satellite, zone, plan, state };
  }

  it('refuses changes to the note and the chart with a plain message, and changes nothing', () => {
    const { session, old, point, zone, refusal, state, call } = signedVisit();
    const before = state();
    expect(before.chart.editable).toBe(false);
    const attempts: [OpName, unknown][] = [
      ['sessions.update', { id: session.id, subjective: 'Felt better after the weekend.' }],
      ['sessions.update', { id: session.id, painAfter: 2, rom: { flexion: 50 } }],
      ['chart.save', { sessionId: session.id, marks: [fresh(chartMark())], zones: [] }],
      [
        'chart.save',
        { sessionId: session.id, marks: [{ record: { ...point, tenderness: 2 }, baseVersion: 1 }], zones: [] },
      ],
      [
        'chart.save',
        { sessionId: session.id, marks: [], zones: [{ record: { ...zone, deleted: true }, baseVersion: 1 }] },
      ],
      ['chart.resolveSite', { sessionId: session.id, siteId: old.siteId, resolved: true }],
    ];
    for (const [op, input] of attempts) {
      expect(refusal(op, input), op).toEqual({
        code: 'read_only',
        message: 'This session is signed and cannot be changed. Add an amendment instead.',
      });
    }
    expect(state()).toEqual(before);
    expect(call('sessions.get', { id: session.id }).subjective).toBe('');
  });

  it('is also refused by every other module that writes a session’s chart or plan', () => {
    const { db, session, point, satellite, zone, plan, state } = signedVisit();
    const before = state();
    const writes: [string, () => unknown][] = [
      [
        'add a mark',
        () =>
          createMark(db, ACTOR, {
            sessionId: session.id,
            kind: 'tender_point',
            viewId: 'posterior',
            artworkVersion: 1,
            x: 0.3,
            y: 0.3,
          }),
      ],
      ['edit a mark', () => updateMark(db, ACTOR, point.id, 1, { tenderness: 1 })],
      ['delete a mark', () => softDeleteMark(db, ACTOR, point.id)],
      ['unlink a satellite', () => linkSatellite(db, ACTOR, satellite.id, null)],
      [
        'add a zone',
        () =>
          createReferralZone(db, ACTOR, {
            markId: point.id,
            viewId: 'posterior',
            artworkVersion: 1,
            points: zone.points,
            pattern: 'spillover',
          }),
      ],
      ['edit a zone', () => updateReferralZone(db, ACTOR, zone.id, 1, { pattern: 'spillover' })],
      ['delete a zone', () => softDeleteReferralZone(db, ACTOR, zone.id)],
      ['change the home-care plan', () => savePlan(db, ACTOR, { ...plan, points: [], note: 'Changed' })],
    ];
    for (const [what, write] of writes) {
      expect(thrown(write), what).toMatchObject({ code: 'read_only', message: expect.stringMatching(/signed/) });
    }
    expect(state()).toEqual(before);
  });

  it('still records a handout given: handing out home care does not change the note', () => {
    const { db, session, state } = signedVisit();
    const before = state();
    expect(recordHandout(db, ACTOR, { sessionId: session.id, format: 'print', paperSize: 'letter' })).toMatchObject({
      sessionId: session.id,
    });
    const after = state();
    expect(after.session).toEqual(before.session);
    expect(after.chart).toEqual(before.chart);
  });
});

describe('sessions.sign', () => {
  it('asks for the practitioner’s name in Settings first, and leaves the draft as it was', () => {
    const { session, call, refusal, audit } = setup();
    const log = audit();
    const error = refusal('sessions.sign', { id: session.id });
    expect(error).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/under Settings/) });
    expect(call('sessions.get', { id: session.id })).toMatchObject({ status: 'draft', signedBy: null, signedAt: null });
    expect(audit()).toEqual(log);
  });

  it('signs as the practitioner named in Settings, now, and only once', () => {
    const { session, call, refusal, setName } = setup();
    setName();
    vi.setSystemTime(new Date('2026-11-21T10:45:00.000Z'));
    const signed = call('sessions.sign', { id: session.id });
    expect(signed).toMatchObject({ status: 'signed', signedBy: PRACTITIONER, signedAt: '2026-11-21T10:45:00.000Z' });
    setName('Someone Else');
    expect(refusal('sessions.sign', { id: session.id })).toMatchObject({
      code: 'read_only',
      message: expect.stringMatching(/already|signed/),
    });
    expect(call('sessions.get', { id: session.id })).toEqual(signed);
  });

  it('keeps the client, contraindications, practitioner and practice as they were at signing', () => {
    const { client, session, call } = setup();
    call('clients.update', { id: client.id, contraindications: 'Recent whiplash.' });
    call('settings.update', {
      practitioner: { name: PRACTITIONER, credentials: 'RMT' },
      practice: { name: 'Harbour Massage' },
    });
    call('sessions.sign', { id: session.id });
    call('clients.update', { id: client.id, familyName: 'Renamed', contraindications: 'None now.' });
    call('settings.update', { practitioner: { credentials: 'Retired' }, practice: { name: 'Elsewhere' } });
    expect(call('sessions.get', { id: session.id }).signedRecord).toEqual({
      client: {
        givenName: client.givenName,
        familyName: client.familyName,
        dateOfBirth: client.dateOfBirth,
        contraindications: 'Recent whiplash.',
      },
      practitioner: { name: PRACTITIONER, credentials: 'RMT', registration: '' },
      practice: { name: 'Harbour Massage', address: '', phone: '', email: '' },
    });
    // The client's list of visits shows the signing, without carrying that copy for every visit.
    const [listed] = call('sessions.listForClient', { clientId: client.id });
    expect(listed).toMatchObject({ id: session.id, status: 'signed', signedBy: PRACTITIONER });
    expect(listed).not.toHaveProperty('signedRecord');
  });
});

describe('amendments', () => {
  function signed() {
    const t = setup();
    t.call('sessions.update', {
      id: t.session.id,
      subjective: 'Neck stiff since Monday.',
      objective: 'Taut band in right upper trapezius.',
      assessment: 'Active trigger point, right upper trapezius.',
      plan: 'Chin tucks daily; review in a week.',
      painBefore: 6,
      painAfter: 3,
    });
    t.setName();
    const session = t.call('sessions.sign', { id: t.session.id });
    return { ...t, session };
  }

  it('are refused on a draft, which is simply edited', () => {
    const { session, call, refusal } = setup();
    expect(refusal('amendments.add', { sessionId: session.id, reason: 'Typo', body: 'Levator, not SCM.' })).toEqual({
      code: 'invalid_input',
      message: expect.stringMatching(/not signed yet/),
    });
    expect(call('amendments.list', { sessionId: session.id })).toEqual([]);
  });

  it('add a signed correction and keep the original note exactly as it was', () => {
    const { session, call } = signed();
    const amendment = call('amendments.add', {
      sessionId: session.id,
      reason: 'Wrong side charted',
      body: 'The trigger point was in the left upper trapezius.',
    });
    expect(amendment).toMatchObject({
      sessionId: session.id,
      reason: 'Wrong side charted',
      body: 'The trigger point was in the left upper trapezius.',
      signedBy: PRACTITIONER,
    });
    expect(Date.parse(amendment.signedAt ?? '')).not.toBeNaN();
    expect(call('sessions.get', { id: session.id })).toEqual(session);
  });

  it('are listed oldest first', () => {
    const { session, call } = signed();
    call('amendments.add', { sessionId: session.id, reason: 'First', body: 'Pain after was 4, not 3.' });
    call('amendments.add', { sessionId: session.id, reason: 'Second', body: 'Review in two weeks.' });
    expect(call('amendments.list', { sessionId: session.id }).map((a) => a.reason)).toEqual(['First', 'Second']);
  });

  it('need a reason, and write nothing without one', () => {
    const { session, call, refusal, audit } = signed();
    const log = audit();
    expect(refusal('amendments.add', { sessionId: session.id, reason: '   ', body: 'Something' })).toEqual({
      code: 'invalid_input',
      message: 'Reason is required.',
    });
    expect(call('amendments.list', { sessionId: session.id })).toEqual([]);
    expect(audit()).toEqual(log);
  });

  it('ask for the practitioner’s name when it has been cleared since, and write nothing', () => {
    const { session, call, refusal, audit, setName } = signed();
    setName('');
    const log = audit();
    expect(refusal('amendments.add', { sessionId: session.id, reason: 'Typo', body: 'Levator, not SCM.' })).toEqual({
      code: 'invalid_input',
      message: expect.stringMatching(/under Settings/),
    });
    expect(call('amendments.list', { sessionId: session.id })).toEqual([]);
    expect(audit()).toEqual(log);
  });
});

/**
 * The session record through the API: editing a draft (notes, measures, red-flag screen,
 * perpetuating factors), signing and the lock it puts on the record, amendments, the audit log,
 * the unsigned-notes list and the settings. Every call goes through `dispatch`, on a fresh file.
 */
import { v7 as uuidv7 } from 'uuid';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../errors';
import { createExercise } from '../queries/exercises';
import { recordHandout } from '../queries/handouts';
import {
  addHomeCareItem,
  removeHomeCareItem,
  reorderHomeCareItems,
  updateHomeCareItem,
} from '../queries/home-care-plan-items';
import { linkSatellite, softDeleteMark } from '../queries/mark-links';
import { createMark, updateMark } from '../queries/marks';
import { createReferralZone, softDeleteReferralZone, updateReferralZone } from '../queries/referral-zones';
import { ACTOR, clientWithSession, openTempDb } from '../testing/temp-db';
import {
  UNRECORDED_FINDINGS,
  type ApiErrorBody,
  type ChartMark,
  type Envelope,
  type OpInput,
  type OpName,
  type OpResult,
} from './contract';
import { dispatch } from './dispatch';
import type { ApiContext } from './handlers';

const PRACTITIONER = 'Dana Reyes, RMT';
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

function setup() {
  const { db, file } = openTempDb();
  const { client, session } = clientWithSession(db);
  const ctx: ApiContext = { db, actor: ACTOR, databasePath: file, appVersion: 'test' };
  /** The value of an operation that must succeed. */
  const call = <K extends OpName>(op: K, input: OpInput<K>): OpResult<K> => {
    const result = dispatch(ctx, op, input) as Envelope<OpResult<K>>;
    if (!result.ok) throw new Error(`${op} was refused: ${result.error.message}`);
    return result.value;
  };
  /** The error of an operation that must be refused (input may be deliberately wrong). */
  const refusal = (op: OpName, input: unknown): ApiErrorBody => {
    const result = dispatch(ctx, op, input);
    if (result.ok) throw new Error(`${op} was accepted`);
    return result.error;
  };
  const audit = () => call('audit.listForClient', { clientId: client.id });
  const setName = (name = PRACTITIONER) => call('settings.update', { practitioner: { name } });
  return { db, client, session, call, refusal, audit, setName };
}

function mark(overrides: Partial<ChartMark> = {}): ChartMark {
  const id = uuidv7();
  return {
    id,
    siteId: id,
    kind: 'trigger_point',
    activity: 'active',
    viewId: 'posterior',
    artworkVersion: 1,
    x: 0.62,
    y: 0.19,
    muscle: 'Upper trapezius',
    side: 'right',
    parentMarkId: null,
    ...UNRECORDED_FINDINGS,
    deleted: false,
    ...overrides,
  };
}

const fresh = <T>(record: T) => ({ record, baseVersion: 0 });

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

afterEach(() => {
  vi.useRealTimers();
});

describe('a signed session is locked', () => {
  /** Last visit with a trigger point; this visit with a charted point, a zone and a plan; signed. */
  function signedVisit() {
    const t = setup();
    const { db, client, session: lastVisit, call, setName } = t;
    const old = mark();
    call('chart.save', { sessionId: lastVisit.id, marks: [fresh(old)], zones: [] });
    const session = call('sessions.create', {
      clientId: client.id,
      startedAt: new Date(Date.now() + HOUR).toISOString(),
    });
    const point = mark({ x: 0.4, tenderness: 6 });
    const zone = {
      id: uuidv7(),
      markId: point.id,
      viewId: 'posterior' as const,
      artworkVersion: 1,
      shape: 'polygon' as const,
      points: [
        [0.4, 0.1],
        [0.45, 0.12],
        [0.42, 0.16],
      ] as [number, number][],
      pattern: 'essential' as const,
      deleted: false,
    };
    const satellite = mark({ kind: 'satellite', parentMarkId: point.id, x: 0.45 });
    call('chart.save', { sessionId: session.id, marks: [fresh(point), fresh(satellite)], zones: [fresh(zone)] });
    const exercise = createExercise(db, ACTOR, { name: 'Chin tucks', holdSeconds: 5 });
    const item = addHomeCareItem(db, ACTOR, { sessionId: session.id, exerciseId: exercise.id });
    setName();
    call('sessions.sign', { id: session.id });
    const state = () => ({
      session: call('sessions.get', { id: session.id }),
      chart: call('chart.get', { sessionId: session.id }),
      audit: t.audit(),
      plan: db.prepare('SELECT * FROM home_care_plan_items ORDER BY id').all(),
    });
    return { ...t, session, old, point, satellite, zone, exercise, item, state };
  }

  it('refuses changes to the note and the chart with a plain message, and changes nothing', () => {
    const { session, old, point, zone, refusal, state, call } = signedVisit();
    const before = state();
    expect(before.chart.editable).toBe(false);
    const attempts: [OpName, unknown][] = [
      ['sessions.update', { id: session.id, subjective: 'Felt better after the weekend.' }],
      ['sessions.update', { id: session.id, painAfter: 2, rom: { flexion: 50 } }],
      ['chart.save', { sessionId: session.id, marks: [fresh(mark())], zones: [] }],
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
    const { db, session, point, satellite, zone, exercise, item, state } = signedVisit();
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
      ['add to the plan', () => addHomeCareItem(db, ACTOR, { sessionId: session.id, exerciseId: exercise.id })],
      ['change a dose', () => updateHomeCareItem(db, ACTOR, item.id, { repetitions: 3 })],
      ['remove from the plan', () => removeHomeCareItem(db, ACTOR, item.id)],
      ['reorder the plan', () => reorderHomeCareItems(db, ACTOR, session.id, [item.id])],
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
    const startedAt = Date.now();
    const signed = call('sessions.sign', { id: session.id });
    expect(signed).toMatchObject({ status: 'signed', signedBy: PRACTITIONER });
    expect(Date.parse(signed.signedAt ?? '')).toBeGreaterThanOrEqual(startedAt - 1000);
    expect(Date.parse(signed.signedAt ?? '')).toBeLessThanOrEqual(Date.now());
    setName('Someone Else');
    expect(refusal('sessions.sign', { id: session.id })).toMatchObject({
      code: 'read_only',
      message: expect.stringMatching(/already|signed/),
    });
    expect(call('sessions.get', { id: session.id })).toEqual(signed);
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

describe('the audit log', () => {
  it('records every change with what, when and who, and nothing for a change that changes nothing', () => {
    const { db, call, setName } = setup();
    const client = call('clients.create', { givenName: 'Lee', familyName: 'Chan' });
    call('clients.update', { id: client.id, familyName: 'Chan-Ito' });
    call('clients.update', { id: client.id, familyName: 'Chan-Ito', givenName: 'Lee' });
    const first = call('sessions.create', { clientId: client.id, startedAt: ago(2 * HOUR) });
    call('sessions.update', { id: first.id, subjective: 'Headache behind the right eye.', rom: { flexion: 50 } });
    call('sessions.update', { id: first.id, subjective: 'Headache behind the right eye.', rom: { flexion: 50 } });
    const point = mark();
    const zone = {
      id: uuidv7(),
      markId: point.id,
      viewId: 'posterior' as const,
      artworkVersion: 1,
      shape: 'freehand' as const,
      points: [
        [0.6, 0.05],
        [0.66, 0.08],
        [0.63, 0.12],
      ] as [number, number][],
      pattern: 'essential' as const,
      deleted: false,
    };
    const chart = (marks: { record: ChartMark; baseVersion: number }[], zones: (typeof zone)[] = []) =>
      call('chart.save', { sessionId: first.id, marks, zones: zones.map(fresh) });
    chart([fresh(point)], [zone]);
    chart([{ record: { ...point, tenderness: 7 }, baseVersion: 1 }]);
    chart([{ record: { ...point, tenderness: 7 }, baseVersion: 2 }]);
    const tender = mark({ kind: 'tender_point', activity: null });
    chart([fresh(tender)]);
    chart([{ record: { ...tender, deleted: true }, baseVersion: 1 }]);
    const second = call('sessions.create', { clientId: client.id });
    call('chart.resolveSite', { sessionId: second.id, siteId: point.id, resolved: true });
    call('chart.resolveSite', { sessionId: second.id, siteId: point.id, resolved: true });
    setName();
    call('sessions.sign', { id: second.id });
    const amendment = call('amendments.add', { sessionId: second.id, reason: 'Typo', body: 'Levator, not SCM.' });
    call('clients.archive', { id: client.id });

    const log = call('audit.listForClient', { clientId: client.id });
    expect(log.map((e) => [e.entity, e.action, e.entityId, e.changes])).toEqual([
      ['client', 'create', client.id, []],
      ['client', 'update', client.id, ['familyName']],
      ['session', 'create', first.id, []],
      ['session', 'update', first.id, ['subjective', 'rom.flexion']],
      ['mark', 'create', point.id, []],
      ['referral_zone', 'create', zone.id, []],
      ['mark', 'update', point.id, ['tenderness']],
      ['mark', 'create', tender.id, []],
      ['mark', 'delete', tender.id, ['deleted']],
      ['session', 'create', second.id, []],
      ['reassessment', 'update', point.id, ['resolved']],
      ['session', 'sign', second.id, ['status', 'signedBy', 'signedAt']],
      ['amendment', 'amend', amendment.id, ['reason', 'body']],
      ['amendment', 'sign', amendment.id, ['signedBy', 'signedAt']],
      ['client', 'archive', client.id, []],
    ]);
    for (const entry of log) {
      expect(entry).toMatchObject({ actor: ACTOR, clientId: client.id });
      expect(Date.parse(entry.at)).not.toBeNaN();
    }
    expect(log.map((e) => e.at)).toEqual([...log.map((e) => e.at)].sort());

    expect(() => db.prepare("UPDATE audit_log SET actor = 'someone else'").run()).toThrow(
      /audit log cannot be changed/,
    );
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/audit log cannot be changed/);
    expect(call('audit.listForClient', { clientId: client.id })).toEqual(log);
  });
});

describe('sessions.update', () => {
  it('saves the SOAP notes and the pain scores', () => {
    const { session, call } = setup();
    const updated = call('sessions.update', {
      id: session.id,
      subjective: '  Stiff neck after a long drive.  ',
      objective: 'Rotation to the left limited.',
      assessment: 'Levator scapulae trigger point, left.',
      plan: 'Heat and a stretch twice a day.',
      painBefore: 10,
      painAfter: 0,
    });
    expect(updated).toMatchObject({
      subjective: 'Stiff neck after a long drive.',
      objective: 'Rotation to the left limited.',
      assessment: 'Levator scapulae trigger point, left.',
      plan: 'Heat and a stretch twice a day.',
      painBefore: 10,
      painAfter: 0,
    });
    expect(call('sessions.get', { id: session.id })).toEqual(updated);
  });

  it('refuses a pain score above 10, naming the field, and changes nothing', () => {
    const { session, call, refusal } = setup();
    call('sessions.update', { id: session.id, painBefore: 5 });
    const before = call('sessions.get', { id: session.id });
    expect(refusal('sessions.update', { id: session.id, painBefore: 11, subjective: 'x' })).toEqual({
      code: 'invalid_input',
      message: 'Pain before treatment must be at most 10.',
    });
    expect(refusal('sessions.update', { id: session.id, painAfter: -1 }).message).toMatch(/Pain after treatment/);
    expect(call('sessions.get', { id: session.id })).toEqual(before);
  });

  it('changes only the range-of-motion measures given, and refuses impossible degrees', () => {
    const { session, call, refusal } = setup();
    call('sessions.update', { id: session.id, rom: { flexion: 50, rotationLeft: 70 } });
    call('sessions.update', { id: session.id, rom: { extension: 60 } });
    expect(call('sessions.get', { id: session.id }).rom).toEqual({
      flexion: 50,
      extension: 60,
      lateralFlexionLeft: null,
      lateralFlexionRight: null,
      rotationLeft: 70,
      rotationRight: null,
    });
    call('sessions.update', { id: session.id, rom: { flexion: null } });
    expect(call('sessions.get', { id: session.id }).rom).toMatchObject({
      flexion: null,
      extension: 60,
      rotationLeft: 70,
    });
    const before = call('sessions.get', { id: session.id });
    expect(refusal('sessions.update', { id: session.id, rom: { flexion: 181 } }).message).toBe(
      'Flexion must be at most 180.',
    );
    expect(refusal('sessions.update', { id: session.id, rom: { rotationRight: -5 } }).message).toMatch(
      /Rotation, right must be at least 0/,
    );
    expect(refusal('sessions.update', { id: session.id, rom: { rotationRight: 45.5 } }).code).toBe('invalid_input');
    expect(call('sessions.get', { id: session.id })).toEqual(before);
  });

  it('records the red-flag screen and raises the referral alert on a "yes", keeping its first time', () => {
    const { session, call } = setup();
    vi.useFakeTimers({ toFake: ['Date'] });
    const allNo = { arm_numbness: false, trauma: false, neuro: false, new_severe_pain: false, systemic: false };
    vi.setSystemTime(new Date('2026-11-21T09:00:00.000Z'));
    const screened = call('sessions.update', {
      id: session.id,
      redFlags: { ...allNo, coordination: false, worse_with_rest: false },
    });
    expect(screened).toMatchObject({ redFlagsScreenedAt: '2026-11-21T09:00:00.000Z', referralAlertAt: null });

    vi.setSystemTime(new Date('2026-11-21T09:05:00.000Z'));
    const alert = call('sessions.update', { id: session.id, redFlags: { trauma: true } });
    expect(alert).toMatchObject({ referralAlertAt: '2026-11-21T09:05:00.000Z' });
    expect(alert.redFlags).toMatchObject({ trauma: true, neuro: false, worse_with_rest: false });

    vi.setSystemTime(new Date('2026-11-21T09:10:00.000Z'));
    const later = call('sessions.update', { id: session.id, redFlags: { neuro: true } });
    expect(later).toMatchObject({
      redFlagsScreenedAt: '2026-11-21T09:10:00.000Z',
      referralAlertAt: '2026-11-21T09:05:00.000Z',
    });

    vi.setSystemTime(new Date('2026-11-21T09:15:00.000Z'));
    const cleared = call('sessions.update', { id: session.id, redFlags: { trauma: false, neuro: false } });
    expect(cleared).toMatchObject({ redFlagsScreenedAt: '2026-11-21T09:15:00.000Z', referralAlertAt: null });
    expect(Object.values(cleared.redFlags).every((answer) => answer === false)).toBe(true);
  });

  it('keeps each perpetuating factor once and refuses one Knotbook does not know', () => {
    const { session, call, refusal } = setup();
    const updated = call('sessions.update', {
      id: session.id,
      perpetuatingFactors: ['forward_head', 'stress', 'forward_head'],
    });
    expect(updated.perpetuatingFactors).toEqual(['forward_head', 'stress']);
    const error = refusal('sessions.update', { id: session.id, perpetuatingFactors: ['stress', 'bad_luck'] });
    expect(error).toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/^Perpetuating factors must be one of/),
    });
    expect(call('sessions.get', { id: session.id }).perpetuatingFactors).toEqual(['forward_head', 'stress']);
  });
});

describe('sessions.listUnsigned', () => {
  it('lists drafts begun more than a day ago with the client’s name, not today’s draft or signed notes', () => {
    const { client, session: today, call, setName } = setup();
    const other = call('clients.create', { givenName: 'Ana', familyName: 'Ruiz' });
    const old = call('sessions.create', { clientId: other.id, startedAt: ago(3 * DAY) });
    const yesterday = call('sessions.create', { clientId: client.id, startedAt: ago(DAY + HOUR) });
    const signed = call('sessions.create', { clientId: other.id, startedAt: ago(5 * DAY) });
    setName();
    call('sessions.sign', { id: signed.id });
    expect(call('sessions.listUnsigned', {})).toEqual([
      { sessionId: old.id, clientId: other.id, clientName: 'Ana Ruiz', startedAt: old.startedAt },
      { sessionId: yesterday.id, clientId: client.id, clientName: 'Maya', startedAt: yesterday.startedAt },
    ]);
    expect(call('sessions.listUnsigned', {}).map((u) => u.sessionId)).not.toContain(today.id);
  });
});

describe('settings', () => {
  it('start empty, with letter paper', () => {
    const { call } = setup();
    expect(call('settings.get', {})).toEqual({
      practitioner: { name: '', credentials: '', registration: '' },
      practice: { name: '', address: '', phone: '', email: '' },
      quickPhrases: [],
      paperSize: 'letter',
    });
  });

  it('merge the practitioner’s fields given over those saved', () => {
    const { call } = setup();
    call('settings.update', { practitioner: { name: 'Dana Reyes' } });
    const settings = call('settings.update', { practitioner: { credentials: 'RMT' }, paperSize: 'a4' });
    expect(settings).toMatchObject({
      practitioner: { name: 'Dana Reyes', credentials: 'RMT', registration: '' },
      practice: { name: '', address: '', phone: '', email: '' },
      paperSize: 'a4',
    });
    expect(call('settings.get', {})).toEqual(settings);
  });

  it('refuse two quick phrases with the same short name, or a short name with a space', () => {
    const { call, refusal } = setup();
    call('settings.update', { quickPhrases: [{ trigger: 'ttp', text: 'Tender to palpation' }] });
    const before = call('settings.get', {});
    const twice = [
      { trigger: 'ttp', text: 'Tender to palpation' },
      { trigger: 'TTP', text: 'Tender to touch' },
    ];
    expect(refusal('settings.update', { quickPhrases: twice })).toEqual({
      code: 'invalid_input',
      message: expect.stringMatching(/Two quick phrases have the short name "ttp"/),
    });
    expect(refusal('settings.update', { quickPhrases: [{ trigger: 'tp left', text: 'Trigger point, left' }] })).toEqual(
      {
        code: 'invalid_input',
        message: 'Short name must be one word without spaces.',
      },
    );
    expect(call('settings.get', {})).toEqual(before);
  });
});

/**
 * The session record through the API: editing a draft (notes, measures, red-flag screen,
 * perpetuating factors), the audit log of every change, the unsigned-notes list and the
 * settings. Every call goes through `dispatch`, on a fresh file.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { chartMark, chartZone, fresh, openTestApi } from '../testing/api';
import { ACTOR, clientWithSession } from '../testing/temp-db';
import type { ChartMark, ChartZone } from './contract';

const PRACTITIONER = 'Dana Reyes, RMT';
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
/** The clock of these tests: a UTC instant, never the real clock. */
const NOW = new Date('2026-11-21T09:30:00.000Z');
const ago = (ms: number) => new Date(NOW.getTime() - ms).toISOString();

function setup() {
  const { db, call, refusal } = openTestApi();
  const { client, session } = clientWithSession(db);
  const audit = () => call('audit.listForClient', { clientId: client.id });
  const setName = (name = PRACTITIONER) => call('settings.update', { practitioner: { name } });
  return { db, client, session, call, refusal, audit, setName };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});

afterEach(() => {
  vi.useRealTimers();
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
    const point = chartMark();
    const zone = chartZone(point.id);
    const chart = (marks: { record: ChartMark; baseVersion: number }[], zones: ChartZone[] = []) =>
      call('chart.save', { sessionId: first.id, marks, zones: zones.map(fresh) });
    chart([fresh(point)], [zone]);
    chart([{ record: { ...point, tenderness: 7 }, baseVersion: 1 }]);
    chart([{ record: { ...point, tenderness: 7 }, baseVersion: 2 }]);
    const tender = chartMark({ kind: 'tender_point', activity: null });
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
    const lastNight = call('sessions.create', { clientId: other.id, startedAt: ago(DAY - HOUR) });
    setName();
    call('sessions.sign', { id: signed.id });
    expect(call('sessions.listUnsigned', {})).toEqual([
      { sessionId: old.id, clientId: other.id, clientName: 'Ana Ruiz', startedAt: old.startedAt },
      { sessionId: yesterday.id, clientId: client.id, clientName: 'Maya', startedAt: yesterday.startedAt },
    ]);
    expect(call('sessions.listUnsigned', {}).map((u) => u.sessionId)).not.toContain(today.id);
    expect(call('sessions.listUnsigned', {}).map((u) => u.sessionId)).not.toContain(lastNight.id);
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

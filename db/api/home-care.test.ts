import { describe, expect, it } from 'vitest';
import { chartMark, fresh, openTestApi } from '../testing/api';
import { ACTOR, clientWithSession } from '../testing/temp-db';

function setup() {
  const api = openTestApi();
  const { client, session } = clientWithSession(api.db, 'Ana');
  const trapezius = chartMark({ tenderness: 7 });
  const pin = chartMark({ kind: 'note_pin', activity: null, muscle: null, side: null, x: 0.5, y: 0.5 });
  api.call('chart.save', { sessionId: session.id, marks: [fresh(trapezius), fresh(pin)], zones: [] });
  const own = api.call('exercises.create', {
    name: 'Towel stretch',
    bodyRegion: 'Neck',
    targetMuscles: ['Upper trapezius'],
    steps: ['Hold a towel behind your neck.', 'Pull gently forward.', 'Breathe out slowly.'],
    cautions: 'Stop if it hurts.',
    holdSeconds: 20,
    repetitions: 3,
  });
  const plan = (overrides: Record<string, unknown> = {}) => ({
    sessionId: session.id,
    items: [{ exerciseId: own.id, holdSeconds: 30, repetitions: 3, sets: null, timesPerDay: 2, note: 'Morning' }],
    points: [{ markId: trapezius.id, holdSeconds: 30, timesPerDay: 3 }],
    note: 'Keep the screen at eye level.',
    nextVisitAt: '2026-11-28T10:00:00Z',
    ...overrides,
  });
  return { ...api, client, session, trapezius, pin, own, plan };
}

describe('the exercise library', () => {
  it('ships built-in exercises that can be hidden and copied but not changed or retired', () => {
    const { call, refusal } = setup();
    const builtIns = call('exercises.list', {}).filter((e) => e.builtIn);
    expect(builtIns.length).toBeGreaterThanOrEqual(12);
    const first = builtIns[0];
    if (!first) throw new Error('no built-in exercise');
    expect(refusal('exercises.update', { id: first.id, name: 'Mine now' })).toMatchObject({ code: 'read_only' });
    expect(refusal('exercises.retire', { id: first.id })).toMatchObject({ code: 'read_only' });
    call('exercises.setHidden', { id: first.id, hidden: true });
    expect(call('exercises.list', {}).map((e) => e.id)).not.toContain(first.id);
    expect(call('exercises.list', { includeHidden: true }).map((e) => e.id)).toContain(first.id);
    const copy = call('exercises.duplicate', { id: first.id });
    expect(copy).toMatchObject({ name: `${first.name} (copy)`, builtIn: false, steps: first.steps });
    expect(call('exercises.update', { id: copy.id, name: 'My version' }).name).toBe('My version');
  });

  it('refuses an exercise without a name, in plain words, and saves nothing', () => {
    const { call, refusal } = setup();
    const count = call('exercises.list', { includeHidden: true }).length;
    expect(refusal('exercises.create', { name: '  ' }).message).toBe('Name is required.');
    expect(call('exercises.list', { includeHidden: true })).toHaveLength(count);
  });
});

describe('a session’s home-care plan', () => {
  it('is saved whole and read back, with the muscles charted for suggestions', () => {
    const { call, session, plan, own, trapezius } = setup();
    const saved = call('homeCare.save', plan());
    expect(saved).toMatchObject({
      editable: true,
      items: [{ exerciseId: own.id, position: 0, holdSeconds: 30, timesPerDay: 2, note: 'Morning' }],
      points: [{ markId: trapezius.id, holdSeconds: 30, timesPerDay: 3 }],
      note: 'Keep the screen at eye level.',
      nextVisitAt: '2026-11-28T10:00:00.000Z',
      chartedMuscles: ['Upper trapezius'],
    });
    expect(call('homeCare.get', { sessionId: session.id })).toEqual(saved);
  });

  it('refuses a note pin as a point to press, an exercise twice, and a retired exercise', () => {
    const { call, refusal, plan, pin, own } = setup();
    expect(
      refusal('homeCare.save', plan({ points: [{ markId: pin.id, holdSeconds: 30, timesPerDay: 1 }] })).message,
    ).toMatch(/trigger point or tender point/);
    const item = { exerciseId: own.id, holdSeconds: null, repetitions: null, sets: null, timesPerDay: null, note: '' };
    expect(refusal('homeCare.save', plan({ items: [item, item] })).message).toMatch(/twice/);
    call('exercises.retire', { id: own.id });
    expect(refusal('homeCare.save', plan()).message).toMatch(/retired/);
  });

  it('refuses a point on the neck muscles beside the big blood vessels as one to press at home', () => {
    const { call, refusal, plan, session } = setup();
    const scm = chartMark({ muscle: 'Sternocleidomastoid (sternal)', viewId: 'anterior', x: 0.45, y: 0.12 });
    call('chart.save', { sessionId: session.id, marks: [fresh(scm)], zones: [] });
    const points = [{ markId: scm.id, holdSeconds: 30, timesPerDay: 3 }];
    expect(refusal('homeCare.save', plan({ points })).message).toBe(
      'A point on the Sternocleidomastoid (sternal) is not one to press at home: large blood vessels and nerves run beside it.',
    );
  });

  it('is locked once the session is signed', () => {
    const { call, refusal, plan, session } = setup();
    call('homeCare.save', plan());
    call('settings.update', { practitioner: { name: 'Jo Park' } });
    call('sessions.sign', { id: session.id });
    const before = call('homeCare.get', { sessionId: session.id });
    expect(before.editable).toBe(false);
    expect(refusal('homeCare.save', plan({ note: 'Changed' }))).toMatchObject({ code: 'read_only' });
    expect(call('homeCare.get', { sessionId: session.id })).toEqual(before);
  });

  it('keeps its exercises as they were when it was signed, while a draft shows the library as it is', () => {
    const { call, plan, session, client, own } = setup();
    call('homeCare.save', plan());
    const draft = call('sessions.create', { clientId: client.id });
    call('homeCare.save', plan({ sessionId: draft.id, points: [] }));
    call('settings.update', { practitioner: { name: 'Jo Park' } });
    call('sessions.sign', { id: session.id });
    const edited = {
      name: 'Renamed stretch',
      steps: ['New first step.'],
      cautions: 'New caution.',
      illustration: null,
    };
    call('exercises.update', { id: own.id, ...edited, targetMuscles: ['Levator scapulae'] });

    const asSigned = { exerciseId: own.id, name: 'Towel stretch', steps: own.steps, cautions: 'Stop if it hurts.' };
    const signed = call('homeCare.get', { sessionId: session.id });
    expect(signed.exercises).toEqual([{ ...asSigned, illustration: null, targetMuscles: ['Upper trapezius'] }]);
    expect(call('handouts.preview', { sessionId: session.id }).exercises).toMatchObject([
      { name: 'Towel stretch', steps: own.steps, cautions: 'Stop if it hurts.', targetMuscles: ['Upper trapezius'] },
    ]);
    const given = call('handouts.create', { sessionId: session.id, format: 'print' });
    expect(given.content?.exercises).toMatchObject([{ name: 'Towel stretch', steps: own.steps }]);

    expect(call('homeCare.get', { sessionId: draft.id }).exercises).toMatchObject([{ exerciseId: own.id, ...edited }]);
    expect(call('handouts.preview', { sessionId: draft.id }).exercises).toMatchObject([{ name: 'Renamed stretch' }]);
  });

  it('writes one audit entry naming what changed, and none when nothing did', () => {
    const { call, client, plan } = setup();
    const log = () => call('audit.listForClient', { clientId: client.id }).filter((e) => e.entity === 'home_care_plan');
    call('homeCare.save', plan());
    call('homeCare.save', plan());
    call('homeCare.save', plan({ note: 'Walk every hour.' }));
    expect(log().map((e) => [e.actor, e.changes])).toEqual([
      [ACTOR, ['items', 'points', 'note', 'nextVisitAt']],
      [ACTOR, ['note']],
    ]);
  });
});

describe('handouts', () => {
  it('keep what they showed, so a re-print after the exercise was edited gives the original text', () => {
    const { call, plan, session, own } = setup();
    call('settings.update', { practice: { name: 'Harbour Massage' }, paperSize: 'a4' });
    call('homeCare.save', plan());
    const given = call('handouts.create', { sessionId: session.id, format: 'pdf', fileName: 'home care.pdf' });
    call('exercises.update', { id: own.id, name: 'Renamed', steps: ['Different.', 'Steps.', 'Now.'] });
    const again = call('handouts.get', { id: given.id });
    expect(again.content).toEqual(given.content);
    expect(again.content).toMatchObject({
      paperSize: 'a4',
      practice: { name: 'Harbour Massage' },
      clientName: 'Ana',
      exercises: [{ name: 'Towel stretch', steps: own.steps, holdSeconds: 30, timesPerDay: 2, note: 'Morning' }],
      points: [{ muscle: 'Upper trapezius', holdSeconds: 30, timesPerDay: 3 }],
      note: 'Keep the screen at eye level.',
    });
    expect(again.content?.redFlags.length).toBeGreaterThan(5);
    expect(again.content?.pointCaution).toMatch(/Never press on the front of your neck/);
    expect(call('handouts.list', { sessionId: session.id }).map((h) => h.id)).toEqual([given.id]);
  });

  it('can be given after signing, and not from an empty plan', () => {
    const { call, refusal, plan, session } = setup();
    expect(refusal('handouts.create', { sessionId: session.id, format: 'print' }).message).toMatch(/plan is empty/);
    call('homeCare.save', plan());
    call('settings.update', { practitioner: { name: 'Jo Park' } });
    call('sessions.sign', { id: session.id });
    expect(call('handouts.create', { sessionId: session.id, format: 'print' }).format).toBe('print');
  });
});

import { describe, expect, it } from 'vitest';
import { chartMark, fresh, openTestApi } from '../testing/api';

function clientWithVisits() {
  const { call, refusal } = openTestApi();
  const client = call('clients.create', { givenName: 'Ravi', familyName: 'Menon' });
  const visit = (day: number) =>
    call('sessions.create', { clientId: client.id, startedAt: `2026-10-${String(day).padStart(2, '0')}T09:00:00Z` });
  return { call, refusal, client, visit };
}

describe('progress across visits', () => {
  it('lists each visit’s measures and follows a trigger point by its site', () => {
    const { call, client, visit } = clientWithVisits();
    const first = visit(1);
    const trap = chartMark({ tenderness: 8, tendernessAfter: 5, pptKgCm2: 2.1, release: 'partial' });
    const levator = chartMark({ muscle: 'Levator scapulae', activity: 'latent', tenderness: 4, x: 0.55 });
    call('chart.save', { sessionId: first.id, marks: [fresh(trap), fresh(levator)], zones: [] });
    call('sessions.update', {
      id: first.id,
      painBefore: 7,
      painAfter: 4,
      rom: { rotationLeft: 50 },
      ndi: [2, 2, 3, 2, 3, 2, 2, 2, 2, null],
    });

    const second = visit(8);
    const again = chartMark({ siteId: trap.id, tenderness: 5, tendernessAfter: 2, pptKgCm2: 3.0, release: 'full' });
    call('chart.save', { sessionId: second.id, marks: [fresh(again)], zones: [] });
    call('chart.resolveSite', { sessionId: second.id, siteId: levator.id, resolved: true });
    call('sessions.update', { id: second.id, painBefore: 3, painAfter: 1, ndi: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1] });

    const progress = call('progress.get', { clientId: client.id });
    expect(progress.visits).toEqual([
      expect.objectContaining({
        sessionId: first.id,
        painBefore: 7,
        painAfter: 4,
        rom: expect.objectContaining({ rotationLeft: 50, flexion: null }),
        ndi: { total: 22.2, percent: 44.4, band: 'moderate', answered: 9 },
        activePoints: 1,
        points: 2,
      }),
      expect.objectContaining({
        sessionId: second.id,
        painBefore: 3,
        ndi: { total: 10, percent: 20, band: 'mild', answered: 10 },
        activePoints: 1,
        points: 1,
      }),
    ]);
    const trapSite = progress.sites.find((s) => s.siteId === trap.id);
    expect(trapSite).toMatchObject({ muscle: 'Upper trapezius', side: 'right', resolved: null });
    expect(trapSite?.visits.map((v) => [v.sessionId, v.tenderness, v.tendernessAfter, v.pptKgCm2, v.release])).toEqual([
      [first.id, 8, 5, 2.1, 'partial'],
      [second.id, 5, 2, 3.0, 'full'],
    ]);
    const levatorSite = progress.sites.find((s) => s.siteId === levator.id);
    expect(levatorSite?.resolved).toEqual({ sessionId: second.id, startedAt: second.startedAt });
  });

  it('stores the questionnaire with the session, refuses a wrong one, and clears it', () => {
    const { call, refusal, visit } = clientWithVisits();
    const session = visit(1);
    expect(refusal('sessions.update', { id: session.id, ndi: [1, 2, 3] }).message).toBe(
      'Neck Disability Index needs ten answers.',
    );
    expect(refusal('sessions.update', { id: session.id, ndi: [6, 0, 0, 0, 0, 0, 0, 0, 0, 0] }).code).toBe(
      'invalid_input',
    );
    const saved = call('sessions.update', { id: session.id, ndi: [0, 1, 2, 3, 4, 5, 0, 1, 2, 3] });
    expect(saved.ndi).toEqual([0, 1, 2, 3, 4, 5, 0, 1, 2, 3]);
    expect(saved.ndiAt).not.toBeNull();
    expect(call('sessions.update', { id: session.id, ndi: null })).toMatchObject({ ndi: null, ndiAt: null });
  });

  it('is empty for a client with no visits', () => {
    const { call, client } = clientWithVisits();
    expect(call('progress.get', { clientId: client.id })).toEqual({ clientId: client.id, visits: [], sites: [] });
  });
});

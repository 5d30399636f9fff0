/**
 * Progress fixtures for the tests: visits at local wall-clock times, so each is on its calendar
 * day in any time zone (midday UTC is already the next day in UTC+14). The last visit is at 23:30,
 * late in its local day.
 */
import { EMPTY_ROM } from '../../../db/api/clinical';
import type { ClientProgress, ProgressSite, ProgressVisit, SiteVisit } from '../../../db/api/contract';
import { scoreNdi } from '../../../db/api/ndi';
import { localIso } from '../../testing/local-time';

const VISITS = [
  localIso(2026, 9, 2, 9, 30),
  localIso(2026, 9, 16, 12, 0),
  localIso(2026, 10, 7, 18, 15),
  localIso(2026, 11, 21, 23, 30),
];

export const visitId = (i: number) => `00000000-0000-4000-8000-00000000000${i}`;
export const visitAt = (i: number) => VISITS[i] ?? '';

export function makeVisit(i: number, patch: Partial<ProgressVisit> = {}): ProgressVisit {
  return {
    sessionId: visitId(i),
    startedAt: visitAt(i),
    status: 'signed',
    painBefore: null,
    painAfter: null,
    rom: EMPTY_ROM,
    ndi: null,
    activePoints: 0,
    points: 0,
    ...patch,
  };
}

/** An NDI score with this total (every item answered the same, the rest spread over the first items). */
export function ndiOf(total: number) {
  const answers = Array.from({ length: 10 }, (_, i) => Math.floor(total / 10) + (i < total % 10 ? 1 : 0));
  const score = scoreNdi(answers);
  if (!score) throw new Error('unscorable');
  return score;
}

export function siteVisit(i: number, patch: Partial<SiteVisit> = {}): SiteVisit {
  return {
    sessionId: visitId(i),
    startedAt: visitAt(i),
    markId: `10000000-0000-4000-8000-00000000000${i}`,
    activity: 'active',
    tenderness: null,
    tendernessAfter: null,
    pptKgCm2: null,
    release: null,
    ...patch,
  };
}

export function makeSite(id: string, patch: Partial<ProgressSite> = {}): ProgressSite {
  return {
    siteId: id,
    kind: 'trigger_point',
    muscle: 'Upper trapezius',
    side: 'left',
    viewId: 'posterior',
    visits: [siteVisit(0)],
    resolved: null,
    ...patch,
  };
}

export function makeProgress(visits: ProgressVisit[], sites: ProgressSite[] = []): ClientProgress {
  return { clientId: '20000000-0000-4000-8000-000000000000', visits, sites };
}

/** Four visits of a client who is getting better. */
export function improvingClient(): ClientProgress {
  return makeProgress(
    [
      makeVisit(0, {
        painBefore: 7,
        painAfter: 4,
        ndi: ndiOf(22),
        rom: { ...EMPTY_ROM, rotationLeft: 50, flexion: 55 },
        activePoints: 5,
        points: 6,
      }),
      makeVisit(1, { painBefore: 6, painAfter: 3, activePoints: 4, points: 5 }),
      makeVisit(2, { painBefore: 5, painAfter: 2, ndi: ndiOf(18), activePoints: 3, points: 4 }),
      makeVisit(3, {
        status: 'draft',
        painBefore: 3,
        painAfter: 1,
        ndi: ndiOf(14),
        rom: { ...EMPTY_ROM, rotationLeft: 70, flexion: 60 },
        activePoints: 2,
        points: 3,
      }),
    ],
    [
      makeSite('site-a', {
        visits: [
          siteVisit(0, { tenderness: 7, tendernessAfter: 4, pptKgCm2: 2.1, release: 'partial' }),
          siteVisit(1, { tenderness: 6, tendernessAfter: 3, pptKgCm2: 2.6 }),
          siteVisit(2, { tenderness: 4, tendernessAfter: 2, pptKgCm2: 3.2, release: 'full' }),
        ],
      }),
      makeSite('site-b', {
        muscle: 'Levator scapulae',
        side: 'right',
        visits: [siteVisit(0, { tenderness: 6 }), siteVisit(1, { tenderness: 3 })],
        resolved: { sessionId: visitId(2), startedAt: visitAt(2) },
      }),
      makeSite('site-c', {
        kind: 'tender_point',
        muscle: null,
        side: 'midline',
        visits: [siteVisit(3, { activity: null, tenderness: 5 })],
      }),
    ],
  );
}

import { describe, expect, it } from 'vitest';
import { EMPTY_ROM } from '../../../db/api/clinical';
import { progressSummary } from './summary';
import {
  improvingClient,
  makeProgress,
  makeSite,
  makeVisit,
  ndiOf,
  siteVisit,
  visitAt,
  visitId,
} from './test-progress';

describe('progressSummary', () => {
  it('calls out each change that matters, first visit to latest', () => {
    expect(progressSummary(improvingClient())).toEqual([
      'Pain before treatment is down 4 points since the first visit (7 → 3).',
      'Neck Disability Index down 8 points (22 → 14), from moderate to mild disability.',
      'Turning the head to the left is up 20° (50° → 70°); the usual is about 74°.',
      'Active trigger points down from 5 at the first visit to 2 at the latest.',
      '1 point has resolved: Levator scapulae, right.',
      'Upper trapezius, left: still present, tenderness down 3 points (7 → 4).',
    ]);
  });

  it('says there is no meaningful change in pain yet, and nothing about small changes', () => {
    const summary = progressSummary(
      makeProgress(
        [
          makeVisit(0, { painBefore: 5, ndi: ndiOf(20), rom: { ...EMPTY_ROM, flexion: 50 }, activePoints: 2 }),
          makeVisit(1, { painBefore: 4, ndi: ndiOf(17), rom: { ...EMPTY_ROM, flexion: 59 }, activePoints: 2 }),
        ],
        [makeSite('a', { visits: [siteVisit(0, { tenderness: 6 }), siteVisit(1, { tenderness: 5 })] })],
      ),
    );
    expect(summary).toEqual(['No meaningful change in pain yet.']);
  });

  it('compares the first and latest visits that have the measure, and says when things got worse', () => {
    const summary = progressSummary(
      makeProgress([
        makeVisit(0, { painBefore: null, rom: { ...EMPTY_ROM, extension: 70 }, activePoints: 1 }),
        makeVisit(1, { painBefore: 3, ndi: ndiOf(10) }),
        makeVisit(2, { painBefore: 6, ndi: ndiOf(16) }),
        makeVisit(3, { painBefore: null, rom: { ...EMPTY_ROM, extension: 55 }, activePoints: 3 }),
      ]),
    );
    expect(summary).toEqual([
      'Pain before treatment is up 3 points since the first visit (3 → 6).',
      'Neck Disability Index up 6 points (10 → 16), from mild to moderate disability.',
      'Tilting the head back is down 15° (70° → 55°); the usual is about 80°.',
      'Active trigger points up from 1 at the first visit to 3 at the latest.',
    ]);
  });

  it('keeps the band when the index moved within it', () => {
    const summary = progressSummary(makeProgress([makeVisit(0, { ndi: ndiOf(24) }), makeVisit(1, { ndi: ndiOf(16) })]));
    expect(summary).toEqual(['Neck Disability Index down 8 points (24 → 16), still moderate disability.']);
  });

  it('says nothing with one visit, or with measures taken only once', () => {
    expect(progressSummary(makeProgress([makeVisit(0, { painBefore: 7, activePoints: 3 })]))).toEqual([]);
    expect(
      progressSummary(makeProgress([makeVisit(0, { painBefore: 7, ndi: ndiOf(20) }), makeVisit(1, { painAfter: 2 })])),
    ).toEqual([]);
  });

  it('names every resolved point, and leaves points seen once out of the tenderness sentences', () => {
    const resolved = { sessionId: visitId(1), startedAt: visitAt(1) };
    const summary = progressSummary(
      makeProgress(
        [makeVisit(0), makeVisit(1)],
        [
          makeSite('a', { resolved }),
          makeSite('b', { muscle: 'Suboccipitals', side: 'midline', resolved }),
          makeSite('c', { muscle: 'Splenius capitis', visits: [siteVisit(1, { tenderness: 8 })] }),
        ],
      ),
    );
    expect(summary).toEqual(['2 points have resolved: Upper trapezius, left; Suboccipitals.']);
  });
});

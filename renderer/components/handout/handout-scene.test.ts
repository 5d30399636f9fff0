import { describe, expect, it } from 'vitest';
import { MARK_RADIUS_PX } from '../../chart/ui/symbols';
import { ARTWORK } from '../../chart/artwork';
import type { HandoutReferral, ViewId } from '../../../db/api/contract';
import { handoutContent, handoutPoint } from './test-handout';
import {
  BADGE_RADIUS,
  HANDOUT_FIGURE_MAX,
  badgeCentres,
  handoutFigures,
  handoutSymbols,
  referralFigures,
  referralViews,
} from './handout-scene';
import { referralFor } from './handout-referral';
import { groupPoints } from './handout-text';

describe('handoutFigures', () => {
  it('makes one picture per view with only the chosen points, as chart marks', () => {
    const front = handoutPoint({ markId: 'f', viewId: 'anterior', kind: 'tender_point', activity: null });
    const figures = handoutFigures(groupPoints([...handoutContent.points, front]));
    expect(figures.map((f) => [f.viewId, f.label, f.scene.marks.length])).toEqual([
      ['anterior', 'Front', 1],
      ['posterior', 'Back', 2],
    ]);
    const back = figures[1]!;
    expect(back.scene.marks.map((m) => [m.kind, m.activity, m.x, m.y])).toEqual([
      ['trigger_point', 'active', 0.42, 0.2],
      ['trigger_point', 'latent', 0.58, 0.2],
    ]);
    expect(back.scene.zones).toEqual([]);
    for (const f of figures) {
      expect(f.width).toBeLessThanOrEqual(HANDOUT_FIGURE_MAX.width);
      expect(f.height).toBeLessThanOrEqual(HANDOUT_FIGURE_MAX.height);
      expect(f.width / f.height).toBeCloseTo(ARTWORK[f.viewId].width / ARTWORK[f.viewId].height, 1);
    }
  });

  it('lists in the legend the symbols of the chosen points, and the caution zone a picture draws', () => {
    expect(handoutSymbols(groupPoints(handoutContent.points))).toEqual(['active', 'latent']);
    const neck = handoutPoint({ viewId: 'anterior', kind: 'tender_point', activity: null });
    expect(handoutSymbols(groupPoints([neck]))).toEqual(['tender', 'caution']);
  });
});

describe('badgeCentres', () => {
  const overlaps = (a: { x: number; y: number }, b: { x: number; y: number }, d: number) =>
    Math.hypot(a.x - b.x, a.y - b.y) < d;

  it('puts each number beside its point, up and to the right when there is room', () => {
    expect(badgeCentres([{ x: 100, y: 100 }], 200, 300)).toEqual([{ x: 113, y: 87 }]);
  });

  it('keeps numbers inside the picture and clear of the points and of each other', () => {
    const points = [
      { x: 195, y: 5 },
      { x: 100, y: 100 },
      { x: 113, y: 87 },
      { x: 108, y: 100 },
    ];
    const centres = badgeCentres(points, 200, 300);
    centres.forEach((c, i) => {
      expect(c.x - BADGE_RADIUS).toBeGreaterThanOrEqual(0);
      expect(c.x + BADGE_RADIUS).toBeLessThanOrEqual(200);
      expect(c.y - BADGE_RADIUS).toBeGreaterThanOrEqual(0);
      for (const p of points) expect(overlaps(c, p, BADGE_RADIUS + MARK_RADIUS_PX)).toBe(false);
      for (const other of centres.slice(0, i)) expect(overlaps(c, other, 2 * BADGE_RADIUS)).toBe(false);
    });
  });
});

type Zone = HandoutReferral['zones'][number];
const TRAPEZIUS = { muscle: 'Upper trapezius', side: 'right' } as const;
const LEVATOR = { muscle: 'Levator scapulae', side: 'left' } as const;

/** One place of the atlas drawn on each of `views` (a detail view and its full-body view). */
function place(
  owner: Pick<Zone, 'muscle' | 'side'>,
  label: string,
  views: ViewId[],
  pattern: Zone['pattern'] = 'essential',
) {
  return views.map((viewId): Zone => ({
    ...owner,
    viewId,
    pattern,
    label,
    polygon: [
      [0.4, 0.1],
      [0.5, 0.1],
      [0.45, 0.2],
    ],
  }));
}

const referral = (...zones: Zone[][]): HandoutReferral => ({ atlasVersion: 1, zones: zones.flat() });

/** The test sheet's two points, both on the back: 1 the right upper trapezius, 2 the left levator. */
const groups = groupPoints(handoutContent.points);

describe('the referral atlas in the pictures', () => {
  const spread = referral(
    place(TRAPEZIUS, 'neck', ['head-neck-posterior', 'posterior']),
    place(TRAPEZIUS, 'temple', ['head-neck-right', 'right-lateral']),
    place(TRAPEZIUS, 'jaw', ['head-neck-right', 'right-lateral'], 'spillover'),
    place(LEVATOR, 'ear', ['head-neck-left', 'left-lateral']),
    place(LEVATOR, 'arm', ['left-lateral']),
    place(LEVATOR, 'chest', ['anterior']),
  );

  it('shades on each point’s picture the zones drawn on its view, under the points', () => {
    const [back] = handoutFigures(groups, spread);
    expect(back?.scene.marks).toHaveLength(2);
    expect(back?.scene.zones.map((z) => [z.viewId, z.pattern, z.shape])).toEqual([
      ['posterior', 'essential', 'polygon'],
    ]);
    expect(back?.scene.zones[0]?.points).toEqual(spread.zones[1]?.polygon);
    expect(handoutFigures(groups)[0]?.scene.zones).toEqual([]);
  });

  it('adds the view showing the most places no picture shows, head and neck first on a tie, at most two', () => {
    // Unshown: temple and jaw (head & neck right, right side), ear (head & neck left, left side),
    // arm (left side), chest (front). Three views show two: the head-and-neck one wins the tie;
    // then the left side shows two of the three left; the front is left out (two at most).
    expect(referralViews(groups, spread)).toEqual(['head-neck-right', 'left-lateral']);
  });

  it('settles a tie between head-and-neck views by the chart’s tab order', () => {
    const tie = referral(place(TRAPEZIUS, 'temple', ['head-neck-right']), place(LEVATOR, 'ear', ['head-neck-left']));
    expect(referralViews(groups, tie)).toEqual(['head-neck-left', 'head-neck-right']);
  });

  it('adds nothing when the points’ pictures show every place, or there is no referral', () => {
    const near = referral(
      place(TRAPEZIUS, 'neck', ['head-neck-posterior', 'posterior']),
      place(LEVATOR, 'arm', ['posterior']),
    );
    expect(referralViews(groups, near)).toEqual([]);
    expect(referralViews(groups, null)).toEqual([]);
    expect(referralFigures(groups, undefined)).toEqual([]);
  });

  it('draws an added picture with its zones and no points, saying which points its pain comes from', () => {
    const figures = referralFigures(groups, spread);
    expect(figures.map((f) => [f.viewId, f.label, f.numbers, f.scene.marks.length, f.scene.zones.length])).toEqual([
      ['head-neck-right', 'Head & neck, right side: where the pain may be felt', [1], 0, 2],
      ['left-lateral', 'Left side: where the pain may be felt', [2], 0, 2],
    ]);
    for (const f of figures) {
      expect(f.width).toBeLessThanOrEqual(HANDOUT_FIGURE_MAX.width);
      expect(f.height).toBeLessThanOrEqual(HANDOUT_FIGURE_MAX.height);
    }
  });

  it('lists the zones’ symbols in the legend only when a picture shades them', () => {
    expect(handoutSymbols(groups, spread)).toEqual(['active', 'latent', 'essential', 'spillover', 'caution']);
    const backOnly = referral(place(TRAPEZIUS, 'neck', ['posterior']));
    expect(handoutSymbols(groups, backOnly)).toEqual(['active', 'latent', 'essential']);
    expect(handoutSymbols(groups, null)).toEqual(['active', 'latent']);
  });

  it('shows where the upper trapezius sends pain, from a point on the back, on the head-and-neck side view', () => {
    const trapezius = [handoutPoint()];
    const figures = referralFigures(groupPoints(trapezius), referralFor(trapezius));
    expect(figures[0]?.viewId).toBe('head-neck-right');
    expect(figures.length).toBeLessThanOrEqual(2);
  });
});

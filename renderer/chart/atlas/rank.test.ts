import { describe, expect, it } from 'vitest';
import {
  ESSENTIAL_WEIGHT,
  SPILLOVER_WEIGHT,
  rankMuscles,
  type PaintedArea,
  type RankMuscle,
  type RankPoint,
  type RankZone,
} from './rank';

/** Sampling tolerance on shares and scores. */
const TOL = 0.03;

const rect = (x0: number, y0: number, x1: number, y1: number): RankPoint[] => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
];

function zone(
  id: string,
  polygon: RankPoint[],
  pattern: RankZone['pattern'] = 'essential',
  side: RankZone['side'] = 'left',
  viewId = 'front',
): RankZone {
  return { id, polygon, pattern, side, viewId };
}

const muscle = (id: string, name: string, ...zones: RankZone[]): RankMuscle => ({
  id,
  muscle: name,
  zones,
});

/** The painted area used by most tests: the square 0.4..0.6 on the front view. */
const painted: PaintedArea = { kind: 'polygon', viewId: 'front', points: rect(0.4, 0.4, 0.6, 0.6) };

describe('rankMuscles', () => {
  it('weights: essential counts fully, spillover half', () => {
    expect(ESSENTIAL_WEIGHT).toBe(1);
    expect(SPILLOVER_WEIGHT).toBe(0.5);
  });

  it('ranks a muscle whose essential zone covers the pain above one whose spillover does', () => {
    const result = rankMuscles(painted, [
      muscle('a', 'Aardvark', zone('a1', rect(0.3, 0.3, 0.7, 0.7), 'spillover')),
      muscle('z', 'Zebra', zone('z1', rect(0.3, 0.3, 0.7, 0.7), 'essential')),
    ]);
    expect(result.map((r) => r.muscleId)).toEqual(['z', 'a']);
    expect(result[0]).toMatchObject({ score: 1, essentialShare: 1, spilloverShare: 0 });
    expect(result[1]).toMatchObject({ score: 0.5, essentialShare: 0, spilloverShare: 1 });
    expect(result[0]?.zoneIds).toEqual(['z1']);
  });

  it('ranks 80% coverage above 30% coverage, with scores close to 0.8 and 0.3', () => {
    // Painted square 0.4..0.6 wide: a zone up to x = 0.56 covers 80%, up to x = 0.46 covers 30%.
    const result = rankMuscles(painted, [
      muscle('small', 'Small', zone('s', rect(0, 0, 0.46, 1))),
      muscle('big', 'Big', zone('b', rect(0, 0, 0.56, 1))),
    ]);
    expect(result.map((r) => r.muscleId)).toEqual(['big', 'small']);
    expect(Math.abs((result[0]?.score ?? 0) - 0.8)).toBeLessThan(TOL);
    expect(Math.abs((result[1]?.score ?? 0) - 0.3)).toBeLessThan(TOL);
  });

  it('measures a triangle zone by its area (half of the painted square)', () => {
    const triangle: RankPoint[] = [
      [0.4, 0.4],
      [0.6, 0.4],
      [0.4, 0.6],
    ];
    const [only] = rankMuscles(painted, [muscle('t', 'Tri', zone('t1', triangle))]);
    expect(Math.abs((only?.score ?? 0) - 0.5)).toBeLessThan(TOL);
  });

  it('counts essential first and spillover only where essential does not reach', () => {
    // Essential covers the left half of the painted square, spillover the whole of it.
    const [only] = rankMuscles(painted, [
      muscle('m', 'Mixed', zone('e', rect(0, 0, 0.5, 1), 'essential'), zone('s', rect(0, 0, 1, 1), 'spillover')),
    ]);
    expect(Math.abs((only?.essentialShare ?? 0) - 0.5)).toBeLessThan(TOL);
    expect(Math.abs((only?.spilloverShare ?? 0) - 0.5)).toBeLessThan(TOL);
    expect(Math.abs((only?.score ?? 0) - 0.75)).toBeLessThan(TOL);
    expect(only?.zoneIds).toEqual(['e', 's']);
  });

  it('ignores zones drawn on another view', () => {
    const result = rankMuscles(painted, [
      muscle('m', 'Back only', zone('b', rect(0, 0, 1, 1), 'essential', 'left', 'back')),
    ]);
    expect(result).toEqual([]);
  });

  it('a click inside a zone finds the muscle; a click outside finds nothing', () => {
    const muscles = [muscle('m', 'Temple muscle', zone('t', rect(0.1, 0.1, 0.3, 0.3)))];
    const inside = rankMuscles({ kind: 'click', viewId: 'front', point: [0.2, 0.2] }, muscles);
    expect(inside).toHaveLength(1);
    expect(inside[0]).toMatchObject({ muscleId: 'm', score: 1 });
    const outside = rankMuscles({ kind: 'click', viewId: 'front', point: [0.8, 0.8] }, muscles);
    expect(outside).toEqual([]);
  });

  it('a click on the edge of a zone is partly explained by it', () => {
    const muscles = [muscle('m', 'Edge', zone('t', rect(0, 0, 0.5, 1)))];
    const [hit] = rankMuscles({ kind: 'click', viewId: 'front', point: [0.5, 0.5], radius: 0.05 }, muscles);
    expect(Math.abs((hit?.score ?? 0) - 0.5)).toBeLessThan(TOL);
  });

  it('gives left and right sides as separate results', () => {
    const result = rankMuscles(painted, [
      muscle(
        'trap',
        'Upper trapezius',
        zone('r', rect(0.3, 0.3, 0.7, 0.7), 'essential', 'right'),
        zone('l', rect(0.3, 0.3, 0.7, 0.7), 'spillover', 'left'),
      ),
    ]);
    expect(result.map((r) => [r.side, r.score])).toEqual([
      ['right', 1],
      ['left', 0.5],
    ]);
    expect(result.map((r) => r.zoneIds)).toEqual([['r'], ['l']]);
  });

  it('returns an empty list when no zone touches the painted area', () => {
    const result = rankMuscles(painted, [
      muscle('a', 'Far away', zone('a1', rect(0, 0, 0.2, 0.2))),
      muscle('b', 'Also far', zone('b1', rect(0.8, 0.8, 1, 1), 'spillover', 'right')),
    ]);
    expect(result).toEqual([]);
    expect(rankMuscles(painted, [])).toEqual([]);
  });

  it('sorts equal scores by name, then left before right', () => {
    const cover = rect(0.3, 0.3, 0.7, 0.7);
    const result = rankMuscles(painted, [
      muscle('c', 'Masseter', zone('c1', cover, 'essential', 'right'), zone('c2', cover)),
      muscle('b', 'Levator scapulae', zone('b1', cover)),
      muscle('a', 'Temporalis', zone('a1', cover)),
    ]);
    expect(result.map((r) => `${r.muscle} ${r.side}`)).toEqual([
      'Levator scapulae left',
      'Masseter left',
      'Masseter right',
      'Temporalis left',
    ]);
  });

  it('treats a degenerate painted polygon (a dot or a straight line) as a click at its centre', () => {
    const muscles = [muscle('m', 'Jaw', zone('j', rect(0.1, 0.1, 0.3, 0.3)))];
    const dot: PaintedArea = { kind: 'polygon', viewId: 'front', points: [[0.2, 0.2]] };
    const line: PaintedArea = {
      kind: 'polygon',
      viewId: 'front',
      points: [
        [0.15, 0.15],
        [0.2, 0.2],
        [0.25, 0.25],
      ],
    };
    expect(rankMuscles(dot, muscles).map((r) => r.muscleId)).toEqual(['m']);
    expect(rankMuscles(line, muscles)[0]).toMatchObject({ muscleId: 'm', score: 1 });
    const farLine: PaintedArea = {
      kind: 'polygon',
      viewId: 'front',
      points: [
        [0.7, 0.7],
        [0.9, 0.9],
      ],
    };
    expect(rankMuscles(farLine, muscles)).toEqual([]);
    expect(rankMuscles({ kind: 'polygon', viewId: 'front', points: [] }, muscles)).toEqual([]);
  });

  it('a click stays round on a tall view (aspect) and still hits a narrow zone', () => {
    // A zone 0.01 tall in height units; the click has radius 0.02 in width units. On a view twice
    // as tall as wide the disc is 0.01 tall in height units, so the zone covers most of it.
    const muscles = [muscle('m', 'Strip', zone('s', rect(0, 0.495, 1, 0.505)))];
    const click: PaintedArea = { kind: 'click', viewId: 'front', point: [0.5, 0.5], radius: 0.02 };
    const round = rankMuscles(click, muscles, { aspect: 2 })[0]?.score ?? 0;
    const squashed = rankMuscles(click, muscles)[0]?.score ?? 0;
    expect(round).toBeGreaterThan(squashed);
  });
});

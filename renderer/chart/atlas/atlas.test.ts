import { describe, expect, it } from 'vitest';
import { PERPETUATING_FACTOR_IDS } from '../../../db/api/clinical';
import { VIEW_IDS } from '../../../db/api/chart-schema';
import { getView, isOnBody, muscleAt, MUSCLE_NAMES } from '../artwork';
import { ATLAS, ATLAS_VERSION, atlasById, atlasOnView, searchAtlas, type AtlasXY } from './index';
import { DOMAIN_MUSCLES } from '../../testing/domain-muscles';

type XY = AtlasXY;

/** The polygon's vertex i, wrapping around. */
function vertex(poly: readonly XY[], i: number): XY {
  const v = poly[i % poly.length];
  if (!v) throw new Error('empty polygon');
  return v;
}

function area(poly: readonly XY[]): number {
  let a = 0;
  poly.forEach(([x1, y1], i) => {
    const [x2, y2] = vertex(poly, i + 1);
    a += x1 * y2 - x2 * y1;
  });
  return a / 2;
}

function cross(o: XY, a: XY, b: XY): number {
  return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
}

/** Do segments ab and cd cross (touching ends of neighbouring edges do not count)? */
function segmentsCross(a: XY, b: XY, c: XY, d: XY): boolean {
  const d1 = cross(c, d, a);
  const d2 = cross(c, d, b);
  const d3 = cross(a, b, c);
  const d4 = cross(a, b, d);
  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

function selfIntersects(poly: readonly XY[]): boolean {
  const n = poly.length;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (j === i + 1 || (i === 0 && j === n - 1)) continue; // neighbours share a vertex
      if (segmentsCross(vertex(poly, i), vertex(poly, i + 1), vertex(poly, j), vertex(poly, j + 1))) return true;
    }
  }
  return false;
}

const MIRROR: Record<string, string> = {
  anterior: 'anterior',
  posterior: 'posterior',
  'head-neck-posterior': 'head-neck-posterior',
  'right-lateral': 'left-lateral',
  'left-lateral': 'right-lateral',
  'head-neck-right': 'head-neck-left',
  'head-neck-left': 'head-neck-right',
};

describe('referral atlas data', () => {
  it('has a version and all 13 muscles of the domain brief, each named as the artwork names it', () => {
    expect(ATLAS_VERSION).toBe(2);
    expect(ATLAS.map((m) => m.muscle).sort()).toEqual([...DOMAIN_MUSCLES].sort());
    for (const m of ATLAS) expect(MUSCLE_NAMES).toContain(m.muscle);
  });

  it('gives every muscle a description and known perpetuating factors', () => {
    for (const m of ATLAS) {
      expect(m.description.length, m.id).toBeGreaterThan(60);
      expect(m.perpetuatingFactors.length, m.id).toBeGreaterThan(0);
      for (const f of m.perpetuatingFactors) expect(PERPETUATING_FACTOR_IDS).toContain(f);
    }
  });

  it('keeps ids unique across muscles, zones and points', () => {
    const muscles = ATLAS.map((m) => m.id);
    expect(new Set(muscles).size).toBe(muscles.length);
    const zones = ATLAS.flatMap((m) => m.zones.map((z) => z.id));
    expect(new Set(zones).size).toBe(zones.length);
    const points = ATLAS.flatMap((m) => m.points.map((p) => p.id));
    expect(new Set(points).size).toBe(points.length);
  });

  it('puts every trigger point on that very muscle and side of the artwork', () => {
    for (const m of ATLAS) {
      for (const p of m.points) {
        const hit = muscleAt(p.viewId, p.x, p.y);
        expect(hit && `${hit.muscle}/${hit.side}`, p.id).toBe(`${m.muscle}/${p.side}`);
      }
    }
  });

  it('has at least one trigger point per side for every muscle', () => {
    for (const m of ATLAS) {
      for (const side of ['left', 'right'] as const) {
        expect(m.points.filter((p) => p.side === side).length, `${m.id} ${side}`).toBeGreaterThan(0);
      }
    }
  });

  it('draws every zone as a valid polygon on the body', () => {
    for (const m of ATLAS) {
      for (const z of m.zones) {
        expect(VIEW_IDS).toContain(z.viewId);
        expect(z.polygon.length, z.id).toBeGreaterThanOrEqual(3);
        const view = getView(z.viewId);
        // non-zero area, measured in view units so a thin band on a tall view still counts
        const inView = z.polygon.map(([x, y]): XY => [x * view.width, y * view.height]);
        expect(Math.abs(area(inView)), z.id).toBeGreaterThan(20);
        expect(selfIntersects(z.polygon), z.id).toBe(false);
        for (const [x, y] of z.polygon) expect(isOnBody(z.viewId, x, y), `${z.id} at ${x},${y}`).toBe(true);
      }
    }
  });

  it('gives every muscle an essential zone on each side', () => {
    for (const m of ATLAS) {
      for (const side of ['left', 'right'] as const) {
        expect(
          m.zones.some((z) => z.side === side && z.pattern === 'essential'),
          `${m.id} ${side}`,
        ).toBe(true);
      }
    }
  });

  it('mirrors the left side from the right on mirror-image views', () => {
    for (const m of ATLAS) {
      const right = m.zones.filter((z) => z.side === 'right');
      const left = m.zones.filter((z) => z.side === 'left');
      expect(left.length).toBe(right.length);
      for (const z of right) {
        const twin = left.find((l) => l.viewId === MIRROR[z.viewId] && l.label === z.label);
        expect(twin, z.id).toBeDefined();
        const mirrored = z.polygon.map(([x, y]) => `${(1 - x).toFixed(4)},${y.toFixed(4)}`).sort();
        expect(twin!.polygon.map(([x, y]) => `${x.toFixed(4)},${y.toFixed(4)}`).sort()).toEqual(mirrored);
      }
      for (const p of m.points.filter((q) => q.side === 'right')) {
        const twin = m.points.find((q) => q.side === 'left' && q.viewId === MIRROR[p.viewId] && q.label === p.label);
        expect(twin?.x).toBeCloseTo(1 - p.x, 4);
        expect(twin?.y).toBe(p.y);
      }
    }
  });

  it('carries head zones from the detail views onto the full-body views', () => {
    const ut = atlasOnView('upper-trapezius', 'right', 'right-lateral');
    expect(ut.zones.map((z) => z.label)).toContain('temple');
    const left = atlasOnView('upper-trapezius', 'left', 'head-neck-left');
    expect(left.zones.map((z) => z.label)).toContain('temple');
    expect(left.points.length).toBeGreaterThan(0);
    expect(atlasOnView('upper-trapezius', 'left', 'head-neck-right').zones).toEqual([]);
    expect(atlasOnView('nope', 'left', 'posterior')).toEqual({ points: [], zones: [] });
  });
});

describe('atlas search', () => {
  const ids = (q: string) => searchAtlas(q).map((m) => m.id);

  it('finds muscles by the start of any word, ignoring case and accents', () => {
    expect(ids('levator')).toEqual(['levator-scapulae']);
    expect(ids('lev')).toEqual(['levator-scapulae']);
    expect(ids('LÉV')).toEqual(['levator-scapulae']);
    expect(ids('upper trap')).toEqual(['upper-trapezius']);
    expect(ids('scap')).toEqual(['levator-scapulae']);
  });

  it('finds both heads of the sternocleidomastoid by "SCM" or "sterno"', () => {
    const both = ['sternocleidomastoid-sternal', 'sternocleidomastoid-clavicular'];
    expect(ids('SCM')).toEqual(both);
    expect(ids('scm')).toEqual(both);
    expect(ids('sterno')).toEqual(both);
    expect(ids('scm clav')).toEqual(['sternocleidomastoid-clavicular']);
  });

  it('lists everything for an empty query and nothing for a stranger', () => {
    expect(searchAtlas('  ')).toHaveLength(13);
    expect(searchAtlas('biceps')).toEqual([]);
    expect(atlasById('rhomboids')?.muscle).toBe('Rhomboids');
    expect(atlasById('nope')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { VIEW_IDS, type Side, type ViewId } from '../../../db/api/chart-schema';
import { distanceToEdges, pointInPolygon } from './geometry';
import {
  ARTWORK,
  artworkVersion,
  getView,
  inCautionZone,
  isOnBody,
  MUSCLE_NAMES,
  muscleAt,
  regionLabelPoint,
  VIEW_ORDER,
} from './index';
import type { ArtworkView, Pt } from './types';
import { armOutline } from './views/side-outline';
import { DOMAIN_MUSCLES } from '../../testing/domain-muscles';

/** What each view must show (on each of the sides it shows). */
const REQUIRED: Record<ViewId, string[]> = {
  posterior: [
    'Upper trapezius',
    'Middle trapezius',
    'Lower trapezius',
    'Levator scapulae',
    'Splenius capitis',
    'Semispinalis capitis',
    'Rhomboids',
    'Infraspinatus',
    'Quadratus lumborum',
    'Gluteus medius',
    'Deltoid',
    'Latissimus dorsi',
    'Erector spinae',
    'Gluteus maximus',
    'Teres major',
  ],
  anterior: [
    'Sternocleidomastoid (sternal)',
    'Sternocleidomastoid (clavicular)',
    'Scalenes',
    'Upper trapezius',
    'Pectoralis major',
    'Deltoid',
  ],
  'right-lateral': [
    'Sternocleidomastoid (sternal)',
    'Sternocleidomastoid (clavicular)',
    'Scalenes',
    'Upper trapezius',
    'Levator scapulae',
    'Splenius capitis',
    'Quadratus lumborum',
    'Gluteus medius',
    'Deltoid',
    'Gluteus maximus',
  ],
  'left-lateral': [],
  'head-neck-posterior': [
    'Suboccipitals',
    'Semispinalis capitis',
    'Splenius capitis',
    'Splenius cervicis',
    'Upper trapezius',
    'Levator scapulae',
  ],
  'head-neck-right': [
    'Sternocleidomastoid (sternal)',
    'Sternocleidomastoid (clavicular)',
    'Scalenes',
    'Levator scapulae',
    'Splenius capitis',
    'Upper trapezius',
    'Semispinalis capitis',
    'Suboccipitals',
  ],
  'head-neck-left': [],
};
REQUIRED['left-lateral'] = REQUIRED['right-lateral'];
REQUIRED['head-neck-left'] = REQUIRED['head-neck-right'];

const SIDES_SHOWN: Record<ViewId, Side[]> = {
  anterior: ['left', 'right'],
  posterior: ['left', 'right'],
  'head-neck-posterior': ['left', 'right'],
  'right-lateral': ['right'],
  'head-neck-right': ['right'],
  'left-lateral': ['left'],
  'head-neck-left': ['left'],
};

const views = VIEW_ORDER.map((id) => getView(id));
const norm = (view: ArtworkView, [x, y]: Pt): Pt => [x / view.width, y / view.height];

function label(view: ArtworkView, regionId: string): Pt {
  const p = regionLabelPoint(view.id, regionId);
  if (!p) throw new Error(`${view.id}: ${regionId} does not show`);
  return p;
}

function onBody(view: ArtworkView, [x, y]: Pt, tolerance = 0): boolean {
  return view.body.some((poly) => pointInPolygon(x, y, poly) || distanceToEdges(x, y, poly) <= tolerance);
}

describe('views', () => {
  it('has every view, in tab order, at version 1', () => {
    expect(VIEW_ORDER).toEqual([
      'anterior',
      'posterior',
      'left-lateral',
      'right-lateral',
      'head-neck-posterior',
      'head-neck-left',
      'head-neck-right',
    ]);
    expect([...VIEW_ORDER].sort()).toEqual([...VIEW_IDS].sort());
    for (const id of VIEW_IDS) {
      expect(ARTWORK[id].id).toBe(id);
      expect(artworkVersion(id)).toBe(1);
      expect(getView(id).label).not.toBe('');
    }
  });

  it('is sized in millimetres of a 1750 mm body, head about 1/7.5 of its height', () => {
    for (const id of ['anterior', 'posterior', 'left-lateral', 'right-lateral'] as const) {
      const view = getView(id);
      const ys = view.body.flat().map((p) => p[1]);
      const height = Math.max(...ys) - Math.min(...ys);
      expect(height).toBeGreaterThan(1740);
      expect(height).toBeLessThan(1770);
    }
    // vertex to chin on the front view
    const chin = getView('anterior').lines[0]?.points.find((p) => Math.abs(p[0] - 400) < 1);
    expect(chin).toBeDefined();
    const head = (chin?.[1] ?? 0) - 50;
    expect(1750 / head).toBeGreaterThan(7.2);
    expect(1750 / head).toBeLessThan(7.8);
  });

  it('gives the detail view from behind room along the base of the skull', () => {
    const view = getView('head-neck-posterior');
    expect(view.width).toBeGreaterThanOrEqual(240);
    expect(view.width).toBeLessThanOrEqual(280);
    // 10 mm steps from the midline: at least 1/40 of the width, and 15 px or more on a 600 px canvas.
    expect(10 / view.width).toBeGreaterThanOrEqual(1 / 40);
    expect((600 / view.height) * 10).toBeGreaterThanOrEqual(15);
    // Points 10 mm apart just under the skull, midline outwards, are told apart: suboccipitals,
    // then splenius capitis, and left and right differ.
    const skull = view.lines[0]?.points ?? [];
    const mid = view.width / 2;
    const below = (x: number): Pt => {
      const near = skull.reduce((a, b) => (Math.abs(b[0] - x) < Math.abs(a[0] - x) ? b : a));
      return [x, near[1] + 8];
    };
    for (let dx = 5; dx <= 35; dx += 10) {
      const [x, y] = below(mid - dx);
      expect(muscleAt(view.id, x / view.width, y / view.height)).toMatchObject({
        muscle: 'Suboccipitals',
        side: 'left',
      });
      const [x2, y2] = below(mid + dx);
      expect(muscleAt(view.id, x2 / view.width, y2 / view.height)).toMatchObject({
        muscle: 'Suboccipitals',
        side: 'right',
      });
    }
  });
});

describe('regions', () => {
  it('shows every atlas muscle on the left and on the right', () => {
    for (const muscle of DOMAIN_MUSCLES) {
      for (const side of ['left', 'right'] as const) {
        const where = views.filter((v) => v.regions.some((r) => r.muscle === muscle && r.side === side));
        expect(where.length, `${muscle} ${side}`).toBeGreaterThan(0);
      }
    }
  });

  it('shows what each view is meant to, on each side it shows', () => {
    for (const view of views) {
      for (const muscle of REQUIRED[view.id]) {
        for (const side of SIDES_SHOWN[view.id]) {
          expect(
            view.regions.some((r) => r.muscle === muscle && r.side === side),
            `${view.id}: ${muscle} ${side}`,
          ).toBe(true);
        }
      }
      const sides = new Set(view.regions.map((r) => r.side));
      expect([...sides].sort()).toEqual([...SIDES_SHOWN[view.id]].sort());
    }
  });

  it('puts the body’s right on the viewer’s left from the front, and its left on the left from behind', () => {
    const at = (id: ViewId, muscle: string, side: Side) => {
      const view = getView(id);
      const r = view.regions.find((x) => x.muscle === muscle && x.side === side);
      return r ? label(view, r.id)[0] / view.width : NaN;
    };
    expect(at('anterior', 'Deltoid', 'right')).toBeLessThan(0.5);
    expect(at('posterior', 'Deltoid', 'left')).toBeLessThan(0.5);
    expect(at('head-neck-posterior', 'Levator scapulae', 'left')).toBeLessThan(0.5);
    // Side views: the face is toward the viewer's right on the right side.
    const right = getView('right-lateral');
    const scm = right.regions.find((r) => r.muscle === 'Sternocleidomastoid (sternal)');
    const trap = right.regions.find((r) => r.muscle === 'Upper trapezius');
    expect(label(right, scm?.id ?? '')[0]).toBeGreaterThan(label(right, trap?.id ?? '')[0]);
  });

  it('lies on the body, and names itself where it shows', () => {
    for (const view of views) {
      for (const region of view.regions) {
        const p = label(view, region.id);
        expect(onBody(view, p), `${view.id}: ${region.id}`).toBe(true);
        for (const v of region.points)
          expect(onBody(view, v, 1), `${view.id}: ${region.id} at ${v.join(',')}`).toBe(true);
        const [x, y] = norm(view, p);
        expect(muscleAt(view.id, x, y), `${view.id}: ${region.id}`).toEqual({
          muscle: region.muscle,
          side: region.side,
          regionId: region.id,
        });
      }
    }
  });

  it('keeps trunk muscles out from under the near arm in the side views', () => {
    const arm = armOutline();
    const view = getView('right-lateral');
    for (const region of view.regions.filter((r) => r.muscle !== 'Deltoid')) {
      for (const [x, y] of region.points) {
        const inside = pointInPolygon(x, y, arm) && distanceToEdges(x, y, arm) > 0.3;
        expect(inside, `${region.id} at ${x},${y}`).toBe(false);
      }
    }
  });

  it('lists every muscle name once, sorted, for the pick list', () => {
    const used = new Set(views.flatMap((v) => v.regions.map((r) => r.muscle)));
    expect(MUSCLE_NAMES).toEqual([...used].sort((a, b) => a.localeCompare(b)));
    for (const muscle of DOMAIN_MUSCLES) expect(MUSCLE_NAMES).toContain(muscle);
  });

  it('names no muscle off the artwork box or off the body', () => {
    for (const id of VIEW_IDS) {
      expect(muscleAt(id, -0.1, 0.5)).toBeUndefined();
      expect(muscleAt(id, 0.5, 1.2)).toBeUndefined();
      expect(muscleAt(id, 0.01, 0.01)).toBeUndefined();
      expect(isOnBody(id, 0.01, 0.01)).toBe(false);
      expect(isOnBody(id, Number.NaN, 0.5)).toBe(false);
    }
    expect(isOnBody('anterior', 0.5, 0.5)).toBe(true);
  });
});

describe('caution zones', () => {
  const count: Record<ViewId, number> = {
    anterior: 2,
    posterior: 0,
    'left-lateral': 1,
    'right-lateral': 1,
    'head-neck-posterior': 0,
    'head-neck-left': 1,
    'head-neck-right': 1,
  };

  it('marks the front of the neck where it shows, and never on the back', () => {
    for (const view of views) {
      expect(view.caution, view.id).toHaveLength(count[view.id]);
      for (const zone of view.caution) {
        expect(zone.label).toMatch(/front of the neck/i);
        const [x, y] = zone.points.reduce<Pt>(
          (a, p) => [a[0] + p[0] / zone.points.length, a[1] + p[1] / zone.points.length],
          [0, 0],
        );
        expect(inCautionZone(view.id, x / view.width, y / view.height), zone.id).toBe(true);
        expect(onBody(view, [x, y])).toBe(true);
        // No muscle is named inside the zone's middle: it lies between the SCM and the midline.
        expect(muscleAt(view.id, x / view.width, y / view.height)).toBeUndefined();
      }
    }
    expect(
      getView('anterior')
        .caution.map((c) => c.id)
        .sort(),
    ).toEqual(['anterior-triangle-left', 'anterior-triangle-right']);
    for (let y = 0; y <= 1; y += 0.01) {
      for (let x = 0; x <= 1; x += 0.02) {
        expect(inCautionZone('posterior', x, y)).toBe(false);
        expect(inCautionZone('head-neck-posterior', x, y)).toBe(false);
      }
    }
  });

  it('leaves the SCM, the jaw line and under the chin outside the zone', () => {
    for (const id of ['anterior', 'right-lateral', 'head-neck-right'] as const) {
      const view = getView(id);
      for (const r of view.regions.filter((x) => x.muscle.startsWith('Sternocleidomastoid'))) {
        const [x, y] = norm(view, label(view, r.id));
        expect(inCautionZone(id, x, y), `${id}: ${r.id}`).toBe(false);
      }
    }
    // Side view: just under the chin, and along the jaw's lower border (view units).
    const side = getView('right-lateral');
    for (const p of [
      [362, 291],
      [340, 284],
      [320, 275],
    ] as Pt[]) {
      const [x, y] = norm(side, p);
      expect(isOnBody('right-lateral', x, y)).toBe(true);
      expect(inCautionZone('right-lateral', x, y), p.join(',')).toBe(false);
    }
    // ...but the side of the throat below the angle of the jaw is in it.
    const [x, y] = norm(side, [330, 320]);
    expect(inCautionZone('right-lateral', x, y)).toBe(true);
  });
});

describe('mirrors', () => {
  const pairs: [ViewId, ViewId][] = [
    ['right-lateral', 'left-lateral'],
    ['head-neck-right', 'head-neck-left'],
  ];
  const swap = (s: Side): Side => (s === 'left' ? 'right' : s === 'right' ? 'left' : s);

  it('draws the left side as the mirror image of the right', () => {
    for (const [r, l] of pairs) {
      const right = getView(r);
      const left = getView(l);
      expect([left.width, left.height]).toEqual([right.width, right.height]);
      expect(left.regions).toHaveLength(right.regions.length);
      expect(left.caution).toHaveLength(right.caution.length);
      for (const region of right.regions) {
        const twin = left.regions.find((x) => x.muscle === region.muscle && x.side === swap(region.side));
        expect(twin, `${l}: ${region.muscle}`).toBeDefined();
        expect(twin?.points).toHaveLength(region.points.length);
        const [x, y] = norm(right, label(right, region.id));
        expect(muscleAt(l, 1 - x, y)).toMatchObject({ muscle: region.muscle, side: swap(region.side) });
      }
      expect(left.caution[0]?.id).toBe('anterior-triangle-left');
    }
  });

  it('is symmetric from the front and from behind', () => {
    for (const id of ['anterior', 'posterior', 'head-neck-posterior'] as const) {
      for (let y = 0.02; y < 1; y += 0.013) {
        for (let x = 0.02; x < 0.49; x += 0.017) {
          const a = muscleAt(id, x, y);
          const b = muscleAt(id, 1 - x, y);
          if (a && b) {
            expect(b.muscle).toBe(a.muscle);
            expect(b.side).toBe(swap(a.side));
          }
          expect(isOnBody(id, 1 - x, y)).toBe(isOnBody(id, x, y));
        }
      }
    }
  });
});

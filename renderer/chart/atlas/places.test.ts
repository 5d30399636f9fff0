import { describe, expect, it } from 'vitest';
import { getView, isOnBody } from '../artwork';
import { ATLAS, PAIN_PLACES, painPlace } from './index';
import { rankMuscles } from './rank';

/** The first `n` results of the symptom search for a named place, as "Muscle (side)". */
function firstFor(placeId: string, n: number): string[] {
  const place = painPlace(placeId);
  if (!place) throw new Error(`no place ${placeId}`);
  const view = getView(place.viewId);
  return rankMuscles({ kind: 'polygon', viewId: place.viewId, points: place.polygon }, ATLAS, {
    aspect: view.height / view.width,
  })
    .slice(0, n)
    .map((r) => `${r.muscle} (${r.side})`);
}

describe('pain places for the symptom search', () => {
  it('are areas on the body, each with a unique id and label', () => {
    expect(new Set(PAIN_PLACES.map((p) => p.id)).size).toBe(PAIN_PLACES.length);
    expect(new Set(PAIN_PLACES.map((p) => p.label)).size).toBe(PAIN_PLACES.length);
    for (const place of PAIN_PLACES) {
      expect(place.polygon.length, place.id).toBeGreaterThanOrEqual(8);
      for (const [x, y] of place.polygon) expect(isOnBody(place.viewId, x, y), `${place.id} at ${x}, ${y}`).toBe(true);
    }
  });

  it('have a left-side twin on the mirrored view for every sided place', () => {
    expect(painPlace('temple-left')).toMatchObject({
      label: 'Temple, left side',
      side: 'left',
      viewId: 'head-neck-left',
    });
    expect(painPlace('between-the-shoulder-blades')).toMatchObject({ side: null, viewId: 'posterior' });
  });

  it('a painful temple points first to the upper trapezius, the suboccipitals and the sternocleidomastoid', () => {
    const first = firstFor('temple-right', 3);
    expect(first).toContain('Upper trapezius (right)');
    expect(first).toContain('Suboccipitals (right)');
    expect(first.some((name) => name.startsWith('Sternocleidomastoid'))).toBe(true);
    expect(firstFor('temple-left', 3)).toContain('Upper trapezius (left)');
  });

  it('finds the muscles of the neck and the shoulder blade for pain between the shoulder blades, on both sides', () => {
    const first = firstFor('between-the-shoulder-blades', 20);
    for (const side of ['right', 'left']) {
      expect(first).toContain(`Rhomboids (${side})`);
      expect(first).toContain(`Scalenes (${side})`);
      expect(first).toContain(`Levator scapulae (${side})`);
    }
  });

  it('finds upper trapezius for the angle of the jaw and quadratus lumborum for the groin', () => {
    expect(firstFor('angle-of-the-jaw-right', 1)).toEqual(['Upper trapezius (right)']);
    expect(firstFor('groin-left', 1)).toEqual(['Quadratus lumborum (left)']);
  });
});

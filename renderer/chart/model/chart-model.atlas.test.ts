import { describe, expect, it } from 'vitest';
import { atlasOnView } from '../atlas';
import { makeModel, ok } from './test-fixtures';

describe('using a muscle from the referral atlas', () => {
  it('places an active trigger point with its muscle and linked zones, as one undo step', () => {
    const { model } = makeModel({});
    const onView = atlasOnView('levator-scapulae', 'right', 'posterior');
    const [point] = onView.points;
    if (!point) throw new Error('the atlas has no levator point on the back');
    const { mark, zones } = ok(
      model.placeFromAtlas({
        viewId: 'posterior',
        x: point.x,
        y: point.y,
        muscle: 'Levator scapulae',
        side: 'right',
        zones: onView.zones.map((z) => ({ viewId: z.viewId, polygon: z.polygon, pattern: z.pattern })),
      }),
    );
    expect(mark).toMatchObject({
      kind: 'trigger_point',
      activity: 'active',
      muscle: 'Levator scapulae',
      side: 'right',
    });
    expect(zones.length).toBeGreaterThan(0);
    expect(model.dependantsOf(mark.id).zones.map((z) => z.id)).toEqual(zones.map((z) => z.id));
    expect(model.selected()).toMatchObject({ type: 'mark', mark: { id: mark.id } });
    ok(model.undo());
    expect(model.visibleMarks()).toEqual([]);
    expect(model.visibleZones()).toEqual([]);
  });

  it('refuses a zone off the chart, placing nothing', () => {
    const { model } = makeModel({});
    const [at] = atlasOnView('levator-scapulae', 'right', 'posterior').points;
    if (!at) throw new Error('the atlas has no levator point on the back');
    const result = model.placeFromAtlas({
      viewId: 'posterior',
      x: at.x,
      y: at.y,
      muscle: 'Levator scapulae',
      side: 'right',
      zones: [
        {
          viewId: 'posterior',
          polygon: [
            [0.1, 0.1],
            [1.4, 0.1],
            [0.2, 0.3],
          ],
          pattern: 'essential',
        },
      ],
    });
    expect(result.ok).toBe(false);
    expect(model.visibleMarks()).toEqual([]);
  });
});

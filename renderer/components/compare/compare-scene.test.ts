import { describe, expect, it } from 'vitest';
import { busiestView, compareFigures, viewsWithPoints } from './compare-scene';
import { compareCharts } from './diff';
import { earlierMarks, id, laterMarks, mark } from './test-compare';

const visits = { earlier: 'Earlier visit, 3 Mar', later: 'Later visit, 17 Mar' };

describe('the compare pictures', () => {
  it('offers only the views with points at either visit, the busiest first chosen', () => {
    const c = compareCharts([...earlierMarks, mark(20, { viewId: 'head-neck-left', muscle: 'Scalenes' })], laterMarks);
    const views = viewsWithPoints(c);
    expect(views.map((v) => [v.viewId, v.count])).toEqual([
      ['posterior', 4],
      ['head-neck-left', 1],
    ]);
    expect(busiestView(views)).toBe('posterior');
    expect(busiestView([])).toBeNull();
  });

  it('side by side: the earlier picture has its resolved points faded, the later one its new points', () => {
    const [earlier, later] = compareFigures(compareCharts(earlierMarks, laterMarks), 'posterior', 'side', visits);
    expect(earlier?.scene.marks.map((m) => m.id)).toEqual([id(2), id(1)]);
    expect(earlier?.scene.ghosts?.map((m) => m.siteId)).toEqual([id(3)]);
    expect(earlier?.label).toBe('Back, Earlier visit, 3 Mar: 2 still present, 1 resolved');
    expect(later?.scene.marks.map((m) => m.id)).toEqual([id(12), id(11), id(13)]);
    expect(later?.scene.ghosts).toEqual([]);
    expect(later?.label).toBe('Back, Later visit, 17 Mar: 2 still present, 1 new');
  });

  it('overlaid: one picture, the later points over the earlier ones', () => {
    const figures = compareFigures(compareCharts(earlierMarks, laterMarks), 'posterior', 'overlay', visits);
    expect(figures).toHaveLength(1);
    expect(figures[0]?.scene.marks.map((m) => m.id)).toEqual([id(12), id(11), id(13)]);
    expect(figures[0]?.scene.ghosts?.map((m) => m.siteId)).toEqual([id(2), id(1), id(3)]);
    expect(figures[0]?.label).toBe('Back, both visits: 1 new, 2 still present, 1 resolved');
  });

  it('links a satellite to its primary only when the primary is on the same picture', () => {
    const primary = mark(1);
    const satellite = mark(2, { kind: 'satellite', activity: 'latent', parentMarkId: id(1) });
    const [, later] = compareFigures(compareCharts([], [primary, satellite]), 'posterior', 'side', visits);
    expect(later?.scene.primaryOf(satellite)?.id).toBe(id(1));
    const [alone] = compareFigures(compareCharts([satellite], []), 'posterior', 'side', visits);
    expect(alone?.scene.primaryOf(satellite)).toBeUndefined();
  });
});

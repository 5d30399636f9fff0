import { describe, expect, it } from 'vitest';
import { carriedPoint, id } from '../model/test-fixtures';
import { carriedNames, introText, lastVisitText, pointName } from './reassess-text';

describe('naming the points from the last visit', () => {
  it('by muscle and side', () => {
    expect(pointName(carriedPoint(1))).toBe('Upper trapezius, right');
    expect(pointName(carriedPoint(1, { muscle: null, side: null }))).toBe('No muscle named');
    expect(pointName(carriedPoint(1, { muscle: 'Splenius capitis', side: 'midline' }))).toBe(
      'Splenius capitis, midline',
    );
  });

  it('tells apart two points in one muscle by kind, then by number', () => {
    const names = carriedNames([
      carriedPoint(1),
      carriedPoint(2, { activity: 'latent' }),
      carriedPoint(3, { activity: 'latent' }),
      carriedPoint(4, { side: 'left' }),
    ]);
    expect([...names.values()]).toEqual([
      'Upper trapezius, right, active trigger point',
      'Upper trapezius, right, latent trigger point 1',
      'Upper trapezius, right, latent trigger point 2',
      'Upper trapezius, left',
    ]);
    expect(names.get(id(4))).toBe('Upper trapezius, left');
  });
});

describe("last visit's findings", () => {
  it('tenderness before and after, and the pressure pain threshold', () => {
    expect(lastVisitText(carriedPoint(1))).toBe('Last visit: tenderness 7/10 (3/10 after), PPT 2.4 kg/cm²');
    expect(lastVisitText({ tenderness: 5, tendernessAfter: null, pptKgCm2: null })).toBe(
      'Last visit: tenderness 5/10, PPT not recorded',
    );
    expect(lastVisitText({ tenderness: null, tendernessAfter: null, pptKgCm2: 3 })).toBe(
      'Last visit: tenderness not recorded, PPT 3 kg/cm²',
    );
  });
});

describe('the summary above the list', () => {
  it('counts the points still to re-assess', () => {
    expect(introText(3, 2, '4 Mar 2025')).toBe('2 of 3 points from the last visit (4 Mar 2025) not yet re-assessed.');
    expect(introText(3, 0, 'Yesterday')).toBe('All 3 points from the last visit (Yesterday) are re-assessed.');
    expect(introText(1, 0, 'Yesterday')).toBe('The point from the last visit (Yesterday) is re-assessed.');
  });
});

import { describe, expect, it } from 'vitest';
import { compareCharts } from './diff';
import { earlierMarks, id, laterMarks, mark } from './test-compare';

describe('comparing two visits’ charts', () => {
  it('follows points by site: still present, resolved and new', () => {
    const result = compareCharts(earlierMarks, laterMarks);
    expect(result.persisting.map((p) => [p.siteId, p.before.id, p.after.id])).toEqual([
      [id(2), id(2), id(12)],
      [id(1), id(1), id(11)],
    ]);
    expect(result.resolved.map((m) => m.id)).toEqual([id(3)]);
    expect(result.new.map((m) => m.id)).toEqual([id(13)]);
  });

  it('gives the change in tenderness, or null when either visit did not record it', () => {
    const result = compareCharts(earlierMarks, laterMarks);
    const bySite = new Map(result.persisting.map((p) => [p.siteId, p.tendernessChange]));
    expect(bySite.get(id(1))).toBe(-3);
    expect(bySite.get(id(2))).toBeNull();
    const notBefore = compareCharts([mark(1)], [mark(2, { siteId: id(1), tenderness: 3 })]);
    expect(notBefore.persisting[0]?.tendernessChange).toBeNull();
    const same = compareCharts([mark(1, { tenderness: 5 })], [mark(2, { siteId: id(1), tenderness: 5 })]);
    expect(same.persisting[0]?.tendernessChange).toBe(0);
  });

  it('leaves out note pins', () => {
    const result = compareCharts(earlierMarks, laterMarks);
    const all = [...result.resolved, ...result.new, ...result.persisting.flatMap((p) => [p.before, p.after])];
    expect(all.some((m) => m.kind === 'note_pin')).toBe(false);
  });

  it('leaves out deleted marks: a point deleted later has resolved, one deleted earlier is new', () => {
    const result = compareCharts(
      [mark(1), mark(2, { muscle: 'Splenius capitis', deleted: true })],
      [mark(11, { siteId: id(1), deleted: true }), mark(12, { siteId: id(2), muscle: 'Splenius capitis' })],
    );
    expect(result.persisting).toEqual([]);
    expect(result.resolved.map((m) => m.id)).toEqual([id(1)]);
    expect(result.new.map((m) => m.id)).toEqual([id(12)]);
  });

  it('orders each list by muscle, then side, unnamed muscles last', () => {
    const result = compareCharts(
      [],
      [
        mark(1, { muscle: null, side: null }),
        mark(2, { muscle: 'Upper trapezius', side: 'right' }),
        mark(3, { muscle: 'Upper trapezius', side: 'left' }),
        mark(4, { muscle: 'Levator scapulae', side: 'right' }),
      ],
    );
    expect(result.new.map((m) => m.id)).toEqual([id(4), id(3), id(2), id(1)]);
  });

  it('counts satellites and tender points as points', () => {
    const result = compareCharts(
      [mark(1, { kind: 'satellite', activity: 'latent' }), mark(2, { kind: 'tender_point', activity: null })],
      [],
    );
    expect(result.resolved).toHaveLength(2);
  });
});

import { describe, expect, it } from 'vitest';
import {
  UNRECORDED_FINDINGS,
  type CarriedPoint,
  type ChartMark,
  type ChartSnapshot,
  type ChartZone,
  type ViewId,
} from '../../../db/api/contract';
import { inCautionZone, muscleAt } from '../../chart/artwork';
import { carriedRows, chartNotes, pointRows, viewsWithMarks } from './note-chart';
import { FIGURE_MAX, noteChart } from './note-scene';

let n = 0;
const id = () => `0196${String(++n).padStart(4, '0')}-0000-7000-8000-000000000000`;

function mark(patch: Partial<ChartMark> = {}): ChartMark {
  const markId = patch.id ?? id();
  return {
    ...UNRECORDED_FINDINGS,
    id: markId,
    siteId: markId,
    kind: 'trigger_point',
    activity: 'active',
    viewId: 'posterior',
    artworkVersion: 1,
    x: 0.5,
    y: 0.2,
    muscle: 'Upper trapezius',
    side: 'right',
    parentMarkId: null,
    deleted: false,
    ...patch,
  };
}

function zone(markId: string, patch: Partial<ChartZone> = {}): ChartZone {
  return {
    id: id(),
    markId,
    viewId: 'posterior',
    artworkVersion: 1,
    shape: 'polygon',
    points: [
      [0.4, 0.1],
      [0.6, 0.1],
      [0.5, 0.2],
    ],
    pattern: 'essential',
    deleted: false,
    ...patch,
  };
}

/** A point inside a view's first caution zone (front of the neck), found on a grid. */
function inCaution(viewId: ViewId): { x: number; y: number } {
  for (let i = 0; i <= 200; i++) {
    for (let j = 0; j <= 200; j++) {
      if (inCautionZone(viewId, i / 200, j / 200)) return { x: i / 200, y: j / 200 };
    }
  }
  throw new Error(`${viewId} has no caution zone`);
}

describe('viewsWithMarks', () => {
  it('keeps the views that have marks or zones, in tab order', () => {
    const back = mark({ viewId: 'posterior' });
    const side = mark({ viewId: 'head-neck-left' });
    expect(viewsWithMarks([side, back], [zone(back.id, { viewId: 'anterior' })])).toEqual([
      'anterior',
      'posterior',
      'head-neck-left',
    ]);
    expect(viewsWithMarks([], [])).toEqual([]);
  });
});

describe('pointRows', () => {
  it('puts each finding of a point in its column, by view', () => {
    const rows = pointRows([
      mark({ viewId: 'head-neck-posterior', muscle: 'Splenius capitis', side: 'left' }),
      mark({
        tenderness: 7,
        tendernessAfter: 3,
        jumpSign: true,
        pptKgCm2: 2.456,
        pressure: 6,
        pressureKgCm2: 4,
        holdSeconds: 60,
        repetitions: 3,
        technique: 'ischemic_compression',
        release: 'partial',
        referredPainReproduced: true,
        referredPainWhere: 'temple',
      }),
      mark({ kind: 'note_pin', activity: null, note: 'Bruise' }),
    ]);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      view: 'Back',
      muscle: 'Upper trapezius',
      side: 'Right',
      kind: 'Active',
      tenderness: '7 → 3, jump sign',
      ppt: '2.46',
      pressure: '6/10, 4 kg/cm²',
      hold: '60 s × 3, ischemic compression',
      release: 'Partial',
      referred: 'Yes: temple',
    });
    expect(rows[1]).toMatchObject({
      muscle: 'Splenius capitis',
      side: 'Left',
      tenderness: '—',
      ppt: '—',
      pressure: '—',
      hold: '—',
      release: '—',
      referred: '—',
    });
  });
});

describe('chartNotes', () => {
  it('lists the notes written on marks and pins', () => {
    const notes = chartNotes([
      mark({ note: 'Worse after desk work' }),
      mark({ kind: 'note_pin', activity: null, muscle: null, side: null, viewId: 'anterior', note: 'Old scar' }),
      mark({ note: '' }),
    ]);
    expect(notes.map((x) => [x.place, x.note])).toEqual([
      ['Active, Upper trapezius (right)', 'Worse after desk work'],
      ['Note, On Front', 'Old scar'],
    ]);
  });
});

describe('carriedRows', () => {
  it("says what became of each of last visit's points", () => {
    const still = mark();
    const point = (siteId: string, resolvedAt: string | null): CarriedPoint => ({
      siteId,
      fromMarkId: id(),
      fromSessionId: id(),
      fromStartedAt: '2026-11-14T09:00:00Z',
      fromParentMarkId: null,
      kind: 'trigger_point',
      activity: 'active',
      viewId: 'posterior',
      artworkVersion: 1,
      x: 0.5,
      y: 0.2,
      muscle: 'Levator scapulae',
      side: 'left',
      tenderness: 6,
      tendernessAfter: 2,
      pptKgCm2: null,
      resolvedAt,
    });
    const rows = carriedRows(
      [point(still.siteId, null), point(id(), '2026-11-21T09:40:00Z'), point(id(), null)],
      [still],
    );
    expect(rows.map((r) => r.status)).toEqual(['Still present', 'Resolved', 'Not re-assessed']);
    expect(rows[0]?.place).toBe('Levator scapulae (left)');
  });
});

describe('noteChart', () => {
  it('makes one picture per view with live marks, with satellite links and caution warnings', () => {
    const trap = muscleAt('posterior', 0.5, 0.2) ? { x: 0.5, y: 0.2 } : { x: 0.45, y: 0.2 };
    const primary = mark({ ...trap });
    const satellite = mark({ kind: 'satellite', activity: 'latent', parentMarkId: primary.id, x: 0.55 });
    const gone = mark({ viewId: 'left-lateral', deleted: true });
    const neck = mark({ viewId: 'anterior', ...inCaution('anterior'), pressure: 7 });
    const snapshot: ChartSnapshot = {
      sessionId: id(),
      editable: false,
      marks: [primary, satellite, gone, neck].map((m) => ({ ...m, version: 1 })),
      zones: [{ ...zone(primary.id), version: 1 }],
      carried: [],
    };
    const chart = noteChart(snapshot);
    expect(chart.marks).toHaveLength(3);
    expect(chart.figures.map((f) => [f.viewId, f.label, f.markCount])).toEqual([
      ['anterior', 'Front', 1],
      ['posterior', 'Back', 2],
    ]);
    for (const f of chart.figures) {
      expect(f.width).toBeLessThanOrEqual(FIGURE_MAX.width);
      expect(f.height).toBeLessThanOrEqual(FIGURE_MAX.height);
    }
    const back = chart.figures[1]!.scene;
    expect(back.zones).toHaveLength(1);
    expect(back.primaryOf(back.marks[1]!)?.id).toBe(primary.id);
    const front = chart.figures[0]!.scene;
    expect(front.cautionFor(front.marks[0]!)).toBe('pressure');
    expect(chart.symbols).toEqual(['active', 'satellite', 'essential', 'caution']);
  });
});

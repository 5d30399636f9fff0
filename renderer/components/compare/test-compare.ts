/** Two visits' charts for the compare tests: readable ids, a mark with sensible defaults. */
import type { ChartMark } from '../../../db/api/contract';
import { id, savedMark } from '../../chart/model/test-fixtures';

export { id };

/** A saved-looking mark of the right upper trapezius, its own site (the chart model's fixture). */
export function mark(n: number, fields: Partial<ChartMark> = {}): ChartMark {
  return savedMark(n, fields);
}

/**
 * Earlier: right upper trapezius (7), left levator scapulae (6), a tender point on the right
 * infraspinatus, a note pin. Later: the trapezius point (4), the levator point (tenderness not
 * recorded), a new latent point on the left rhomboid; the infraspinatus point is gone.
 */
export const earlierMarks: ChartMark[] = [
  mark(1, { tenderness: 7 }),
  mark(2, { muscle: 'Levator scapulae', side: 'left', x: 0.4, tenderness: 6 }),
  mark(3, { kind: 'tender_point', activity: null, muscle: 'Infraspinatus', x: 0.65, y: 0.35 }),
  mark(4, { kind: 'note_pin', activity: null, muscle: null, side: null }),
];

export const laterMarks: ChartMark[] = [
  mark(11, { siteId: id(1), tenderness: 4, x: 0.62 }),
  mark(12, { siteId: id(2), muscle: 'Levator scapulae', side: 'left', x: 0.4 }),
  mark(13, { activity: 'latent', muscle: 'Rhomboid minor', side: 'left', x: 0.42, y: 0.3, tenderness: 5 }),
  mark(14, { kind: 'note_pin', activity: null, muscle: null, side: null }),
];

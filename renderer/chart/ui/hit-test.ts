/**
 * What is under the pointer, found from the model rather than from Konva's hit canvas: a mark
 * within a finger's reach of its symbol (the nearest one wins), else the top-most referral zone
 * containing the point. Plain TypeScript, tested in Node.
 */
import type { ChartMark, ChartZone } from '../../../db/api/contract';
import { pointInPolygon } from '../artwork/geometry';
import { toNormalised, toScreen, type ViewTransform } from '../model/transform';
import { MARK_RADIUS_PX, NOTE_PIN_LIFT } from './symbols';

/** How far from a symbol's edge a press still picks it, in screen pixels. */
export const HIT_SLOP_PX = 5;

/** The centre of a mark's symbol on screen: a note pin's head sits above the point it marks. */
export function symbolCentre(t: ViewTransform, mark: Pick<ChartMark, 'x' | 'y' | 'kind'>): { x: number; y: number } {
  const p = toScreen(t, mark.x, mark.y);
  return mark.kind === 'note_pin' ? { x: p.x, y: p.y - MARK_RADIUS_PX * NOTE_PIN_LIFT } : p;
}

/**
 * The mark whose symbol is nearest to screen point (sx, sy), if any is within reach. Also finds
 * the faded points from the last visit (the chart's marks are looked up first: they are on top).
 */
export function markAt<T extends Pick<ChartMark, 'x' | 'y' | 'kind'>>(
  marks: readonly T[],
  t: ViewTransform,
  sx: number,
  sy: number,
): T | undefined {
  const reach = MARK_RADIUS_PX + HIT_SLOP_PX;
  let best: T | undefined;
  let bestDistance = Infinity;
  // Later marks are drawn on top: on a tie the later one wins.
  for (const mark of marks) {
    const c = symbolCentre(t, mark);
    const d = Math.hypot(c.x - sx, c.y - sy);
    if (d <= reach && d <= bestDistance) {
      best = mark;
      bestDistance = d;
    }
  }
  return best;
}

/** The top-most (last drawn) referral zone containing screen point (sx, sy). */
export function zoneAt(zones: readonly ChartZone[], t: ViewTransform, sx: number, sy: number): ChartZone | undefined {
  const p = toNormalised(t, sx, sy);
  for (let i = zones.length - 1; i >= 0; i--) {
    const zone = zones[i] as ChartZone;
    if (pointInPolygon(p.x, p.y, zone.points)) return zone;
  }
  return undefined;
}

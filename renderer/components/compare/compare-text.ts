/** The words of the compare page's lists: each point's muscle, side, kind and tenderness. Pure. */
import type { ChartMark } from '../../../db/api/contract';
import { getView } from '../../chart/artwork';
import { kindLabel } from '../../chart/ui/symbols';

const SIDE = { left: 'Left', right: 'Right', midline: 'Midline' } as const;

export const muscleText = (mark: ChartMark) => mark.muscle ?? 'Muscle not named';
export const sideText = (mark: ChartMark) => (mark.side ? SIDE[mark.side] : '—');
export const viewText = (mark: ChartMark) => getView(mark.viewId).label;

/** "Active trigger point", or "Active trigger point → Latent trigger point" when it changed. */
export function kindText(before: ChartMark, after: ChartMark = before): string {
  const from = kindLabel(before);
  const to = kindLabel(after);
  return from === to ? to : `${from} → ${to}`;
}

const score = (v: number | null) => (v === null ? 'not recorded' : String(v));

/** "7 → 4 (down 3)", "4 → 6 (up 2)", "5 → 5 (no change)", "not recorded → 4". */
export function tendernessText(before: number | null, after: number | null): string {
  const both = `${score(before)} → ${score(after)}`;
  if (before === null || after === null) return both;
  const change = after - before;
  if (change === 0) return `${both} (no change)`;
  return `${both} (${change < 0 ? 'down' : 'up'} ${Math.abs(change)})`;
}

/** A point's accessible name on a picture: "Upper trapezius, right". */
export function pointName(mark: ChartMark): string {
  return mark.side ? `${muscleText(mark)}, ${SIDE[mark.side].toLowerCase()}` : muscleText(mark);
}

/**
 * What changed between two visits' charts: each point is followed across visits by its site
 * (`siteId`). A site on both charts is still present (with the change in tenderness), one only on
 * the earlier chart has resolved, one only on the later chart is new. Only trigger points,
 * satellites and tender points count; note pins and deleted marks are left out. Pure functions
 * (tested in Node).
 */
import type { ChartMark } from '../../../db/api/contract';

const POINT_KINDS: ReadonlySet<ChartMark['kind']> = new Set(['trigger_point', 'satellite', 'tender_point']);
const SIDE_ORDER: Record<string, number> = { left: 0, right: 1, midline: 2 };

export interface PersistingPoint {
  siteId: string;
  before: ChartMark;
  after: ChartMark;
  /** Later tenderness minus earlier (negative: less tender); null when either was not recorded. */
  tendernessChange: number | null;
}

export interface ChartComparison {
  persisting: PersistingPoint[];
  /** On the earlier chart only. */
  resolved: ChartMark[];
  /** On the later chart only. */
  new: ChartMark[];
}

/** The live points of a chart (no note pins, nothing deleted). */
export function livePoints(marks: readonly ChartMark[]): ChartMark[] {
  return marks.filter((m) => !m.deleted && POINT_KINDS.has(m.kind));
}

/** By muscle (unnamed last), then side (left, right, midline, unrecorded). */
export function byMuscleThenSide(a: ChartMark, b: ChartMark): number {
  if (a.muscle !== b.muscle) {
    if (a.muscle === null) return 1;
    if (b.muscle === null) return -1;
    const order = a.muscle.localeCompare(b.muscle, undefined, { sensitivity: 'base' });
    if (order !== 0) return order;
  }
  return (SIDE_ORDER[a.side ?? ''] ?? 3) - (SIDE_ORDER[b.side ?? ''] ?? 3);
}

export function compareCharts(earlier: readonly ChartMark[], later: readonly ChartMark[]): ChartComparison {
  const waiting = new Map<string, ChartMark>();
  for (const mark of livePoints(earlier)) if (!waiting.has(mark.siteId)) waiting.set(mark.siteId, mark);
  const persisting: PersistingPoint[] = [];
  const fresh: ChartMark[] = [];
  for (const after of livePoints(later)) {
    const before = waiting.get(after.siteId);
    if (!before) {
      fresh.push(after);
      continue;
    }
    waiting.delete(after.siteId);
    const tendernessChange =
      before.tenderness !== null && after.tenderness !== null ? after.tenderness - before.tenderness : null;
    persisting.push({ siteId: after.siteId, before, after, tendernessChange });
  }
  // Every earlier point on a site the later chart does not have (a site that carried on is not resolved).
  const matched = new Set(persisting.map((p) => p.siteId));
  const resolved = livePoints(earlier).filter((m) => !matched.has(m.siteId));
  return {
    persisting: persisting.sort((a, b) => byMuscleThenSide(a.after, b.after)),
    resolved: resolved.sort(byMuscleThenSide),
    new: fresh.sort(byMuscleThenSide),
  };
}

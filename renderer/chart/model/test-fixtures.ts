/** Test helpers for the chart model: a tiny fake artwork, ids, clocks and snapshot records. */
import {
  UNRECORDED_FINDINGS,
  type CarriedPoint,
  type ChartMark,
  type ChartSnapshot,
  type ChartZone,
  type Versioned,
  type ViewId,
} from '../../../db/api/chart-schema';
import type { ChartArtwork } from './artwork-port';
import { ChartModel } from './chart-model';
import type { CommandResult } from './types';

export const SESSION_ID = '00000000-0000-7000-8000-00000000aaaa';

/** Readable valid UUIDs: id(1) = ...000000000001. */
export const id = (n: number) => `00000000-0000-7000-8000-${String(n).padStart(12, '0')}`;

const inside = (v: number, from: number, to: number) => v >= from && v <= to;

/**
 * The body is the box 0.2..0.8 across, 0.05..0.95 down. Upper trapezius: right at x 0.5..0.8,
 * left at 0.2..0.5, y 0.1..0.3. The caution zone (front of the neck) is x 0.45..0.55, y 0.05..0.1
 * on the anterior view. The anterior artwork is version 2, the others version 1.
 */
export const fakeArtwork: ChartArtwork = {
  version: (viewId: ViewId) => (viewId === 'anterior' ? 2 : 1),
  isOnBody: (_viewId, x, y) => inside(x, 0.2, 0.8) && inside(y, 0.05, 0.95),
  muscleAt: (_viewId, x, y) => {
    if (!inside(y, 0.1, 0.3) || !inside(x, 0.2, 0.8)) return undefined;
    return { muscle: 'Upper trapezius', side: x >= 0.5 ? 'right' : 'left' };
  },
  inCautionZone: (viewId, x, y) => viewId === 'anterior' && inside(x, 0.45, 0.55) && inside(y, 0.05, 0.1),
};

/** A clock the test moves by hand. */
export function manualClock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}

export function savedMark(n: number, fields: Partial<ChartMark> = {}, version = 3): Versioned<ChartMark> {
  return {
    id: id(n),
    siteId: id(n),
    kind: 'trigger_point',
    activity: 'active',
    viewId: 'posterior',
    artworkVersion: 1,
    x: 0.6,
    y: 0.2,
    muscle: 'Upper trapezius',
    side: 'right',
    parentMarkId: null,
    ...UNRECORDED_FINDINGS,
    deleted: false,
    ...fields,
    version,
  };
}

export function savedZone(
  n: number,
  markId: string,
  fields: Partial<ChartZone> = {},
  version = 2,
): Versioned<ChartZone> {
  return {
    id: id(n),
    markId,
    viewId: 'head-neck-right',
    artworkVersion: 1,
    shape: 'polygon',
    points: [
      [0.3, 0.3],
      [0.4, 0.3],
      [0.35, 0.4],
    ],
    pattern: 'essential',
    deleted: false,
    ...fields,
    version,
  };
}

/** The previous session of the carried points. */
export const PREVIOUS_SESSION_ID = '00000000-0000-7000-8000-00000000bbbb';

/**
 * A point carried from the previous visit: site id(n), last charted as mark id(n + 500) on the
 * right upper trapezius of the back, waiting to be re-assessed. `fromParentMarkId` is the
 * previous mark's primary, for satellites.
 */
export function carriedPoint(n: number, fields: Partial<CarriedPoint> = {}): CarriedPoint {
  return {
    siteId: id(n),
    fromMarkId: id(n + 500),
    fromSessionId: PREVIOUS_SESSION_ID,
    fromStartedAt: '2025-03-04T15:00:00.000Z',
    kind: 'trigger_point',
    activity: 'active',
    viewId: 'posterior',
    artworkVersion: 1,
    x: 0.6,
    y: 0.2,
    muscle: 'Upper trapezius',
    side: 'right',
    tenderness: 7,
    tendernessAfter: 3,
    pptKgCm2: 2.4,
    resolvedAt: null,
    fromParentMarkId: null,
    ...fields,
  };
}

/** A chart model over the fake artwork; new ids count up from id(100). */
export function makeModel(snapshot: Partial<ChartSnapshot> = {}) {
  const clock = manualClock();
  let next = 100;
  const model = new ChartModel(
    { sessionId: SESSION_ID, editable: true, marks: [], zones: [], carried: [], ...snapshot },
    { artwork: fakeArtwork, newId: () => id(next++), now: clock.now },
  );
  return { model, clock };
}

/** The result of a command that must succeed (the test fails with the therapist's message if not). */
export function ok<T extends object>(result: CommandResult<T>): { ok: true } & T {
  if (!result.ok) throw new Error(`Refused: ${result.message}`);
  return result;
}

/**
 * What the chart model needs to know about the body artwork. The artwork module implements it;
 * tests pass a tiny fake. Every x, y is normalised (0..1 of the view's artwork box).
 */
import type { Side, ViewId } from '../../../db/api/chart-schema';

export interface MuscleHit {
  muscle: string;
  side: Side;
}

export interface ChartArtwork {
  /** The version of the view's drawing; stored on every mark and zone placed on it. */
  version(viewId: ViewId): number;
  /** True inside the body outline: marks may only be placed there. */
  isOnBody(viewId: ViewId, x: number, y: number): boolean;
  /** The named muscle region under the point, if the artwork has one there. */
  muscleAt(viewId: ViewId, x: number, y: number): MuscleHit | undefined;
  /** True in a zone where firm pressure is unsafe (the anterior triangle of the neck). */
  inCautionZone(viewId: ViewId, x: number, y: number): boolean;
}

/**
 * The referral atlas: typical trigger points and referral zones per muscle, drawn by the project
 * on its own chart artwork (placed by anatomy, not traced from any book). Coordinates are
 * normalised to the view's artwork box (x, y in 0..1), like chart marks.
 */
import type { PerpetuatingFactorId } from '../../../db/api/clinical';
import type { Side, ViewId } from '../../../db/api/chart-schema';

export type { Side, ViewId };

/** Bump when points or zones move, so saved references can tell which drawing they used. */
export const ATLAS_VERSION = 2;

export type ZonePattern = 'essential' | 'spillover';

export type AtlasXY = readonly [number, number];

/** A typical trigger-point location on one view. */
export interface AtlasPoint {
  readonly id: string;
  readonly side: Side;
  readonly viewId: ViewId;
  readonly x: number;
  readonly y: number;
  /** Short place name, e.g. 'upper free border'. */
  readonly label: string;
}

/** A referral zone on one view: essential = felt nearly always, spillover = sometimes. */
export interface AtlasZone {
  readonly id: string;
  readonly side: Side;
  readonly viewId: ViewId;
  readonly pattern: ZonePattern;
  readonly polygon: readonly AtlasXY[];
  /** Short place name, e.g. 'temple'. */
  readonly label: string;
}

export interface AtlasMuscle {
  /** Stable id, e.g. 'upper-trapezius'. One entry covers both sides. */
  readonly id: string;
  /** Display name exactly as the artwork's regions name it (MUSCLE_NAMES). */
  readonly muscle: string;
  /** Two or three sentences in our own words, for the therapist. */
  readonly description: string;
  readonly perpetuatingFactors: readonly PerpetuatingFactorId[];
  readonly points: readonly AtlasPoint[];
  readonly zones: readonly AtlasZone[];
}

/** Views the data is authored on: the body's right side (left-side views are mirrored from these). */
export type AuthorView = 'anterior' | 'posterior' | 'right-lateral' | 'head-neck-posterior' | 'head-neck-right';

/** One muscle as written in muscles/*.ts: the body's RIGHT side only. */
export interface AuthoredMuscle {
  readonly id: string;
  readonly muscle: string;
  readonly description: string;
  readonly perpetuatingFactors: readonly PerpetuatingFactorId[];
  readonly points: readonly { readonly viewId: AuthorView; readonly at: AtlasXY; readonly label: string }[];
  readonly zones: readonly {
    readonly viewId: AuthorView;
    readonly pattern: ZonePattern;
    readonly polygon: readonly AtlasXY[];
    readonly label: string;
  }[];
}

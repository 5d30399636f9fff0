/**
 * The body-chart artwork as plain data: one `ArtworkView` per chart view, in view units
 * (millimetres of a reference adult about 1750 mm tall, y pointing down). Every polygon is
 * stored already smoothed (dense points), so drawing and hit-testing use the very same shape.
 * No React or Konva here: the data and its geometry are testable in Node.
 */
import type { Side, ViewId } from '../../../db/api/chart-schema';

export type { Side, ViewId };

export type Pt = readonly [number, number];

/** A named muscle region. `muscle` is the display name, e.g. 'Upper trapezius'. */
export interface ArtworkRegion {
  id: string;
  muscle: string;
  side: Side;
  points: Pt[];
}

export interface ArtworkCaution {
  id: string;
  label: string;
  points: Pt[];
}

export interface ArtworkLine {
  points: Pt[];
  closed: boolean;
}

export interface ArtworkView {
  id: ViewId;
  version: number;
  /** Shown on the view's tab, e.g. 'Back', 'Head & neck, left side'. */
  label: string;
  /** The artwork box in view units (mm); the x, y of marks are normalised by these. */
  width: number;
  height: number;
  /**
   * Silhouette polygons (skin), drawn in order, each filled and outlined (a later one, e.g. the
   * near arm in a side view, is drawn over an earlier one). Detail views keep the body's full
   * outline, which runs past the box: draw them clipped to the box.
   */
  body: Pt[][];
  /**
   * Named muscle regions, largest first. They may overlap (a deep muscle drawn over the sheet
   * above it); a hit test picks the smallest region containing the point, which is the one
   * drawn on top when the regions are drawn in this order.
   */
  regions: ArtworkRegion[];
  /** Zones where firm pressure is unsafe (the anterior triangle of the neck). */
  caution: ArtworkCaution[];
  /** Decorative anatomy lines (spine, clavicles, scapulae, base of the skull, jaw, ear, iliac crest). */
  lines: ArtworkLine[];
}

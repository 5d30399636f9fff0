/**
 * Paints printed pictures (the session note, the home-care handout) with the chart's own
 * painters: a whole view with its zones, links and marks (as the chart prints it), and the
 * legend's small symbols. Four device pixels per CSS pixel: a picture about 2 to 3.5 inches wide
 * prints at well over 300 dots per inch.
 */
import { UNRECORDED_FINDINGS, type ChartMark, type ChartZone, type ViewId } from '../../../db/api/contract';
import { getView } from '../../chart/artwork';
import { hatchTile, paintArtwork } from '../../chart/artwork/paint';
import { fit, type ViewTransform } from '../../chart/model/transform';
import { paintChart, paintLink, paintMark, paintZone, type ChartScene } from '../../chart/ui/paint';
import { SYMBOLS, type SymbolId } from '../../chart/ui/symbols';

export const PRINT_DENSITY = 4;
/** CSS pixels of white around the body in a picture. */
const FIGURE_MARGIN = 6;

export interface PrintedFigure {
  viewId: ViewId;
  /** CSS pixels, the view's proportions. */
  width: number;
  height: number;
  scene: ChartScene;
}

/** Sizes the canvas's bitmap (clearing it) and returns its context scaled to CSS pixels. */
function prepare(canvas: HTMLCanvasElement, width: number, height: number): CanvasRenderingContext2D | null {
  canvas.width = Math.round(width * PRINT_DENSITY);
  canvas.height = Math.round(height * PRINT_DENSITY);
  const ctx = canvas.getContext('2d');
  ctx?.setTransform(PRINT_DENSITY, 0, 0, PRINT_DENSITY, 0, 0);
  return ctx;
}

/** Drawn over a figure, in CSS pixels, with the transform the view was painted with. */
export type FigureOverlay = (ctx: CanvasRenderingContext2D, t: ViewTransform) => void;

/** The whole view, crisp, with its marks and zones on white (and `overlay` on top). */
export function paintFigure(canvas: HTMLCanvasElement, figure: PrintedFigure, overlay?: FigureOverlay): void {
  const { width, height } = figure;
  const ctx = prepare(canvas, width, height);
  if (!ctx) return;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  const view = getView(figure.viewId);
  const whole = fit(view.width, view.height, width, height, FIGURE_MARGIN);
  paintArtwork(ctx, view, whole);
  paintChart(ctx, whole, { ...figure.scene, selectedId: null });
  overlay?.(ctx, whole);
}

export const SWATCH_PX = 26;

/** Normalised 0..1 of the swatch to its pixels. */
const swatchTransform: ViewTransform = {
  scale: SWATCH_PX,
  offsetX: 0,
  offsetY: 0,
  viewWidth: 1,
  viewHeight: 1,
  fitScale: SWATCH_PX,
};

function legendMark(kind: ChartMark['kind'], activity: ChartMark['activity'], x: number, y: number): ChartMark {
  return {
    ...UNRECORDED_FINDINGS,
    id: `legend-${kind}`,
    siteId: `legend-${kind}`,
    kind,
    activity,
    viewId: 'anterior',
    artworkVersion: 1,
    x,
    y,
    muscle: null,
    side: null,
    parentMarkId: null,
    deleted: false,
  };
}

function legendZone(pattern: ChartZone['pattern']): ChartZone {
  return {
    id: `legend-${pattern}`,
    markId: 'legend',
    viewId: 'anterior',
    artworkVersion: 1,
    shape: 'polygon',
    points: [
      [0.08, 0.2],
      [0.92, 0.2],
      [0.92, 0.8],
      [0.08, 0.8],
    ],
    pattern,
    deleted: false,
  };
}

/** A legend symbol, drawn by the same painters as the chart. */
export function paintSwatch(canvas: HTMLCanvasElement, id: SymbolId): void {
  const ctx = prepare(canvas, SWATCH_PX, SWATCH_PX);
  if (!ctx) return;
  const t = swatchTransform;
  switch (id) {
    case 'active':
    case 'latent':
      return paintMark(ctx, t, legendMark('trigger_point', id, 0.5, 0.5), false, null, PRINT_DENSITY);
    case 'tender':
      return paintMark(ctx, t, legendMark('tender_point', null, 0.5, 0.55), false, null, PRINT_DENSITY);
    case 'note':
      return paintMark(ctx, t, legendMark('note_pin', null, 0.5, 0.92), false, null, PRINT_DENSITY);
    case 'satellite': {
      const satellite = legendMark('satellite', 'latent', 0.62, 0.4);
      paintLink(ctx, t, satellite, legendMark('trigger_point', 'active', 0, 1));
      return paintMark(ctx, t, satellite, false, null, PRINT_DENSITY);
    }
    case 'essential':
    case 'spillover':
      return paintZone(ctx, t, legendZone(id), false);
    case 'caution': {
      const { fill, stroke } = SYMBOLS.caution;
      const tile = hatchTile(stroke, 1.1, fill);
      ctx.fillStyle = (tile && ctx.createPattern(tile, 'repeat')) ?? fill;
      ctx.fillRect(2, 5, SWATCH_PX - 4, SWATCH_PX - 10);
      ctx.setLineDash([4, 3]);
      ctx.strokeStyle = stroke;
      ctx.lineWidth = 1;
      ctx.strokeRect(2, 5, SWATCH_PX - 4, SWATCH_PX - 10);
    }
  }
}

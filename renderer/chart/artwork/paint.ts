/**
 * Paints one view's artwork onto a 2D canvas context, in view units (mm) under the view
 * transform: skin, muscle regions (largest first, so the one a hit test picks is the one on top),
 * caution zones with amber hatching, and fine anatomy lines. Strokes keep their pixel width at
 * any zoom. Each view's outlines become Path2D objects once, so a redraw (every zoom step) only
 * rasterises.
 */
import type { ViewTransform } from '../model/transform';
import {
  CAUTION_COLOR,
  CAUTION_FILL,
  HOVER_FILL,
  HOVER_STROKE,
  LINE_COLOR,
  muscleFill,
  REGION_STROKE,
  SKIN_FILL,
  SKIN_STROKE,
} from './palette';
import type { ArtworkView, Pt } from './types';

interface ViewPaths {
  body: Path2D[];
  regions: { id: string; fill: string; path: Path2D }[];
  caution: Path2D[];
  lines: Path2D[];
}

const cache = new WeakMap<ArtworkView, ViewPaths>();

function path(points: readonly Pt[], closed: boolean): Path2D {
  const p = new Path2D();
  points.forEach(([x, y], i) => (i === 0 ? p.moveTo(x, y) : p.lineTo(x, y)));
  if (closed) p.closePath();
  return p;
}

function pathsOf(view: ArtworkView): ViewPaths {
  let paths = cache.get(view);
  if (!paths) {
    paths = {
      body: view.body.map((points) => path(points, true)),
      regions: view.regions.map((r) => ({ id: r.id, fill: muscleFill(r.muscle), path: path(r.points, true) })),
      caution: view.caution.map((c) => path(c.points, true)),
      lines: view.lines.map((l) => path(l.points, l.closed)),
    };
    cache.set(view, paths);
  }
  return paths;
}

const HATCH_SIZE = 8;
const hatches = new Map<string, HTMLCanvasElement | null>();

/**
 * A small tile of diagonal hatching (on `background`, if given), made once per style; null
 * where there is no DOM. Used for the caution zone here and for spillover referral zones.
 */
export function hatchTile(stroke: string, lineWidth: number, background?: string): HTMLCanvasElement | null {
  const key = `${stroke}|${lineWidth}|${background ?? ''}`;
  if (hatches.has(key)) return hatches.get(key) ?? null;
  let tile: HTMLCanvasElement | null = null;
  const ctx = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (ctx) {
    tile = ctx.canvas;
    tile.width = HATCH_SIZE;
    tile.height = HATCH_SIZE;
    if (background) {
      ctx.fillStyle = background;
      ctx.fillRect(0, 0, HATCH_SIZE, HATCH_SIZE);
    }
    ctx.strokeStyle = stroke;
    ctx.lineWidth = lineWidth;
    ctx.beginPath();
    // One diagonal across the tile plus its two wrapped ends, so the tiles join seamlessly.
    ctx.moveTo(0, HATCH_SIZE);
    ctx.lineTo(HATCH_SIZE, 0);
    ctx.moveTo(-2, 2);
    ctx.lineTo(2, -2);
    ctx.moveTo(HATCH_SIZE - 2, HATCH_SIZE + 2);
    ctx.lineTo(HATCH_SIZE + 2, HATCH_SIZE - 2);
    ctx.stroke();
  }
  hatches.set(key, tile);
  return tile;
}

/** Paints `view` under transform `t`; `hoverRegionId` is highlighted (the muscle under the pointer). */
export function paintArtwork(
  ctx: CanvasRenderingContext2D,
  view: ArtworkView,
  t: ViewTransform,
  hoverRegionId?: string | null,
): void {
  const paths = pathsOf(view);
  const px = 1 / t.scale; // one screen pixel in view units
  ctx.save();
  ctx.translate(t.offsetX, t.offsetY);
  ctx.scale(t.scale, t.scale);
  // Detail views keep the body's full outline, which runs past the box.
  ctx.beginPath();
  ctx.rect(0, 0, view.width, view.height);
  ctx.clip();
  ctx.lineJoin = 'round';
  ctx.lineCap = 'round';

  ctx.fillStyle = SKIN_FILL;
  ctx.strokeStyle = SKIN_STROKE;
  ctx.lineWidth = 1.2 * px;
  for (const body of paths.body) {
    ctx.fill(body);
    ctx.stroke(body);
  }

  for (const region of paths.regions) {
    // The hovered muscle is drawn in its place, so smaller muscles over it still cover it.
    const hover = region.id === hoverRegionId;
    ctx.fillStyle = hover ? HOVER_FILL : region.fill;
    ctx.strokeStyle = hover ? HOVER_STROKE : REGION_STROKE;
    ctx.lineWidth = (hover ? 1.8 : 0.8) * px;
    ctx.fill(region.path);
    ctx.stroke(region.path);
  }

  const tile = hatchTile('rgba(176, 125, 0, 0.7)', 1.1, CAUTION_FILL);
  const pattern = tile ? ctx.createPattern(tile, 'repeat') : null;
  // The hatching keeps its pixel size at any zoom.
  pattern?.setTransform(new DOMMatrix([px, 0, 0, px, 0, 0]));
  ctx.fillStyle = pattern ?? CAUTION_FILL;
  ctx.strokeStyle = CAUTION_COLOR;
  ctx.lineWidth = px;
  ctx.setLineDash([4 * px, 3 * px]);
  for (const caution of paths.caution) {
    ctx.fill(caution);
    ctx.stroke(caution);
  }
  ctx.setLineDash([]);

  ctx.strokeStyle = LINE_COLOR;
  ctx.lineWidth = 0.9 * px;
  ctx.globalAlpha = 0.75;
  for (const line of paths.lines) ctx.stroke(line);
  ctx.restore();
}

/**
 * Highlights the muscle region `regionId` (the one under the pointer) over artwork already
 * painted: the artwork is painted again with that region in the hover colours, clipped to the
 * region, so smaller muscles drawn over it still cover it and only a small area is rasterised.
 */
export function paintHover(ctx: CanvasRenderingContext2D, view: ArtworkView, t: ViewTransform, regionId: string): void {
  const region = pathsOf(view).regions.find((r) => r.id === regionId);
  if (!region) return;
  ctx.save();
  const base = ctx.getTransform();
  ctx.translate(t.offsetX, t.offsetY);
  ctx.scale(t.scale, t.scale);
  ctx.clip(region.path);
  ctx.setTransform(base); // the clip stays
  paintArtwork(ctx, view, t, regionId);
  ctx.restore();
}

/** The longest side of the whole-view bitmap, in pixels. */
const BITMAP_MAX_PX = 2048;

/**
 * The artwork as bitmaps, so the chart can repaint its marks without rasterising every outline
 * again: `drawAtRest` keeps the artwork exactly as on screen (redrawn only when the view, zoom,
 * hover or size changes); `drawMoving` shows the whole view, painted once when the page was
 * idle, scaled while a zoom or pan gesture is under way (the canvas paints the crisp artwork
 * again as soon as the gesture pauses). The hover highlight is painted over either.
 */
export class ArtworkBitmap {
  private whole: { view: ArtworkView; canvas: HTMLCanvasElement } | null = null;
  private screen: { key: string; canvas: HTMLCanvasElement } | null = null;

  /** Paints `view` into the whole-view bitmap (do it when the page is idle: it takes a moment). */
  prepare(view: ArtworkView): void {
    if (this.whole?.view === view || typeof document === 'undefined') return;
    const scale = BITMAP_MAX_PX / Math.max(view.width, view.height);
    const canvas = this.whole?.canvas ?? document.createElement('canvas');
    canvas.width = Math.ceil(view.width * scale);
    canvas.height = Math.ceil(view.height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    paintArtwork(ctx, view, {
      scale,
      offsetX: 0,
      offsetY: 0,
      viewWidth: view.width,
      viewHeight: view.height,
      fitScale: scale,
    });
    this.whole = { view, canvas };
  }

  /** Draws the whole-view bitmap of `view` under `t`; false when it is not ready. */
  drawMoving(ctx: CanvasRenderingContext2D, view: ArtworkView, t: ViewTransform): boolean {
    if (this.whole?.view !== view) return false;
    ctx.drawImage(this.whole.canvas, t.offsetX, t.offsetY, view.width * t.scale, view.height * t.scale);
    return true;
  }

  /**
   * Draws the artwork as it is on screen, from the cached bitmap when the view, zoom and size are
   * unchanged, with the hovered muscle highlighted over it.
   */
  drawAtRest(
    ctx: CanvasRenderingContext2D,
    view: ArtworkView,
    t: ViewTransform,
    hoverRegionId: string | null,
    size: { width: number; height: number; density: number },
  ): void {
    const key = [view.id, view.version, t.scale, t.offsetX, t.offsetY, size.width, size.height, size.density].join();
    if (this.screen?.key !== key && typeof document !== 'undefined') {
      const canvas = this.screen?.canvas ?? document.createElement('canvas');
      canvas.width = Math.ceil(size.width * size.density);
      canvas.height = Math.ceil(size.height * size.density);
      const g = canvas.getContext('2d');
      if (!g) return paintArtwork(ctx, view, t, hoverRegionId);
      g.setTransform(size.density, 0, 0, size.density, 0, 0);
      g.clearRect(0, 0, size.width, size.height);
      paintArtwork(g, view, t);
      this.screen = { key, canvas };
    }
    if (this.screen) ctx.drawImage(this.screen.canvas, 0, 0, size.width, size.height);
    if (hoverRegionId) paintHover(ctx, view, t, hoverRegionId);
  }
}

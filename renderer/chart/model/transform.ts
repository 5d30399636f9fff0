/**
 * Where a view's artwork sits on the canvas. The artwork box is `viewWidth` x `viewHeight` view
 * units (the drawing's own coordinates); a normalised point (x, y in 0..1 of that box) is drawn
 * at screen pixel `offset + x * viewSize * scale`. Every function returns a new transform.
 */

export interface ViewTransform {
  /** Screen pixels per view unit. */
  scale: number;
  /** Screen position of the artwork box's top-left corner. */
  offsetX: number;
  offsetY: number;
  /** The artwork box in view units. */
  viewWidth: number;
  viewHeight: number;
  /** The scale at which the whole view fits the canvas; zoom limits are relative to it. */
  fitScale: number;
}

export interface Point {
  x: number;
  y: number;
}

/** Zoom limits, as multiples of the fitted scale. */
export const MIN_ZOOM = 0.5;
export const MAX_ZOOM = 8;

/** The whole view centred on the canvas with `margin` pixels around it. */
export function fit(viewW: number, viewH: number, canvasW: number, canvasH: number, margin = 16): ViewTransform {
  const room = (size: number) => Math.max(size - 2 * margin, 1);
  const scale = Math.min(room(canvasW) / viewW, room(canvasH) / viewH);
  return {
    scale,
    offsetX: (canvasW - viewW * scale) / 2,
    offsetY: (canvasH - viewH * scale) / 2,
    viewWidth: viewW,
    viewHeight: viewH,
    fitScale: scale,
  };
}

/** Screen pixels of a normalised point. */
export function toScreen(t: ViewTransform, x: number, y: number): Point {
  return { x: t.offsetX + x * t.viewWidth * t.scale, y: t.offsetY + y * t.viewHeight * t.scale };
}

/** The normalised point under a screen pixel (outside 0..1 when the pixel is off the artwork box). */
export function toNormalised(t: ViewTransform, px: number, py: number): Point {
  return { x: (px - t.offsetX) / (t.viewWidth * t.scale), y: (py - t.offsetY) / (t.viewHeight * t.scale) };
}

/** View units (the artwork's own coordinates) of a normalised point. */
export function toViewUnits(t: ViewTransform, x: number, y: number): Point {
  return { x: x * t.viewWidth, y: y * t.viewHeight };
}

/** The normalised point of a position in view units. */
export function fromViewUnits(t: ViewTransform, vx: number, vy: number): Point {
  return { x: vx / t.viewWidth, y: vy / t.viewHeight };
}

/** A screen distance (e.g. a mark's hit radius) in normalised units of the view's width. */
export function screenToNormalisedDistance(t: ViewTransform, px: number): number {
  return px / (t.viewWidth * t.scale);
}

/** Zooms by `factor` keeping the point under pixel (px, py) still; clamped to 0.5-8x of fit. */
export function zoomAt(t: ViewTransform, factor: number, px: number, py: number): ViewTransform {
  if (!Number.isFinite(factor) || factor <= 0) return t;
  const scale = Math.min(Math.max(t.scale * factor, t.fitScale * MIN_ZOOM), t.fitScale * MAX_ZOOM);
  const under = toNormalised(t, px, py);
  return {
    ...t,
    scale,
    offsetX: px - under.x * t.viewWidth * scale,
    offsetY: py - under.y * t.viewHeight * scale,
  };
}

/** Moves the artwork by (dx, dy) screen pixels. */
export function pan(t: ViewTransform, dx: number, dy: number): ViewTransform {
  return { ...t, offsetX: t.offsetX + dx, offsetY: t.offsetY + dy };
}

/** The zoom as a multiple of the fitted scale (1 = whole view), e.g. for a "150%" label. */
export function zoomLevel(t: ViewTransform): number {
  return t.scale / t.fitScale;
}

/** A normalised point pulled onto the chart (0..1), e.g. for a freehand stroke leaving the artwork. */
export function clampToChart(x: number, y: number): [number, number] {
  const clamp = (v: number) => Math.min(Math.max(v, 0), 1);
  return [clamp(x), clamp(y)];
}

/**
 * Remembers the main window's size and position in `<userData>/window-state.json`.
 * Pure logic and Node file access only (no 'electron'), so it is tested in Node; main.ts feeds
 * it the displays' work areas from Electron's `screen`.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1280, height: 820 };
export const MIN_SIZE = { width: 800, height: 560 };
/** How much of a saved window must lie on a display for it to stay where it was. */
const MIN_VISIBLE = { width: 120, height: 60 };

const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Validates what was read from disk; anything odd means "no saved state". */
export function parseWindowState(value: unknown): WindowState | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { bounds, maximized } = value as Record<string, unknown>;
  if (typeof bounds !== 'object' || bounds === null) return undefined;
  const { x, y, width, height } = bounds as Record<string, unknown>;
  if (![x, y, width, height].every(isFiniteNumber)) return undefined;
  if ((width as number) <= 0 || (height as number) <= 0) return undefined;
  return {
    bounds: { x: x as number, y: y as number, width: width as number, height: height as number },
    maximized: maximized === true,
  };
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

function fitSize(size: { width: number; height: number }, area: Rect) {
  const clamp = (v: number, min: number, max: number) => Math.round(Math.max(Math.min(v, max), Math.min(min, max)));
  return {
    width: clamp(size.width, MIN_SIZE.width, area.width),
    height: clamp(size.height, MIN_SIZE.height, area.height),
  };
}

function centred(size: { width: number; height: number }, area: Rect): Rect {
  const fitted = fitSize(size, area);
  return {
    x: Math.round(area.x + (area.width - fitted.width) / 2),
    y: Math.round(area.y + (area.height - fitted.height) / 2),
    ...fitted,
  };
}

/**
 * Where to open the window: the saved bounds when enough of them is on a connected display
 * (nudged and shrunk to lie fully inside it), else centred on the primary display.
 */
export function clampToDisplays(
  saved: WindowState | undefined,
  workAreas: readonly Rect[],
  primary: Rect,
): WindowState {
  if (!saved) return { bounds: centred(DEFAULT_SIZE, primary), maximized: false };

  let best: Rect | undefined;
  let bestArea = 0;
  for (const area of workAreas) {
    const o = overlap(saved.bounds, area);
    if (o.width >= MIN_VISIBLE.width && o.height >= MIN_VISIBLE.height && o.width * o.height > bestArea) {
      best = area;
      bestArea = o.width * o.height;
    }
  }
  if (!best) return { bounds: centred(saved.bounds, primary), maximized: saved.maximized };

  const size = fitSize(saved.bounds, best);
  const x = Math.min(Math.max(saved.bounds.x, best.x), best.x + best.width - size.width);
  const y = Math.min(Math.max(saved.bounds.y, best.y), best.y + best.height - size.height);
  return { bounds: { x: Math.round(x), y: Math.round(y), ...size }, maximized: saved.maximized };
}

export function loadWindowState(file: string): WindowState | undefined {
  try {
    return parseWindowState(JSON.parse(fs.readFileSync(file, 'utf8')));
  } catch {
    return undefined; // missing or unreadable: open with the defaults
  }
}

/** Writes atomically (temporary file, then rename), so a crash never leaves half a file. */
export function saveWindowState(file: string, state: WindowState): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, `${JSON.stringify(state, null, 2)}\n`);
  fs.renameSync(temp, file);
}

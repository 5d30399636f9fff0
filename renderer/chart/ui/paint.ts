/**
 * Paints the chart's own records onto a 2D canvas context in screen pixels: referral zones,
 * satellite links and marks, each symbol the same size on screen at any zoom, plus the zone being
 * drawn. One pass over the model per redraw, no scene graph: a thousand marks paint in a few
 * milliseconds. The symbols' colours come from `symbols.ts`, shared with the legend.
 */
import type { CarriedPoint, ChartMark, ChartZone } from '../../../db/api/contract';
import { hatchTile } from '../artwork/paint';
import { toScreen, type ViewTransform } from '../model/transform';
import { GHOST, MARK_RADIUS_PX, NOTE_PIN_LIFT, SYMBOLS, markSymbol, zoneSymbol } from './symbols';

type Pt = { x: number; y: number };
export type Caution = 'zone' | 'pressure' | null;

export const SELECTION_COLOR = '#1e5bd6';

const patterns = new WeakMap<CanvasRenderingContext2D, CanvasPattern | null>();
function spilloverPattern(ctx: CanvasRenderingContext2D): CanvasPattern | null {
  if (!patterns.has(ctx)) {
    const tile = hatchTile('rgba(183, 28, 28, 0.55)', 1.4);
    patterns.set(ctx, tile && ctx.createPattern(tile, 'repeat'));
  }
  return patterns.get(ctx) ?? null;
}

/**
 * A closed outline through `points`, softened with the given tension (0: straight segments),
 * the way a hand-placed polygon zone is shown.
 */
export function tracePath(ctx: CanvasRenderingContext2D | Path2D, points: readonly Pt[], tension = 0, closed = true) {
  const n = points.length;
  if (n === 0) return;
  const first = points[0] as Pt;
  ctx.moveTo(first.x, first.y);
  if (tension <= 0 || n < 3) {
    for (let i = 1; i < n; i++) ctx.lineTo((points[i] as Pt).x, (points[i] as Pt).y);
  } else {
    const at = (i: number) => points[((i % n) + n) % n] as Pt;
    // Catmull-Rom style control points, scaled by the neighbours' distances (as Konva does).
    const controls = (i: number) => {
      const [p0, p1, p2] = [at(i - 1), at(i), at(i + 1)];
      const d01 = Math.hypot(p1.x - p0.x, p1.y - p0.y);
      const d12 = Math.hypot(p2.x - p1.x, p2.y - p1.y);
      const sum = d01 + d12 || 1;
      const fa = (tension * d01) / sum;
      const fb = (tension * d12) / sum;
      return {
        before: { x: p1.x - fa * (p2.x - p0.x), y: p1.y - fa * (p2.y - p0.y) },
        after: { x: p1.x + fb * (p2.x - p0.x), y: p1.y + fb * (p2.y - p0.y) },
      };
    };
    for (let i = 0; i < n; i++) {
      const a = controls(i).after;
      const b = controls(i + 1).before;
      const to = at(i + 1);
      ctx.bezierCurveTo(a.x, a.y, b.x, b.y, to.x, to.y);
    }
  }
  if (closed) ctx.closePath();
}

const screenPoints = (t: ViewTransform, points: readonly (readonly [number, number])[]) =>
  points.map(([x, y]) => toScreen(t, x, y));

export function paintZone(ctx: CanvasRenderingContext2D, t: ViewTransform, zone: ChartZone, selected: boolean): void {
  const symbol = zoneSymbol(zone);
  const spill = zone.pattern === 'spillover';
  ctx.beginPath();
  tracePath(ctx, screenPoints(t, zone.points), zone.shape === 'freehand' ? 0 : 0.15);
  ctx.fillStyle = spill ? (spilloverPattern(ctx) ?? symbol.fill) : symbol.fill;
  ctx.fill();
  ctx.setLineDash(spill ? [5, 4] : []);
  ctx.strokeStyle = symbol.stroke;
  ctx.lineWidth = selected ? 2.5 : 1.2;
  ctx.stroke();
  ctx.setLineDash([]);
}

export function paintLink(ctx: CanvasRenderingContext2D, t: ViewTransform, from: ChartMark, to: ChartMark): void {
  const a = toScreen(t, from.x, from.y);
  const b = toScreen(t, to.x, to.y);
  ctx.beginPath();
  ctx.moveTo(a.x, a.y);
  ctx.lineTo(b.x, b.y);
  ctx.setLineDash([4, 3]);
  ctx.strokeStyle = SYMBOLS.satellite.stroke;
  ctx.lineWidth = 1.5;
  ctx.stroke();
  ctx.setLineDash([]);
}

/** A regular polygon of `sides` around (x, y), one corner straight up (like Konva's RegularPolygon). */
function polygon(ctx: CanvasRenderingContext2D, x: number, y: number, sides: number, radius: number): void {
  ctx.beginPath();
  for (let i = 0; i < sides; i++) {
    const a = (i * 2 * Math.PI) / sides;
    const px = x + radius * Math.sin(a);
    const py = y - radius * Math.cos(a);
    if (i === 0) ctx.moveTo(px, py);
    else ctx.lineTo(px, py);
  }
  ctx.closePath();
}

/** A map pin whose tip is at (x, y): a head of radius 6 about 9 above it, for r = 7. */
function pin(ctx: CanvasRenderingContext2D, x: number, y: number, r: number): void {
  const k = r / 7;
  ctx.beginPath();
  ctx.moveTo(x, y);
  ctx.lineTo(x - 5 * k, y - 9 * k);
  ctx.arc(x, y - 12.3 * k, 6 * k, Math.PI - 0.586, 0.586);
  ctx.closePath();
}

/** The symbol of a mark kind, drawn around (x, y) with vector paths. */
function traceSymbol(ctx: CanvasRenderingContext2D, kind: ChartMark['kind'], x: number, y: number, r: number): void {
  switch (kind) {
    case 'tender_point':
      polygon(ctx, x, y, 3, r * 1.15);
      break;
    case 'note_pin':
      pin(ctx, x, y, r);
      break;
    case 'satellite':
      ctx.beginPath();
      ctx.arc(x, y, r * 0.78, 0, 2 * Math.PI);
      break;
    default:
      ctx.beginPath();
      ctx.arc(x, y, r, 0, 2 * Math.PI);
  }
}

/** How far each symbol reaches from its point, in pixels (a note pin's head is above it). */
const SPRITE_REACH: Record<ChartMark['kind'], number> = {
  trigger_point: MARK_RADIUS_PX + 2,
  satellite: MARK_RADIUS_PX + 2,
  tender_point: MARK_RADIUS_PX * 1.15 + 3,
  note_pin: MARK_RADIUS_PX * 3,
};

/** How far a waiting point's faded symbol with its dashed ring reaches from its point. */
const GHOST_REACH = MARK_RADIUS_PX * GHOST.ringRadius + 2;
const ghostReach = (kind: ChartMark['kind']) => Math.max(SPRITE_REACH[kind], GHOST_REACH);

const sprites = new Map<string, HTMLCanvasElement>();

/** Fills and outlines a mark's symbol around (x, y). */
function drawSymbol(g: CanvasRenderingContext2D, mark: Pick<ChartMark, 'kind' | 'activity'>, x: number, y: number) {
  const s = markSymbol(mark);
  traceSymbol(g, mark.kind, x, y, MARK_RADIUS_PX);
  g.fillStyle = s.fill;
  g.strokeStyle = s.stroke;
  g.lineWidth = mark.kind === 'note_pin' ? 1.2 : 2;
  g.lineJoin = 'round';
  g.fill();
  g.stroke();
}

/** A point from the last visit: its symbol faded, in a dashed ring. */
function drawGhost(g: CanvasRenderingContext2D, mark: Pick<ChartMark, 'kind' | 'activity'>, x: number, y: number) {
  g.save();
  g.globalAlpha = GHOST.alpha;
  drawSymbol(g, mark, x, y);
  g.restore();
  g.beginPath();
  g.arc(x, y, MARK_RADIUS_PX * GHOST.ringRadius, 0, 2 * Math.PI);
  g.setLineDash([3, 2.5]);
  g.strokeStyle = GHOST.ring;
  g.lineWidth = 1.5;
  g.stroke();
  g.setLineDash([]);
}

/**
 * Each symbol is drawn once into a small bitmap at the screen's pixel density and copied onto
 * the chart for every mark: a thousand marks cost a thousand small copies instead of a thousand
 * anti-aliased outlines, which is what keeps zooming smooth without a graphics card. Points
 * waiting to be re-assessed have bitmaps of their own (`ghost`).
 */
function sprite(mark: Pick<ChartMark, 'kind' | 'activity'>, density: number, ghost = false): HTMLCanvasElement | null {
  const key = `${markSymbol(mark).id}${ghost ? ':ghost' : ''}@${density}`;
  let found = sprites.get(key);
  if (!found && typeof document !== 'undefined') {
    const reach = ghost ? ghostReach(mark.kind) : SPRITE_REACH[mark.kind];
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = Math.ceil(2 * reach * density);
    const g = canvas.getContext('2d');
    if (!g) return null;
    g.scale(density, density);
    (ghost ? drawGhost : drawSymbol)(g, mark, reach, reach);
    found = canvas;
    sprites.set(key, found);
  }
  return found ?? null;
}

/** Copies a sprite centred on (x, y), on whole device pixels (it stays as crisp as the bitmap). */
function stamp(
  ctx: CanvasRenderingContext2D,
  image: HTMLCanvasElement,
  x: number,
  y: number,
  reach: number,
  density: number,
) {
  const snap = (v: number) => Math.round(v * density) / density;
  ctx.drawImage(image, snap(x - reach), snap(y - reach), 2 * reach, 2 * reach);
}

/** Pixels per CSS pixel of the context (Konva scales its canvases to the screen's density). */
export function densityOf(ctx: CanvasRenderingContext2D): number {
  return Math.abs(ctx.getTransform().a) || 1;
}

export function paintMark(
  ctx: CanvasRenderingContext2D,
  t: ViewTransform,
  mark: ChartMark,
  selected: boolean,
  caution: Caution,
  density = 1,
): void {
  const r = MARK_RADIUS_PX;
  const { x, y } = toScreen(t, mark.x, mark.y);
  if (selected) {
    ctx.beginPath();
    ctx.arc(x, mark.kind === 'note_pin' ? y - r * NOTE_PIN_LIFT : y, r * 1.9, 0, 2 * Math.PI);
    ctx.strokeStyle = SELECTION_COLOR;
    ctx.lineWidth = 2.5;
    ctx.stroke();
  }
  const image = sprite(mark, density);
  if (image) stamp(ctx, image, x, y, SPRITE_REACH[mark.kind], density);
  else drawSymbol(ctx, mark, x, y);
  if (caution) {
    polygon(ctx, x + r * 1.3, y - r * 1.3, 3, r * (caution === 'pressure' ? 0.95 : 0.75));
    ctx.fillStyle = caution === 'pressure' ? '#d84315' : '#f5b000';
    ctx.strokeStyle = '#5d4000';
    ctx.lineWidth = 1;
    ctx.fill();
    ctx.stroke();
  }
}

/** A point from the last visit waiting to be re-assessed, drawn faded under the chart's marks. */
export type Ghost = Pick<CarriedPoint, 'siteId' | 'kind' | 'activity' | 'x' | 'y'>;

export function paintGhost(ctx: CanvasRenderingContext2D, t: ViewTransform, ghost: Ghost, density = 1): void {
  const { x, y } = toScreen(t, ghost.x, ghost.y);
  const image = sprite(ghost, density, true);
  if (image) stamp(ctx, image, x, y, ghostReach(ghost.kind), density);
  else drawGhost(ctx, ghost, x, y);
}

export interface ChartScene {
  marks: readonly ChartMark[];
  /** Points from the last visit waiting to be re-assessed (none on the drag overlay). */
  ghosts?: readonly Ghost[];
  zones: readonly ChartZone[];
  selectedId: string | null;
  cautionFor: (mark: ChartMark) => Caution;
  primaryOf: (mark: ChartMark) => ChartMark | undefined;
}

/**
 * Paints zones, then the points waiting to be re-assessed, then satellite links, then marks. `only` limits the pass to the records it
 * accepts (a dragged mark and what hangs on it are painted on their own layer, over the rest).
 */
export function paintChart(
  ctx: CanvasRenderingContext2D,
  t: ViewTransform,
  scene: ChartScene,
  only: (record: { id: string; parentMarkId?: string | null }) => boolean = () => true,
): void {
  ctx.save();
  ctx.lineJoin = 'round';
  const density = densityOf(ctx);
  for (const zone of scene.zones) if (only(zone)) paintZone(ctx, t, zone, zone.id === scene.selectedId);
  for (const ghost of scene.ghosts ?? []) paintGhost(ctx, t, ghost, density);
  for (const mark of scene.marks) {
    if (!mark.parentMarkId || !only(mark)) continue;
    const primary = scene.primaryOf(mark);
    if (primary) paintLink(ctx, t, mark, primary);
  }
  for (const mark of scene.marks) {
    if (only(mark)) paintMark(ctx, t, mark, mark.id === scene.selectedId, scene.cautionFor(mark), density);
  }
  ctx.restore();
}

/** The referral zone being drawn: its outline so far and, for a polygon, its corners. */
export function paintDraft(
  ctx: CanvasRenderingContext2D,
  t: ViewTransform,
  draft: { points: Pt[]; mode: 'freehand' | 'polygon'; cursor: Pt | null },
  pattern: ChartZone['pattern'],
): void {
  const symbol = zoneSymbol({ pattern });
  const pts = [...draft.points, ...(draft.cursor ? [draft.cursor] : [])].map((p) => toScreen(t, p.x, p.y));
  ctx.save();
  ctx.beginPath();
  tracePath(ctx, pts, 0, draft.mode === 'freehand');
  if (draft.mode === 'freehand') {
    ctx.fillStyle = symbol.fill;
    ctx.fill();
  }
  ctx.setLineDash([6, 4]);
  ctx.strokeStyle = symbol.stroke;
  ctx.lineWidth = 1.5;
  ctx.stroke();
  ctx.setLineDash([]);
  if (draft.mode === 'polygon') {
    for (const p of draft.points) {
      const s = toScreen(t, p.x, p.y);
      ctx.beginPath();
      ctx.arc(s.x, s.y, 3.5, 0, 2 * Math.PI);
      ctx.fillStyle = '#fff';
      ctx.fill();
      ctx.stroke();
    }
  }
  ctx.restore();
}

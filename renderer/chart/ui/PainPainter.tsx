/**
 * Painting where the client feels pain, for the atlas's symptom search: while it is on, an SVG
 * laid over the chart takes the pointer (mouse, pen or finger). Press and drag paints an area
 * (the stroke's outline, closed); a tap or click marks a small round spot. Either replaces the
 * area painted before. Nothing is charted or saved: the area only asks the atlas which muscles
 * send pain there. Zoom and pan are followed (useFollowViewport); Escape stops painting.
 */
import { useEffect, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import type { ViewId } from '../../../db/api/contract';
import { getView } from '../artwork';
import { DEFAULT_CLICK_RADIUS, type PaintedArea, type RankPoint } from '../atlas/rank';
import { toNormalised, type ViewTransform } from '../model/transform';
import type { Signal } from './signal';
import { useFollowViewport } from './useFollowViewport';

/** A press becomes a stroke once the pointer has moved this far (screen pixels). */
const STROKE_START_PX = 6;
/** Stroke points closer than this (screen pixels) are skipped. */
const STEP_PX = 3;

interface Props {
  viewId: ViewId;
  viewport: Signal<ViewTransform | null>;
  /** The area painted last, drawn when it is on this view. */
  area: PaintedArea | null;
  onPaint: (area: PaintedArea) => void;
  onStop: () => void;
}

interface Stroke {
  start: { x: number; y: number };
  last: { x: number; y: number };
  moved: boolean;
  points: RankPoint[];
}

const pointsAttr = (points: readonly RankPoint[]) => points.map(([x, y]) => `${x},${y}`).join(' ');

export function PainPainter({ viewId, viewport, area, onPaint, onStop }: Props) {
  const group = useRef<SVGGElement>(null);
  useFollowViewport(group, viewport, viewId);
  const stroke = useRef<Stroke | null>(null);
  const [draft, setDraft] = useState<RankPoint[] | null>(null);
  const view = getView(viewId);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onStop();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onStop]);

  /** The pointer's position on the SVG (screen pixels) and in the view (normalised). */
  const locate = (event: ReactPointerEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const screen = { x: event.clientX - box.left, y: event.clientY - box.top };
    const t = viewport.get();
    const at = t ? toNormalised(t, screen.x, screen.y) : null;
    return { screen, at: at ? ([at.x, at.y] as RankPoint) : null };
  };

  const down = (event: ReactPointerEvent<SVGSVGElement>) => {
    if (event.button !== 0) return;
    const { screen, at } = locate(event);
    if (!at) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    event.preventDefault();
    stroke.current = { start: screen, last: screen, moved: false, points: [at] };
  };

  const move = (event: ReactPointerEvent<SVGSVGElement>) => {
    const s = stroke.current;
    if (!s) return;
    const { screen, at } = locate(event);
    if (!at) return;
    if (!s.moved && Math.hypot(screen.x - s.start.x, screen.y - s.start.y) < STROKE_START_PX) return;
    s.moved = true;
    if (Math.hypot(screen.x - s.last.x, screen.y - s.last.y) < STEP_PX) return;
    s.last = screen;
    s.points.push(at);
    setDraft([...s.points]);
  };

  const up = () => {
    const s = stroke.current;
    stroke.current = null;
    setDraft(null);
    if (!s) return;
    const [first] = s.points;
    if (!first) return;
    onPaint(
      s.moved && s.points.length >= 3
        ? { kind: 'polygon', viewId, points: s.points }
        : { kind: 'click', viewId, point: first, radius: DEFAULT_CLICK_RADIUS },
    );
  };

  const shown = area?.viewId === viewId ? area : null;
  return (
    <svg
      className="pain-painter"
      role="img"
      aria-label={
        shown
          ? `Where it hurts, painted on ${view.label}`
          : `Paint or click on ${view.label} where the client feels pain`
      }
      onPointerDown={down}
      onPointerMove={move}
      onPointerUp={up}
      onPointerCancel={() => {
        stroke.current = null;
        setDraft(null);
      }}
    >
      <g ref={group}>
        {draft ? (
          <polyline points={pointsAttr(draft)} className="pain-painter__stroke" vectorEffect="non-scaling-stroke" />
        ) : shown?.kind === 'polygon' ? (
          <polygon points={pointsAttr(shown.points)} className="pain-painter__area" vectorEffect="non-scaling-stroke" />
        ) : shown?.kind === 'click' ? (
          <ellipse
            cx={shown.point[0]}
            cy={shown.point[1]}
            rx={shown.radius ?? DEFAULT_CLICK_RADIUS}
            ry={((shown.radius ?? DEFAULT_CLICK_RADIUS) * view.width) / view.height}
            className="pain-painter__area"
            vectorEffect="non-scaling-stroke"
          />
        ) : null}
      </g>
    </svg>
  );
}

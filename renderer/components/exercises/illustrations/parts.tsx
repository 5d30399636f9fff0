/**
 * The pieces every exercise drawing is made of: the frame (a 200 × 160 SVG with an accessible
 * name), a head, limbs, arrows, the accent that marks the target area or a pressure point, and
 * the props (wall, floor). Lines are `currentColor`, so a drawing follows the text colour on
 * screen and prints black. "Left" and "right" in coordinates are the viewer's.
 */
import type { ReactNode } from 'react';

export interface IllustrationProps {
  /** The accessible name; each drawing has its own default. */
  title?: string;
  className?: string;
}

export type Pt = readonly [number, number];

/** The one colour besides the lines: the target area (translucent) or a pressure point. */
export const ACCENT = '#c62828';

export function Frame({
  label,
  title,
  className,
  children,
}: IllustrationProps & { label: string; children: ReactNode }) {
  const name = title?.trim() || label;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox="0 0 200 160"
      role="img"
      aria-label={name}
      className={className}
      fill="none"
      stroke="currentColor"
      strokeWidth={3}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <title>{name}</title>
      {children}
    </svg>
  );
}

/** Rounds a coordinate to a tenth, to keep the markup short. */
const r1 = (n: number) => Math.round(n * 10) / 10;

const path = (points: readonly Pt[]) => points.map(([x, y], i) => `${i ? 'L' : 'M'}${x} ${y}`).join(' ');

/** An arm or a leg: a thick line through its joints ("x,y x,y x,y"). */
export function Limb({ points }: { points: string }) {
  return <polyline points={points} strokeWidth={4} />;
}

/** A thin line for furniture, walls and floors. */
export function Prop({ d }: { d: string }) {
  return <path d={d} strokeWidth={2} />;
}

/** A wall (a line with hatching on its far side). */
export function Wall({ x, top, bottom, side }: { x: number; top: number; bottom: number; side: 'left' | 'right' }) {
  const dx = side === 'left' ? -6 : 6;
  const hatch = [];
  for (let y = top + 6; y <= bottom; y += 10) hatch.push(`M${x} ${y} L${x + dx} ${y - 6}`);
  return (
    <g strokeWidth={1.5}>
      <path d={`M${x} ${top} L${x} ${bottom}`} strokeWidth={2} />
      <path d={hatch.join(' ')} />
    </g>
  );
}

/**
 * A head. Seen from the side (`face` left or right) it has a nose and an eye; seen from the
 * front, two eyes on a line tipped by `tilt` degrees and moved by `gaze` (where it looks).
 */
export function Head({
  at: [x, y],
  r = 14,
  face = 'front',
  tilt = 0,
  gaze = [0, 0],
  dashed = false,
}: {
  at: Pt;
  r?: number;
  face?: 'front' | 'left' | 'right' | 'back';
  tilt?: number;
  gaze?: Pt;
  dashed?: boolean;
}) {
  const ghost = dashed ? { strokeDasharray: '4 4', opacity: 0.45 } : {};
  if (face === 'left' || face === 'right') {
    const s = face === 'right' ? 1 : -1;
    const rad = (tilt * Math.PI) / 180;
    const rot = ([px, py]: Pt): string =>
      `${r1(x + px * Math.cos(rad) - py * Math.sin(rad))} ${r1(y + px * Math.sin(rad) + py * Math.cos(rad))}`;
    return (
      <g {...ghost}>
        <circle cx={x} cy={y} r={r} />
        <path d={`M${rot([s * r * 0.97, -2])} L${rot([s * (r + 4), 3])} L${rot([s * r * 0.9, 5])}`} strokeWidth={2} />
        {!dashed && (
          <circle
            cx={x}
            cy={y}
            r={1.6}
            transform={`rotate(${tilt} ${x} ${y}) translate(${s * r * 0.5} -3)`}
            fill="currentColor"
            stroke="none"
          />
        )}
      </g>
    );
  }
  return (
    <g {...ghost}>
      <circle cx={x} cy={y} r={r} />
      {face === 'front' && (
        <g transform={`rotate(${tilt} ${x} ${y}) translate(${gaze[0]} ${gaze[1]})`} fill="currentColor" stroke="none">
          <circle cx={x - r * 0.36} cy={y - 1} r={1.6} />
          <circle cx={x + r * 0.36} cy={y - 1} r={1.6} />
        </g>
      )}
      {face !== 'front' && (
        <path
          d={`M${x - r * 0.7} ${y + r * 0.45} Q${x} ${y + r * 0.2} ${x + r * 0.7} ${y + r * 0.45}`}
          strokeWidth={1.5}
        />
      )}
    </g>
  );
}

/** The neck seen from the front or back: two lines from under the head to the shoulders. */
export function Neck({ from: [hx, hy], to: [bx, by] = [100, 60], half = 7 }: { from: Pt; to?: Pt; half?: number }) {
  return <path d={`M${hx - half} ${hy} L${bx - half} ${by} M${hx + half} ${hy} L${bx + half} ${by}`} />;
}

/** Shoulders and torso seen from the front or back (neck base at 93-107, y 60; shoulders at x 64 and 136, y 74). */
export function FrontTorso({ bottom = 150, drop = [0, 0] }: { bottom?: number; drop?: Pt }) {
  const [l, r] = drop;
  return (
    <path
      d={
        `M93 60 C82 ${63 + l} 70 ${64 + l} 65 ${70 + l} C61 ${75 + l} 62 84 66 96 L70 ${bottom} ` +
        `M107 60 C118 ${63 + r} 130 ${64 + r} 135 ${70 + r} C139 ${75 + r} 138 84 134 96 L130 ${bottom}`
      }
    />
  );
}

/** The translucent accent over a target area. */
export function Highlight({ at: [x, y], rx, ry, angle = 0 }: { at: Pt; rx: number; ry: number; angle?: number }) {
  return (
    <ellipse
      cx={x}
      cy={y}
      rx={rx}
      ry={ry}
      transform={angle ? `rotate(${angle} ${x} ${y})` : undefined}
      fill={ACCENT}
      fillOpacity={0.35}
      stroke="none"
    />
  );
}

/** A spot to press: a solid accent dot. */
export function PressPoint({ at: [x, y], r = 3.2 }: { at: Pt; r?: number }) {
  return <circle cx={x} cy={y} r={r} fill={ACCENT} stroke="none" />;
}

function head(tip: Pt, dir: Pt, size = 7): string {
  const len = Math.hypot(dir[0], dir[1]) || 1;
  const [ux, uy] = [dir[0] / len, dir[1] / len];
  const [bx, by] = [tip[0] - ux * size, tip[1] - uy * size];
  const w = size * 0.6;
  return `M${r1(tip[0])} ${r1(tip[1])} L${r1(bx - uy * w)} ${r1(by + ux * w)} L${r1(bx + uy * w)} ${r1(by - ux * w)} Z`;
}

/** A straight or curved (through the control point `via`) arrow; `both` puts a head at each end. */
export function Arrow({
  from,
  to,
  via,
  both = false,
  dashed = false,
}: {
  from: Pt;
  to: Pt;
  via?: Pt;
  both?: boolean;
  dashed?: boolean;
}) {
  const c = via ?? from;
  const d = via ? `M${from[0]} ${from[1]} Q${c[0]} ${c[1]} ${to[0]} ${to[1]}` : path([from, to]);
  const back = via ?? to;
  return (
    <g strokeWidth={2}>
      <path d={d} strokeLinecap="butt" strokeDasharray={dashed ? '3 3' : undefined} />
      <path d={head(to, [to[0] - c[0], to[1] - c[1]])} fill="currentColor" strokeWidth={1} />
      {both && <path d={head(from, [from[0] - back[0], from[1] - back[1]])} fill="currentColor" strokeWidth={1} />}
    </g>
  );
}

/** A circular arrow around a centre, from one angle to another (degrees, 0 = right, 90 = down). */
export function ArcArrow({ at: [cx, cy], r, from, to }: { at: Pt; r: number; from: number; to: number }) {
  const p = (a: number): Pt => [r1(cx + r * Math.cos((a * Math.PI) / 180)), r1(cy + r * Math.sin((a * Math.PI) / 180))];
  const [sx, sy] = p(from);
  const [ex, ey] = p(to);
  const sweep = to > from ? 1 : 0;
  const large = Math.abs(to - from) > 180 ? 1 : 0;
  const t = (to * Math.PI) / 180;
  const dir: Pt = sweep ? [-Math.sin(t), Math.cos(t)] : [Math.sin(t), -Math.cos(t)];
  return (
    <g strokeWidth={2}>
      <path d={`M${sx} ${sy} A${r} ${r} 0 ${large} ${sweep} ${ex} ${ey}`} strokeLinecap="butt" />
      <path d={head([ex, ey], dir)} fill="currentColor" strokeWidth={1} />
    </g>
  );
}

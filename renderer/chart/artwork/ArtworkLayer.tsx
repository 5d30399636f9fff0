/**
 * Draws one view's artwork in view units (mm) on a stage already scaled by `scale` px per unit:
 * skin, muscle regions (largest first, so the one a hit test picks is the one on top), caution
 * zones with amber hatching, and fine anatomy lines. Strokes keep their pixel width at any zoom.
 * Static shapes only, no listening: the parent caches the layer.
 */
import { memo, useMemo } from 'react';
import { Group, Line } from 'react-konva';
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

export { CAUTION_COLOR, CAUTION_FILL, muscleFill } from './palette';

interface Props {
  view: ArtworkView;
  /** Screen pixels per view unit (the stage's scale). */
  scale: number;
  hoverRegionId?: string | undefined;
}

function flat(points: readonly Pt[]): number[] {
  const out = new Array<number>(points.length * 2);
  points.forEach(([x, y], i) => {
    out[2 * i] = x;
    out[2 * i + 1] = y;
  });
  return out;
}

const HATCH_SIZE = 8;
let hatch: HTMLCanvasElement | null | undefined;

/** A small tile of amber diagonal hatching, made once; null where there is no DOM. */
function hatchPattern(): HTMLCanvasElement | null {
  if (hatch !== undefined) return hatch;
  hatch = null;
  if (typeof document === 'undefined') return hatch;
  const canvas = document.createElement('canvas');
  canvas.width = HATCH_SIZE;
  canvas.height = HATCH_SIZE;
  const ctx = canvas.getContext('2d');
  if (!ctx) return hatch;
  ctx.fillStyle = CAUTION_FILL;
  ctx.fillRect(0, 0, HATCH_SIZE, HATCH_SIZE);
  ctx.strokeStyle = 'rgba(176, 125, 0, 0.7)';
  ctx.lineWidth = 1.1;
  ctx.beginPath();
  // One diagonal across the tile plus its two wrapped ends, so the tiles join seamlessly.
  ctx.moveTo(0, HATCH_SIZE);
  ctx.lineTo(HATCH_SIZE, 0);
  ctx.moveTo(-2, 2);
  ctx.lineTo(2, -2);
  ctx.moveTo(HATCH_SIZE - 2, HATCH_SIZE + 2);
  ctx.lineTo(HATCH_SIZE + 2, HATCH_SIZE - 2);
  ctx.stroke();
  hatch = canvas;
  return hatch;
}

export const ArtworkLayer = memo(function ArtworkLayer({ view, scale, hoverRegionId }: Props) {
  const shapes = useMemo(
    () => ({
      body: view.body.map(flat),
      regions: view.regions.map((r) => ({ id: r.id, fill: muscleFill(r.muscle), points: flat(r.points) })),
      caution: view.caution.map((c) => ({ id: c.id, points: flat(c.points) })),
      lines: view.lines.map((l) => ({ closed: l.closed, points: flat(l.points) })),
    }),
    [view],
  );
  const pattern = hatchPattern();
  const patternScale = { x: 1 / scale, y: 1 / scale };

  return (
    <Group listening={false} clipX={0} clipY={0} clipWidth={view.width} clipHeight={view.height}>
      {shapes.body.map((points, i) => (
        <Line
          key={`body-${i}`}
          points={points}
          closed
          fill={SKIN_FILL}
          stroke={SKIN_STROKE}
          strokeWidth={1.2}
          strokeScaleEnabled={false}
          lineJoin="round"
          perfectDrawEnabled={false}
        />
      ))}
      {shapes.regions.map((r) => {
        const hover = r.id === hoverRegionId;
        return (
          <Line
            key={r.id}
            points={r.points}
            closed
            fill={hover ? HOVER_FILL : r.fill}
            stroke={hover ? HOVER_STROKE : REGION_STROKE}
            strokeWidth={hover ? 1.8 : 0.8}
            strokeScaleEnabled={false}
            lineJoin="round"
            perfectDrawEnabled={false}
          />
        );
      })}
      {shapes.caution.map((c) => (
        <Line
          key={c.id}
          points={c.points}
          closed
          fill={pattern ? undefined : CAUTION_FILL}
          fillPatternImage={pattern ? (pattern as unknown as HTMLImageElement) : undefined}
          fillPatternScale={pattern ? patternScale : undefined}
          fillPatternRepeat="repeat"
          stroke={CAUTION_COLOR}
          strokeWidth={1}
          dash={[4, 3]}
          strokeScaleEnabled={false}
          perfectDrawEnabled={false}
        />
      ))}
      {shapes.lines.map((l, i) => (
        <Line
          key={`line-${i}`}
          points={l.points}
          closed={l.closed}
          stroke={LINE_COLOR}
          strokeWidth={0.9}
          opacity={0.75}
          lineCap="round"
          lineJoin="round"
          strokeScaleEnabled={false}
          perfectDrawEnabled={false}
        />
      ))}
    </Group>
  );
});

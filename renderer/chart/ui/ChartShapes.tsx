/**
 * The chart's own shapes, drawn in view units on a stage scaled by the view transform: referral
 * zones, satellite links and marks. Each is memoised on its record, so dragging one mark among a
 * thousand redraws one.
 */
import type Konva from 'konva';
import { memo } from 'react';
import { Circle, Group, Line, Path, RegularPolygon } from 'react-konva';
import type { ChartMark, ChartZone } from '../../../db/api/contract';
import { MARK_RADIUS_PX, SYMBOLS, markSymbol, zoneSymbol } from './symbols';

let hatch: HTMLCanvasElement | undefined;
/** A small diagonal-hatch tile for spillover zones, made once. */
function hatchPattern(): HTMLCanvasElement {
  if (hatch) return hatch;
  hatch = document.createElement('canvas');
  hatch.width = 8;
  hatch.height = 8;
  const ctx = hatch.getContext('2d');
  if (ctx) {
    ctx.strokeStyle = 'rgba(183, 28, 28, 0.55)';
    ctx.lineWidth = 1.4;
    ctx.beginPath();
    ctx.moveTo(0, 8);
    ctx.lineTo(8, 0);
    ctx.moveTo(-2, 2);
    ctx.lineTo(2, -2);
    ctx.moveTo(6, 10);
    ctx.lineTo(10, 6);
    ctx.stroke();
  }
  return hatch;
}

export interface Geometry {
  /** View size in units. */
  width: number;
  height: number;
  /** Screen pixels per unit (the stage's scale). */
  scale: number;
}

/** The view's size only: marks and zones do not re-render when the zoom changes (see applyZoom). */
export type Size = Pick<Geometry, 'width' | 'height'>;

/**
 * Keeps marks the same size on screen and the spillover hatching even at any zoom, by setting
 * the scale of those nodes directly: zooming then re-renders no React component.
 */
export function applyZoom(layer: Konva.Layer, scale: number): void {
  const k = 1 / scale;
  for (const node of layer.find('.mark')) node.scale({ x: k, y: k });
  for (const node of layer.find('.zone')) {
    const line = node as Konva.Line;
    if (line.fillPatternImage()) line.fillPatternScale({ x: k, y: k });
  }
}

const flat = (points: readonly (readonly [number, number])[], g: Size) =>
  points.flatMap(([x, y]) => [x * g.width, y * g.height]);

export const ZoneShape = memo(function ZoneShape({
  zone,
  g,
  selected,
  onPick,
}: {
  zone: ChartZone;
  g: Size;
  selected: boolean;
  onPick: (id: string, event: Konva.KonvaEventObject<PointerEvent>) => void;
}) {
  const symbol = zoneSymbol(zone);
  const spill = zone.pattern === 'spillover';
  return (
    <Line
      name="zone"
      id={zone.id}
      points={flat(zone.points, g)}
      closed
      tension={zone.shape === 'freehand' ? 0 : 0.15}
      fill={spill ? undefined : symbol.fill}
      fillPatternImage={spill ? (hatchPattern() as unknown as HTMLImageElement) : undefined}
      stroke={symbol.stroke}
      strokeWidth={selected ? 2.5 : 1.2}
      dash={spill ? [5, 4] : undefined}
      strokeScaleEnabled={false}
      perfectDrawEnabled={false}
      onPointerDown={(e) => onPick(zone.id, e)}
    />
  );
});

export const LinkLine = memo(function LinkLine({ from, to, g }: { from: ChartMark; to: ChartMark; g: Size }) {
  return (
    <Line
      points={[from.x * g.width, from.y * g.height, to.x * g.width, to.y * g.height]}
      stroke={SYMBOLS.satellite.stroke}
      strokeWidth={1.5}
      dash={[4, 3]}
      strokeScaleEnabled={false}
      listening={false}
      perfectDrawEnabled={false}
    />
  );
});

const PIN = 'M0 0 L-5 -9 A6 6 0 1 1 5 -9 Z';

function Symbol({ mark, r }: { mark: ChartMark; r: number }) {
  const s = markSymbol(mark);
  const common = {
    fill: s.fill,
    stroke: s.stroke,
    strokeWidth: 2,
    strokeScaleEnabled: false,
    perfectDrawEnabled: false,
  };
  switch (mark.kind) {
    case 'tender_point':
      return <RegularPolygon sides={3} radius={r * 1.15} {...common} hitStrokeWidth={10} />;
    case 'note_pin':
      return <Path data={PIN} scaleX={r / 7} scaleY={r / 7} {...common} strokeWidth={1.2} hitStrokeWidth={10} />;
    case 'satellite':
      return <Circle radius={r * 0.78} {...common} hitStrokeWidth={10} />;
    default:
      return <Circle radius={r} {...common} hitStrokeWidth={10} />;
  }
}

export const MarkShape = memo(function MarkShape({
  mark,
  g,
  selected,
  caution,
  draggable,
  onPick,
  onDragStart,
  onDragMove,
  onDragEnd,
}: {
  mark: ChartMark;
  g: Size;
  selected: boolean;
  caution: 'zone' | 'pressure' | null;
  draggable: boolean;
  onPick: (id: string, event: Konva.KonvaEventObject<PointerEvent>) => void;
  onDragStart: (id: string) => void;
  onDragMove: (id: string, x: number, y: number) => void;
  onDragEnd: (id: string) => void;
}) {
  // Drawn in screen pixels; the group's scale (1 / zoom) is set by applyZoom.
  const r = MARK_RADIUS_PX;
  return (
    <Group
      name="mark"
      id={mark.id}
      x={mark.x * g.width}
      y={mark.y * g.height}
      draggable={draggable}
      onPointerDown={(e) => onPick(mark.id, e)}
      onDragStart={() => onDragStart(mark.id)}
      onDragMove={(e) => onDragMove(mark.id, e.target.x() / g.width, e.target.y() / g.height)}
      onDragEnd={() => onDragEnd(mark.id)}
    >
      {selected && (
        <Circle radius={r * 1.9} stroke="#1e5bd6" strokeWidth={2.5} strokeScaleEnabled={false} listening={false} />
      )}
      <Symbol mark={mark} r={r} />
      {caution && (
        <RegularPolygon
          x={r * 1.3}
          y={-r * 1.3}
          sides={3}
          radius={r * (caution === 'pressure' ? 0.95 : 0.75)}
          fill={caution === 'pressure' ? '#d84315' : '#f5b000'}
          stroke="#5d4000"
          strokeWidth={1}
          strokeScaleEnabled={false}
          listening={false}
        />
      )}
    </Group>
  );
});

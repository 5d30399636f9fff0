/**
 * The body chart on a Konva stage. The stage is scaled and moved by the view transform; every
 * shape is drawn in view units from the model, and every pointer action becomes one model
 * command (a drag, a zone stroke: one step each). Pointer events, so mouse, pen and touch work;
 * two fingers pinch-zoom and pan.
 */
import type Konva from 'konva';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Layer, Stage } from 'react-konva';
import type { ChartZone, ViewId } from '../../../db/api/contract';
import { ArtworkLayer } from '../artwork/ArtworkLayer';
import { getView, muscleAt } from '../artwork';
import type { ChartModel } from '../model';
import { pan, zoomAt, type ViewTransform } from '../model/transform';
import { LinkLine, MarkShape, ZoneShape, applyZoom, type Geometry, type Size } from './ChartShapes';
import { ZoneDraft, useZoneDrawing } from './useZoneDrawing';
import type { Tool } from './tools';

export interface ChartCanvasProps {
  model: ChartModel;
  /** Bumped by the model on every change; re-reads marks and zones. */
  revision: number;
  viewId: ViewId;
  tool: Tool;
  zonePattern: ChartZone['pattern'];
  transform: ViewTransform | null;
  onTransform: (t: ViewTransform) => void;
  onResize: (width: number, height: number) => void;
  onMessage: (message: string | null) => void;
  onErase: (type: 'mark' | 'zone', id: string) => void;
}

const sideWord = { left: 'left', right: 'right', midline: 'midline' } as const;

export function ChartCanvas(props: ChartCanvasProps) {
  const { model, revision, viewId, tool, transform, onTransform, onMessage } = props;
  const box = useRef<HTMLDivElement>(null);
  const stage = useRef<Konva.Stage>(null);
  const [canvasSize, setCanvasSize] = useState({ width: 0, height: 0 });
  const [hover, setHover] = useState<{ regionId: string; label: string } | null>(null);
  const pointers = useRef(new Map<number, { x: number; y: number }>());
  const gesture = useRef<{ kind: 'pan' | 'pinch'; last: { x: number; y: number }; distance: number } | null>(null);
  const view = getView(viewId);
  const onResize = props.onResize;

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const width = Math.floor(entry.contentRect.width);
      const height = Math.floor(entry.contentRect.height);
      setCanvasSize({ width, height });
      onResize(width, height);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [onResize]);

  const size: Size = useMemo(() => ({ width: view.width, height: view.height }), [view.width, view.height]);
  const g: Geometry = useMemo(() => ({ ...size, scale: transform?.scale ?? 1 }), [size, transform?.scale]);
  const shapes = useRef<Konva.Layer>(null);
  useLayoutEffect(() => {
    // After every render (new marks) and every zoom: constant on-screen size for marks.
    if (shapes.current) applyZoom(shapes.current, g.scale);
  });
  // eslint-disable-next-line react-hooks/exhaustive-deps -- revision is the model's change counter
  const marks = useMemo(() => model.visibleMarks(viewId), [model, viewId, revision]);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- revision is the model's change counter
  const zones = useMemo(() => model.visibleZones(viewId), [model, viewId, revision]);
  const byId = useMemo(() => new Map(marks.map((m) => [m.id, m])), [marks]);
  const selectedId = model.selectedId;

  const zoneDrawing = useZoneDrawing({
    model,
    viewId,
    pattern: props.zonePattern,
    onMessage,
    width: view.width,
    height: view.height,
    scale: g.scale,
  });

  /** The normalised chart position under the pointer. */
  const pointerAt = (): { x: number; y: number } | null => {
    const pos = stage.current?.getRelativePointerPosition();
    return pos ? { x: pos.x / view.width, y: pos.y / view.height } : null;
  };

  const pick = (type: 'mark' | 'zone', id: string, e: Konva.KonvaEventObject<PointerEvent>) => {
    // Zones are large: only selecting and erasing pick them; every other tool works through them
    // (satellites are often placed inside a referral zone, and zones overlap).
    if (type === 'zone' && tool !== 'select' && tool !== 'erase') return;
    e.cancelBubble = true;
    if (tool === 'erase') return props.onErase(type, id);
    onMessage(null);
    model.select(id);
  };

  const onPointerDown = (e: Konva.KonvaEventObject<PointerEvent>) => {
    const screen = { x: e.evt.offsetX, y: e.evt.offsetY };
    pointers.current.set(e.evt.pointerId, screen);
    if (pointers.current.size === 2) {
      zoneDrawing.cancel();
      const [a, b] = [...pointers.current.values()] as [typeof screen, typeof screen];
      gesture.current = { kind: 'pinch', last: mid(a, b), distance: dist(a, b) };
      return;
    }
    const at = pointerAt();
    if (!at) return;
    if (tool === 'select' || tool === 'erase') {
      model.select(null);
      gesture.current = { kind: 'pan', last: screen, distance: 0 };
    } else if (tool === 'zone') {
      zoneDrawing.down(at, screen);
    } else {
      const selected = selectedId ? model.getMark(selectedId) : undefined;
      if (tool === 'satellite' && selected?.kind === 'satellite' && selected.parentMarkId) {
        model.select(selected.parentMarkId); // keep adding satellites to the same primary
      }
      const result = model.placeMark(tool, viewId, at.x, at.y);
      onMessage(result.ok ? null : result.message);
    }
  };

  const onPointerMove = (e: Konva.KonvaEventObject<PointerEvent>) => {
    const screen = { x: e.evt.offsetX, y: e.evt.offsetY };
    if (pointers.current.has(e.evt.pointerId)) pointers.current.set(e.evt.pointerId, screen);
    const active = gesture.current;
    if (active && transform) {
      if (active.kind === 'pinch' && pointers.current.size >= 2) {
        const [a, b] = [...pointers.current.values()] as [typeof screen, typeof screen];
        const centre = mid(a, b);
        const next = zoomAt(
          pan(transform, centre.x - active.last.x, centre.y - active.last.y),
          dist(a, b) / active.distance,
          centre.x,
          centre.y,
        );
        gesture.current = { kind: 'pinch', last: centre, distance: dist(a, b) };
        onTransform(next);
      } else if (active.kind === 'pan') {
        onTransform(pan(transform, screen.x - active.last.x, screen.y - active.last.y));
        gesture.current = { ...active, last: screen };
      }
      return;
    }
    const at = pointerAt();
    if (!at) return;
    if (tool === 'zone') zoneDrawing.move(at, screen);
    const region = muscleAt(viewId, at.x, at.y);
    const next = region ? { regionId: region.regionId, label: `${region.muscle} (${sideWord[region.side]})` } : null;
    if (next?.regionId !== hover?.regionId) setHover(next);
  };

  const onPointerUp = (e: Konva.KonvaEventObject<PointerEvent>) => {
    pointers.current.delete(e.evt.pointerId);
    if (gesture.current) {
      if (pointers.current.size === 0) gesture.current = null;
      return;
    }
    if (tool === 'zone') zoneDrawing.up();
  };

  // The wheel zooms about the pointer. Handled on the container before Konva sees it: Konva would
  // hit-test every wheel event against its shapes, which zooming does not need.
  const zoomRef = useRef({ transform, onTransform });
  useLayoutEffect(() => {
    zoomRef.current = { transform, onTransform };
  });
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      e.stopPropagation();
      const { transform: t, onTransform: set } = zoomRef.current;
      if (!t) return;
      const r = el.getBoundingClientRect();
      set(zoomAt(t, Math.exp(-e.deltaY * 0.0015), e.clientX - r.left, e.clientY - r.top));
    };
    el.addEventListener('wheel', onWheel, { capture: true, passive: false });
    return () => el.removeEventListener('wheel', onWheel, { capture: true });
  }, []);

  const dragHandlers = useMemo(
    () => ({
      start: (id: string) => model.beginDrag(id),
      move: (id: string, x: number, y: number) => model.dragTo(id, x, y),
      end: (id: string) => {
        const result = model.endDrag(id);
        onMessage(result.ok ? null : result.message);
      },
    }),
    [model, onMessage],
  );
  // Stable handlers (they call the latest `pick`), so memoised shapes skip re-rendering.
  const pickRef = useRef(pick);
  useLayoutEffect(() => {
    pickRef.current = pick;
  });
  const onPickMark = useMemo(
    () => (id: string, e: Konva.KonvaEventObject<PointerEvent>) => pickRef.current('mark', id, e),
    [],
  );
  const onPickZone = useMemo(
    () => (id: string, e: Konva.KonvaEventObject<PointerEvent>) => pickRef.current('zone', id, e),
    [],
  );

  return (
    <div ref={box} className={`chart-canvas chart-canvas--${tool}`}>
      {transform && canvasSize.width > 0 && (
        <Stage
          ref={stage}
          width={canvasSize.width}
          height={canvasSize.height}
          scaleX={transform.scale}
          scaleY={transform.scale}
          x={transform.offsetX}
          y={transform.offsetY}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerCancel={onPointerUp}
          onPointerLeave={() => setHover(null)}
          onDblClick={() => zoneDrawing.finish()}
        >
          <Layer listening={false}>
            <ArtworkLayer view={view} scale={transform.scale} hoverRegionId={hover?.regionId} />
          </Layer>
          <Layer ref={shapes}>
            {zones.map((zone) => (
              <ZoneShape key={zone.id} zone={zone} g={size} selected={zone.id === selectedId} onPick={onPickZone} />
            ))}
            {marks.map((mark) => {
              const primary = mark.parentMarkId ? byId.get(mark.parentMarkId) : undefined;
              return primary ? <LinkLine key={`link-${mark.id}`} from={mark} to={primary} g={size} /> : null;
            })}
            {marks.map((mark) => (
              <MarkShape
                key={mark.id}
                mark={mark}
                g={size}
                selected={mark.id === selectedId}
                caution={model.cautionFor(mark)}
                draggable={tool === 'select' && model.editable}
                onPick={onPickMark}
                onDragStart={dragHandlers.start}
                onDragMove={dragHandlers.move}
                onDragEnd={dragHandlers.end}
              />
            ))}
            <ZoneDraft draft={zoneDrawing.draft} g={g} pattern={props.zonePattern} />
          </Layer>
        </Stage>
      )}
      <p className="chart-canvas__hover" aria-live="off" data-testid="hover-muscle">
        {hover ? hover.label : '\u00a0'}
      </p>
    </div>
  );
}

const mid = (a: { x: number; y: number }, b: { x: number; y: number }) => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
const dist = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.max(Math.hypot(a.x - b.x, a.y - b.y), 1);

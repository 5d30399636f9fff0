/**
 * The body chart on a Konva stage of two layers of custom shapes painted straight from the model:
 * the base (the artwork, then the chart's zones, links and marks) and an overlay (the mark being
 * dragged, with its satellites, and the zone being drawn), hidden when empty. No scene graph per mark and no Konva
 * hit canvas: what is under the pointer comes from the model (hit-test.ts). The view transform
 * lives outside React (a Signal), so zooming and panning only repaint.
 *
 * Pointer events, so mouse, pen and touch work; two fingers pinch-zoom and pan. Every pointer
 * action becomes one model command (a drag, a zone stroke: one step each).
 *
 * Points from the last visit waiting to be re-assessed are drawn faded under the marks. Clicking
 * one with a placing tool (active, latent, satellite, tender) charts it as still present instead
 * of placing a new point on top (the active and latent tools also say which it is now); with the
 * select tool it brings the point's row in the "To re-assess" panel (`onCarried`). The note, zone
 * and erase tools see through them.
 */
import type Konva from 'konva';
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Layer, Shape, Stage } from 'react-konva';
import type { CarriedPoint, ChartMark, ChartZone, ViewId } from '../../../db/api/contract';
import { getView, muscleAt } from '../artwork';
import { ArtworkBitmap, paintArtwork } from '../artwork/paint';
import type { ChartModel } from '../model';
import { fit, pan, toNormalised, toScreen, zoomAt, type ViewTransform } from '../model/transform';
import { markAt, zoneAt } from './hit-test';
import { densityOf, paintChart, paintDraft, type ChartScene } from './paint';
import type { Signal } from './signal';
import type { Tool } from './tools';
import { useZoneDrawing } from './useZoneDrawing';

export interface ChartCanvasProps {
  model: ChartModel;
  viewId: ViewId;
  tool: Tool;
  zonePattern: ChartZone['pattern'];
  viewport: Signal<ViewTransform | null>;
  onResize: (width: number, height: number) => void;
  onMessage: (message: string | null) => void;
  onErase: (type: 'mark' | 'zone', id: string) => void;
  /** A point from the last visit was clicked with the select tool. */
  onCarried?: (siteId: string) => void;
}

type Pt = { x: number; y: number };
type Gesture =
  | { kind: 'pan'; last: Pt }
  | { kind: 'pinch'; last: Pt; distance: number }
  | { kind: 'press'; id: string; start: Pt; grab: Pt }
  | { kind: 'drag'; id: string; grab: Pt }
  | { kind: 'tap'; start: Pt; at: Pt };

/** A zoom or pan gesture counts as over when the view has not moved for this long. */
const SETTLE_MS = 150;
/** A finger that moves further than this before lifting pans the view instead of placing a point. */
const TAP_SLOP_PX = 10;
/** A press on a mark with the select tool becomes a drag once the pointer moves this far. */
const DRAG_START_PX = 3;
const sideWord = { left: 'left', right: 'right', midline: 'midline' } as const;

/** The native 2D context of a Konva context (we paint with plain canvas calls). */
const native = (context: Konva.Context) => context._context;

/** Memoised: the model and the viewport tell it when to repaint, not the page's renders. */
export const ChartCanvas = memo(function ChartCanvas(props: ChartCanvasProps) {
  const { model, viewId, tool, viewport, onMessage, onResize } = props;
  const box = useRef<HTMLDivElement>(null);
  const stage = useRef<Konva.Stage>(null);
  const baseLayer = useRef<Konva.Layer>(null);
  const overlayLayer = useRef<Konva.Layer>(null);
  const [canvasSize, setCanvasSize] = useState({ width: 0, height: 0 });
  const [hover, setHover] = useState<{ regionId: string; label: string } | null>(null);
  const pointers = useRef(new Map<number, Pt>());
  const gesture = useRef<Gesture | null>(null);
  const view = getView(viewId);

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

  const zoneDrawing = useZoneDrawing({
    model,
    viewId,
    pattern: props.zonePattern,
    onMessage,
    width: view.width,
    height: view.height,
    scale: () => viewport.get()?.scale ?? 1,
  });

  // What the painters read, refreshed on every render; the layers repaint from it.
  const paint = useRef({
    view,
    hoverRegionId: null as string | null,
    draft: zoneDrawing.draft,
    pattern: props.zonePattern,
  });
  useLayoutEffect(() => {
    paint.current = {
      view,
      hoverRegionId: hover?.regionId ?? null,
      draft: zoneDrawing.draft,
      pattern: props.zonePattern,
    };
  });

  const scene = useCallback(
    (ghosts = true): ChartScene => ({
      marks: model.visibleMarks(viewId),
      zones: model.visibleZones(viewId),
      ghosts: ghosts ? model.waitingCarried(viewId) : undefined,
      selectedId: model.selectedId,
      cautionFor: (mark) => model.cautionFor(mark),
      primaryOf: (mark) => model.primaryOf(mark),
    }),
    [model, viewId],
  );

  // While the view is moving, the artwork is shown from a bitmap made when the page was idle.
  const [bitmap] = useState(() => new ArtworkBitmap());
  const moving = useRef(false);
  useEffect(() => {
    const handle = requestIdleCallback(() => bitmap.prepare(view), { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }, [bitmap, view]);

  const sceneFuncs = useMemo(() => {
    // The dragged mark and its satellites are painted on the overlay, over the rest.
    const dragged = (dragging: string) => (r: { id: string; parentMarkId?: string | null }) =>
      r.id === dragging || r.parentMarkId === dragging;
    return {
      artwork: (context: Konva.Context, shape: Konva.Shape) => {
        const t = viewport.get();
        if (!t) return;
        const ctx = native(context);
        const { view: shown, hoverRegionId } = paint.current;
        if (moving.current && bitmap.drawMoving(ctx, shown, t)) return;
        const stageSize = shape.getStage()?.size() ?? { width: 0, height: 0 };
        bitmap.drawAtRest(ctx, shown, t, hoverRegionId, { ...stageSize, density: densityOf(ctx) });
      },
      chart: (context: Konva.Context) => {
        const t = viewport.get();
        if (!t) return;
        const dragging = model.draggingId;
        const onOverlay = dragging === null ? null : dragged(dragging);
        paintChart(native(context), t, scene(), onOverlay ? (r) => !onOverlay(r) : undefined);
      },
      overlay: (context: Konva.Context) => {
        const t = viewport.get();
        if (!t) return;
        const ctx = native(context);
        const dragging = model.draggingId;
        if (dragging !== null) paintChart(ctx, t, { ...scene(false), zones: [] }, dragged(dragging));
        const { draft, pattern } = paint.current;
        if (draft) paintDraft(ctx, t, draft, pattern);
      },
    };
  }, [model, viewport, scene, bitmap]);

  /**
   * Repaints the base layer (artwork and chart) or the overlay. The overlay's canvas is hidden
   * while it has nothing to show: every visible canvas costs the browser a copy per frame.
   */
  const repaint = useCallback(
    (...which: ('base' | 'overlay')[]) => {
      if (which.includes('base')) baseLayer.current?.batchDraw();
      const overlay = overlayLayer.current;
      if (which.includes('overlay') && overlay) {
        const busy = model.draggingId !== null || paint.current.draft !== null;
        if (busy) overlay.visible(true).batchDraw();
        else if (overlay.visible()) overlay.visible(false);
      }
    },
    [model],
  );

  // Zoom and pan repaint everything, with no React render; the crisp artwork once they pause.
  useEffect(() => {
    let settle: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = viewport.subscribe(() => {
      moving.current = true;
      clearTimeout(settle);
      settle = setTimeout(() => {
        moving.current = false;
        repaint('base');
      }, SETTLE_MS);
      repaint('base', 'overlay');
    });
    return () => {
      unsubscribe();
      clearTimeout(settle);
    };
  }, [viewport, repaint]);
  // Model changes repaint the chart; during a drag only the overlay moves.
  useEffect(() => {
    let dragging = model.draggingId;
    return model.subscribe(() => {
      const now = model.draggingId;
      if (now === null || now !== dragging) repaint('base', 'overlay');
      else repaint('overlay');
      dragging = now;
    });
  }, [model, repaint]);
  // A new view, size, hover or draft (React state) repaints after the render.
  useLayoutEffect(
    () => repaint('base', 'overlay'),
    [view, scene, hover, zoneDrawing.draft, props.zonePattern, canvasSize, repaint],
  );

  // The stage's place on the page, measured once per gesture (and when the pointer comes in)
  // rather than on every pointer event (measuring can force the browser to lay out the page).
  const stageRect = useRef<DOMRect | null>(null);
  useEffect(() => {
    const forget = () => (stageRect.current = null);
    window.addEventListener('scroll', forget, { capture: true, passive: true });
    window.addEventListener('resize', forget);
    return () => {
      window.removeEventListener('scroll', forget, { capture: true });
      window.removeEventListener('resize', forget);
    };
  }, []);
  useEffect(() => {
    stageRect.current = null;
  }, [canvasSize]);

  /** Screen position (in the stage) and normalised chart position of a pointer event. */
  const locate = (e: PointerEvent | MouseEvent): { screen: Pt; at: Pt } | null => {
    const container = stage.current?.container();
    const t = viewport.get();
    if (!container || !t) return null;
    const r = (stageRect.current ??= container.getBoundingClientRect());
    const screen = { x: e.clientX - r.left, y: e.clientY - r.top };
    return { screen, at: toNormalised(t, screen.x, screen.y) };
  };

  const pickAt = (screen: Pt): { type: 'mark'; mark: ChartMark } | { type: 'zone'; zone: ChartZone } | null => {
    const t = viewport.get();
    if (!t) return null;
    const mark = markAt(model.visibleMarks(viewId), t, screen.x, screen.y);
    if (mark) return { type: 'mark', mark };
    // Zones are large: only selecting and erasing pick them; every other tool works through them
    // (satellites are often placed inside a referral zone, and zones overlap).
    if (tool !== 'select' && tool !== 'erase') return null;
    const zone = zoneAt(model.visibleZones(viewId), t, screen.x, screen.y);
    return zone ? { type: 'zone', zone } : null;
  };

  /** The point from the last visit waiting under a normalised chart position, if any. */
  const ghostAt = (at: Pt): CarriedPoint | undefined => {
    const t = viewport.get();
    const ghosts = model.waitingCarried(viewId);
    if (!t || ghosts.length === 0) return undefined;
    const screen = toScreen(t, at.x, at.y);
    return markAt(ghosts, t, screen.x, screen.y);
  };

  /** Charts a point from the last visit as still present, with the activity the tool names. */
  const stillPresent = (ghost: CarriedPoint) => {
    const triggerLike = ghost.kind === 'trigger_point' || ghost.kind === 'satellite';
    const activity = triggerLike && (tool === 'active' || tool === 'latent') ? tool : undefined;
    const result = model.markStillPresent(ghost.siteId, activity ? { activity } : {});
    onMessage(result.ok ? null : result.message);
  };

  const onPointerDown = (e: PointerEvent) => {
    if (e.button !== 0 && e.pointerType === 'mouse') return;
    // Something above the chart may have changed height since (a checklist folding away).
    if (pointers.current.size === 0) stageRect.current = null;
    const where = locate(e);
    if (!where) return;
    const { screen, at } = where;
    box.current?.setPointerCapture?.(e.pointerId);
    pointers.current.set(e.pointerId, screen);
    if (pointers.current.size === 2) {
      zoneDrawing.cancel();
      if (gesture.current?.kind === 'drag') model.cancelDrag();
      const [a, b] = [...pointers.current.values()] as [Pt, Pt];
      gesture.current = { kind: 'pinch', last: mid(a, b), distance: dist(a, b) };
      return;
    }
    if (pointers.current.size > 2) return;
    const hit = tool === 'zone' && zoneDrawing.draft ? null : pickAt(screen);
    if (hit) {
      const id = hit.type === 'mark' ? hit.mark.id : hit.zone.id;
      if (tool === 'erase') return props.onErase(hit.type, id);
      onMessage(null);
      model.select(id);
      if (hit.type === 'mark' && tool === 'select' && model.editable) {
        gesture.current = { kind: 'press', id, start: screen, grab: { x: hit.mark.x - at.x, y: hit.mark.y - at.y } };
      }
      return;
    }
    const ghost = tool === 'select' && props.onCarried ? ghostAt(at) : undefined;
    if (ghost) {
      // No mouse-down after this press: it would take the focus back from the point's row.
      e.preventDefault();
      onMessage(null);
      props.onCarried?.(ghost.siteId);
      return;
    }
    if (tool === 'select' || tool === 'erase') {
      model.select(null);
      gesture.current = { kind: 'pan', last: screen };
    } else if (tool === 'zone') {
      zoneDrawing.down(at, screen);
    } else if (e.pointerType === 'touch') {
      // A finger places its point when it lifts: it may be the first of two fingers pinching.
      gesture.current = { kind: 'tap', start: screen, at };
    } else {
      place(at);
    }
  };

  /** Places a mark with the current tool (mouse and pen: on press; a finger: when it lifts). */
  const place = (at: Pt) => {
    if (tool === 'select' || tool === 'erase' || tool === 'zone') return;
    const ghost = tool === 'note' ? undefined : ghostAt(at);
    if (ghost) return stillPresent(ghost);
    const selected = model.selectedId ? model.getMark(model.selectedId) : undefined;
    if (tool === 'satellite' && selected?.kind === 'satellite' && selected.parentMarkId) {
      model.select(selected.parentMarkId); // keep adding satellites to the same primary
    }
    const result = model.placeMark(tool, viewId, at.x, at.y);
    onMessage(result.ok ? null : result.message);
  };

  const onPointerMove = (e: PointerEvent) => {
    const where = locate(e);
    const t = viewport.get();
    if (!where || !t) return;
    const { screen, at } = where;
    if (pointers.current.has(e.pointerId)) pointers.current.set(e.pointerId, screen);
    const active = gesture.current;
    if (active?.kind === 'pinch') {
      if (pointers.current.size < 2) return;
      const [a, b] = [...pointers.current.values()] as [Pt, Pt];
      const centre = mid(a, b);
      const next = zoomAt(
        pan(t, centre.x - active.last.x, centre.y - active.last.y),
        dist(a, b) / active.distance,
        centre.x,
        centre.y,
      );
      gesture.current = { kind: 'pinch', last: centre, distance: dist(a, b) };
      viewport.set(next);
      return;
    }
    if (active?.kind === 'tap') {
      if (dist(screen, active.start) > TAP_SLOP_PX) gesture.current = { kind: 'pan', last: screen };
      return;
    }
    if (active?.kind === 'pan') {
      viewport.set(pan(t, screen.x - active.last.x, screen.y - active.last.y));
      gesture.current = { ...active, last: screen };
      return;
    }
    if (active?.kind === 'press' && dist(screen, active.start) >= DRAG_START_PX) {
      const began = model.beginDrag(active.id);
      gesture.current = began.ok ? { kind: 'drag', id: active.id, grab: active.grab } : null;
    }
    if (gesture.current?.kind === 'drag') {
      const { id, grab } = gesture.current;
      model.dragTo(id, at.x + grab.x, at.y + grab.y);
      return;
    }
    if (tool === 'zone') zoneDrawing.move(at, screen);
    const region = muscleAt(viewId, at.x, at.y);
    const next = region ? { regionId: region.regionId, label: `${region.muscle} (${sideWord[region.side]})` } : null;
    if (next?.regionId !== hover?.regionId) setHover(next);
  };

  const onPointerUp = (e: PointerEvent) => {
    const known = pointers.current.delete(e.pointerId);
    const active = gesture.current;
    if (active) {
      if (pointers.current.size > 0 && active.kind === 'pinch') return;
      gesture.current = null;
      if (active.kind === 'tap') place(active.at);
      if (active.kind === 'drag') {
        const result = model.endDrag(active.id);
        onMessage(result.ok ? null : result.message);
      }
      return;
    }
    if (known && tool === 'zone') zoneDrawing.up();
  };

  const onPointerCancel = (e: PointerEvent) => {
    pointers.current.delete(e.pointerId);
    if (gesture.current?.kind === 'drag') model.cancelDrag();
    gesture.current = null;
  };

  // Native listeners on the container, before Konva: wheel zoom needs no hit test, and the
  // pointer handlers see the latest props through this ref.
  const handlers = useRef({ onPointerDown, onPointerMove, onPointerUp, onPointerCancel, zoneDrawing });
  useLayoutEffect(() => {
    handlers.current = { onPointerDown, onPointerMove, onPointerUp, onPointerCancel, zoneDrawing };
  });
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const listeners: [string, (e: never) => void][] = [
      ['pointerdown', (e: PointerEvent) => handlers.current.onPointerDown(e)],
      ['pointermove', (e: PointerEvent) => handlers.current.onPointerMove(e)],
      ['pointerup', (e: PointerEvent) => handlers.current.onPointerUp(e)],
      ['pointercancel', (e: PointerEvent) => handlers.current.onPointerCancel(e)],
      ['pointerleave', () => !gesture.current && setHover(null)],
      ['pointerenter', () => (stageRect.current = null)],
      ['dblclick', () => handlers.current.zoneDrawing.finish()],
      [
        'wheel',
        (e: WheelEvent) => {
          e.preventDefault();
          const where = locate(e);
          if (where)
            viewport.update((t) => (t ? zoomAt(t, Math.exp(-e.deltaY * 0.0015), where.screen.x, where.screen.y) : t));
        },
      ],
    ];
    for (const [type, fn] of listeners) el.addEventListener(type, fn as EventListener, { passive: false });
    return () => {
      for (const [type, fn] of listeners) el.removeEventListener(type, fn as EventListener);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- handlers are read through the ref
  }, [viewport]);

  // Printing: the whole view is painted, crisp, onto a canvas that only the printout shows
  // (Konva's canvases are resized, and so cleared, by the print layout).
  const printCanvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const paintForPrint = () => {
      const canvas = printCanvas.current;
      const ctx = canvas?.getContext('2d');
      if (!canvas || !ctx) return;
      const shown = paint.current.view;
      // About the printed size in CSS pixels, so marks print as large as they show on screen.
      const density = 4;
      const width = 330;
      const height = Math.round((width * shown.height) / shown.width);
      canvas.width = width * density;
      canvas.height = height * density;
      ctx.setTransform(density, 0, 0, density, 0, 0);
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, width, height);
      const whole = fit(shown.width, shown.height, width, height, 8);
      paintArtwork(ctx, shown, whole);
      paintChart(ctx, whole, { ...scene(), selectedId: null });
    };
    window.addEventListener('beforeprint', paintForPrint);
    return () => window.removeEventListener('beforeprint', paintForPrint);
  }, [scene]);

  return (
    <div ref={box} className={`chart-canvas chart-canvas--${tool}`}>
      {canvasSize.width > 0 && (
        <Stage ref={stage} width={canvasSize.width} height={canvasSize.height} listening={false}>
          <Layer ref={baseLayer} listening={false}>
            <Shape sceneFunc={sceneFuncs.artwork} listening={false} />
            <Shape sceneFunc={sceneFuncs.chart} listening={false} />
          </Layer>
          <Layer ref={overlayLayer} listening={false} visible={false}>
            <Shape sceneFunc={sceneFuncs.overlay} listening={false} />
          </Layer>
        </Stage>
      )}
      <p className="chart-canvas__caption">{view.label}</p>
      <canvas ref={printCanvas} className="chart-canvas__print" aria-hidden="true" />
      <p className="chart-canvas__hover" aria-live="off" data-testid="hover-muscle">
        {hover ? hover.label : '\u00a0'}
      </p>
    </div>
  );
});

const mid = (a: Pt, b: Pt) => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
const dist = (a: Pt, b: Pt) => Math.max(Math.hypot(a.x - b.x, a.y - b.y), 1);

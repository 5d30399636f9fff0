/**
 * Drawing a referral zone for the selected trigger point: press and drag draws freehand (pen,
 * finger or mouse); separate clicks place the corners of a polygon, closed by clicking the first
 * corner, double-clicking or Enter. One finished zone is one undo step.
 */
import { useEffect, useRef, useState } from 'react';
import type { ChartZone, ViewId } from '../../../db/api/contract';
import type { ChartModel } from '../model';

type Pt = { x: number; y: number };
export interface Draft {
  points: Pt[];
  mode: 'freehand' | 'polygon';
  cursor: Pt | null;
}

const DRAG_START_PX = 6;
const FREEHAND_STEP_PX = 3;
const CLOSE_PX = 10;

export function useZoneDrawing(opts: {
  model: ChartModel;
  viewId: ViewId;
  pattern: ChartZone['pattern'];
  /** View size in units and screen pixels per unit, to measure clicks in pixels. */
  width: number;
  height: number;
  scale: () => number;
  onMessage: (message: string | null) => void;
}) {
  const { model, viewId, pattern, onMessage } = opts;
  const pixels = (a: Pt, b: Pt) =>
    Math.hypot((a.x - b.x) * opts.width * opts.scale(), (a.y - b.y) * opts.height * opts.scale());
  const [draft, setDraft] = useState<Draft | null>(null);
  const press = useRef<{ at: Pt; screen: Pt; lastScreen: Pt; moved: boolean; first: boolean } | null>(null);
  const owner = useRef<string | null>(null);

  const reset = () => {
    press.current = null;
    owner.current = null;
    setDraft(null);
  };

  const commit = (points: Pt[], shape: ChartZone['shape']) => {
    const markId = owner.current;
    reset();
    if (!markId) return;
    const result = model.addZone(
      markId,
      viewId,
      points.map((p) => [p.x, p.y] as [number, number]),
      shape,
      pattern,
    );
    onMessage(result.ok ? null : result.message);
  };

  const finish = () => {
    if (draft?.mode === 'polygon') commit(draft.points, 'polygon');
  };

  const down = (at: Pt, screen: Pt) => {
    if (!owner.current) {
      const selected = model.selectedId ? model.getMark(model.selectedId) : undefined;
      if (!selected || (selected.kind !== 'trigger_point' && selected.kind !== 'satellite')) {
        onMessage('Select the trigger point first, then draw where it refers pain.');
        return;
      }
      owner.current = selected.id;
    }
    press.current = { at, screen, lastScreen: screen, moved: false, first: !draft };
    if (!draft) setDraft({ points: [at], mode: 'polygon', cursor: null });
  };

  const move = (at: Pt, screen: Pt) => {
    const p = press.current;
    if (!p) {
      if (draft?.mode === 'polygon') setDraft({ ...draft, cursor: at });
      return;
    }
    if (!p.moved && Math.hypot(screen.x - p.screen.x, screen.y - p.screen.y) > DRAG_START_PX) {
      p.moved = true;
      if (!draft || draft.points.length <= 1)
        setDraft({ points: [draft?.points[0] ?? at, at], mode: 'freehand', cursor: null });
    }
    if (p.moved && draft?.mode !== 'polygon') {
      if (Math.hypot(screen.x - p.lastScreen.x, screen.y - p.lastScreen.y) >= FREEHAND_STEP_PX) {
        p.lastScreen = screen;
        setDraft((d) => (d ? { ...d, mode: 'freehand', points: [...d.points, at] } : d));
      }
    }
  };

  const up = () => {
    const p = press.current;
    press.current = null;
    if (!p || !draft) return;
    if (draft.mode === 'freehand') return commit(draft.points, 'freehand');
    if (p.first) return; // that click placed the first corner
    const first = draft.points[0];
    const last = draft.points[draft.points.length - 1];
    if (first && draft.points.length >= 3 && pixels(first, p.at) <= CLOSE_PX) return commit(draft.points, 'polygon');
    if (last && pixels(last, p.at) < FREEHAND_STEP_PX) return; // the second click of a double-click
    setDraft({ ...draft, points: [...draft.points, p.at] });
  };

  useEffect(() => {
    if (!draft) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Enter') finish();
      else if (e.key === 'Escape') reset();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  return { draft, down, move, up, finish, cancel: reset };
}

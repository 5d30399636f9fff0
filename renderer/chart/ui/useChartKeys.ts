/** The chart's keyboard: one key per tool, arrows nudge, Delete removes, Ctrl/Cmd+Z undoes. */
import { useEffect } from 'react';
import type { ChartModel } from '../model';
import { PATTERN_KEY, toolByKey, type Tool } from './tools';

export interface ChartKeyActions {
  setTool: (tool: Tool) => void;
  swapPattern: () => void;
  requestDelete: (id: string) => void;
  zoom: (factor: number) => void;
  fit: () => void;
  message: (m: string | null) => void;
}

const NUDGE = 0.002;

function typingInto(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  return (
    el.isContentEditable ||
    ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName) ||
    !!el.closest('[role="dialog"], [role="alertdialog"]')
  );
}

export function useChartKeys(model: ChartModel | null, actions: ChartKeyActions): void {
  useEffect(() => {
    if (!model) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || typingInto(e.target)) return;
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      const result = (r: { ok: boolean; message?: string }) => actions.message(r.ok ? null : (r.message ?? null));
      if (mod && key === 'z') {
        result(e.shiftKey ? model.redo() : model.undo());
      } else if (mod && key === 'y') {
        result(model.redo());
      } else if (mod || e.altKey) {
        return;
      } else if (toolByKey.has(key)) {
        actions.setTool(toolByKey.get(key) as Tool);
      } else if (key === PATTERN_KEY.toLowerCase()) {
        actions.swapPattern();
      } else if ((e.key === 'Delete' || e.key === 'Backspace') && model.selectedId) {
        actions.requestDelete(model.selectedId);
      } else if (e.key.startsWith('Arrow') && model.selectedId && model.getMark(model.selectedId)) {
        if ((e.target as HTMLElement | null)?.closest('[role="tablist"], table')) return;
        const step = e.shiftKey ? NUDGE * 5 : NUDGE;
        const [dx, dy] = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] }[
          e.key
        ] ?? [0, 0];
        result(model.nudge(model.selectedId, dx ?? 0, dy ?? 0));
      } else if (e.key === '+' || e.key === '=') {
        actions.zoom(1.25);
      } else if (e.key === '-') {
        actions.zoom(0.8);
      } else if (e.key === '0') {
        actions.fit();
      } else if (e.key === 'Escape') {
        model.select(null);
      } else {
        return;
      }
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [model, actions]);
}

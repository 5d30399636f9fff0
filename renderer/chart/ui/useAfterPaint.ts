import { useEffect, useRef, useState } from 'react';

/**
 * `value`, but only after the browser has painted the next frame: for parts of the page that
 * can follow a moment later (the inspector and table after a point is placed), so the frame
 * that shows the point is never held up by them. Changes arriving faster than frames are
 * coalesced, never starved: the update already scheduled shows the latest value.
 */
export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  const latest = useRef(value);
  const scheduled = useRef<{ frame: number; timer?: ReturnType<typeof setTimeout> } | null>(null);
  useEffect(() => {
    latest.current = value;
    if (scheduled.current) return;
    // The animation frame runs just before the paint; a task queued from it runs just after.
    const next: { frame: number; timer?: ReturnType<typeof setTimeout> } = {
      frame: requestAnimationFrame(() => {
        next.timer = setTimeout(() => {
          scheduled.current = null;
          setShown(latest.current);
        }, 0);
      }),
    };
    scheduled.current = next;
  }, [value]);
  useEffect(
    () => () => {
      const pending = scheduled.current;
      if (pending) {
        cancelAnimationFrame(pending.frame);
        clearTimeout(pending.timer);
        scheduled.current = null;
      }
    },
    [],
  );
  return shown;
}

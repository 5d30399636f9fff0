/**
 * Keeps an SVG group laid over the chart in step with zoom and pan: its transform maps the
 * view's normalised box (0..1) onto the canvas, set straight from the viewport signal (no React
 * render per wheel step). Used by the atlas overlay and the pain painter.
 */
import { useEffect, type RefObject } from 'react';
import type { ViewId } from '../../../db/api/contract';
import type { ViewTransform } from '../model/transform';
import type { Signal } from './signal';

export function useFollowViewport(
  group: RefObject<SVGGElement | null>,
  viewport: Signal<ViewTransform | null>,
  viewId: ViewId,
): void {
  useEffect(() => {
    const place = () => {
      const t = viewport.get();
      if (!t || !group.current) return;
      group.current.setAttribute(
        'transform',
        `translate(${t.offsetX} ${t.offsetY}) scale(${t.scale * t.viewWidth} ${t.scale * t.viewHeight})`,
      );
    };
    place();
    return viewport.subscribe(place);
  }, [group, viewport, viewId]);
}

/**
 * Printed pictures of the body chart: their size on paper and the legend's symbols (only those
 * the pictures show). Shared by the session note and the home-care handout; pure functions
 * (tested in Node).
 */
import type { ChartMark, ChartZone, ViewId } from '../../../db/api/contract';
import { getView } from '../../chart/artwork';
import { SYMBOLS, markSymbol, zoneSymbol, type SymbolId } from '../../chart/ui/symbols';

type Placed = Pick<ChartMark, 'kind' | 'activity' | 'viewId'>;

/** The symbols the printed views show, in the legend's order (the caution zone when drawn). */
export function usedSymbols(
  marks: readonly Placed[],
  zones: readonly Pick<ChartZone, 'pattern' | 'viewId'>[],
  views: readonly ViewId[],
): SymbolId[] {
  const shown = new Set(views);
  const used = new Set<SymbolId>();
  for (const mark of marks) if (shown.has(mark.viewId)) used.add(markSymbol(mark).id);
  for (const zone of zones) if (shown.has(zone.viewId)) used.add(zoneSymbol(zone).id);
  if (views.some((v) => getView(v).caution.length > 0)) used.add('caution');
  return (Object.keys(SYMBOLS) as SymbolId[]).filter((id) => used.has(id));
}

/** The largest size (CSS pixels) with the view's proportions that fits `maxWidth` x `maxHeight`. */
export function figureSize(viewId: ViewId, maxWidth: number, maxHeight: number): { width: number; height: number } {
  const view = getView(viewId);
  const scale = Math.min(maxWidth / view.width, maxHeight / view.height);
  return { width: Math.round(view.width * scale), height: Math.round(view.height * scale) };
}

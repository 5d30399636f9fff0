/**
 * The session's chart as the note prints it: loaded into the chart's own model (read only), so
 * deleted records, satellite links and caution warnings follow exactly the rules the chart
 * uses, then cut into one picture per view that has marks. Plain TypeScript (tested in Node).
 */
import { v7 as uuidv7 } from 'uuid';
import type { ChartMark, ChartSnapshot, ChartZone, ViewId } from '../../../db/api/contract';
import { getView } from '../../chart/artwork';
import { appArtwork as artwork } from '../../chart/artwork/app-port';
import { ChartModel } from '../../chart/model';
import type { SymbolId } from '../../chart/ui/symbols';
import { figureSize, usedSymbols } from '../printing/figures';
import type { PrintedFigure } from '../printing/paint-figure';
import { viewsWithMarks } from './note-chart';

/** The largest printed picture, CSS pixels (96 per inch): about 3.4 x 4.6 inches. */
export const FIGURE_MAX = { width: 330, height: 440 } as const;

export interface NoteChartFigure extends PrintedFigure {
  label: string;
  markCount: number;
}

export interface NoteChart {
  /** Live marks and zones of every view. */
  marks: readonly ChartMark[];
  zones: readonly ChartZone[];
  figures: NoteChartFigure[];
  /** The legend: only the symbols the pictures show. */
  symbols: SymbolId[];
}

export function noteChart(snapshot: ChartSnapshot): NoteChart {
  const model = new ChartModel(snapshot, { artwork, newId: uuidv7 });
  const marks = model.visibleMarks();
  const zones = model.visibleZones();
  const views: ViewId[] = viewsWithMarks(marks, zones);
  const figures = views.map((viewId) => {
    const viewMarks = model.visibleMarks(viewId);
    return {
      viewId,
      label: getView(viewId).label,
      markCount: viewMarks.length,
      ...figureSize(viewId, FIGURE_MAX.width, FIGURE_MAX.height),
      scene: {
        marks: viewMarks,
        zones: model.visibleZones(viewId),
        selectedId: null,
        cautionFor: (mark: ChartMark) => model.cautionFor(mark),
        primaryOf: (mark: ChartMark) => model.primaryOf(mark),
      },
    };
  });
  return { marks, zones, figures, symbols: usedSymbols(marks, zones, views) };
}

import { FigureCanvas, SymbolLegendItems } from '../printing/PrintCanvas';
import type { PaintQueue } from '../printing/paint-queue';
import type { SymbolId } from '../../chart/ui/symbols';
import type { NoteChart, NoteChartFigure } from './note-scene';

const marksWord = (n: number) => `${n} mark${n === 1 ? '' : 's'}`;

/** One view as a picture, with its name and how many marks it shows. */
function ChartFigure({ figure, queue }: { figure: NoteChartFigure; queue: PaintQueue }) {
  return (
    <figure className="note-figure">
      <FigureCanvas
        figure={figure}
        queue={queue}
        label={`Body chart, ${figure.label}, ${marksWord(figure.markCount)}`}
      />
      <figcaption className="note-figure__caption">
        {figure.label} <span className="note-muted">({marksWord(figure.markCount)})</span>
      </figcaption>
    </figure>
  );
}

/** One legend for all the pictures, listing only the symbols they show. */
function NoteLegend({ symbols }: { symbols: SymbolId[] }) {
  return (
    <section className="note-legend note-block" aria-labelledby="note-legend">
      <h3 id="note-legend" className="note-subheading">
        Legend
      </h3>
      <ul className="print-legend__list">
        <SymbolLegendItems symbols={symbols} />
      </ul>
    </section>
  );
}

/** The views that have marks, each whole with its marks and zones, and their legend. */
export function NoteChartSection({ chart, queue }: { chart: NoteChart; queue: PaintQueue }) {
  return (
    <section className="note-section note-chart" aria-labelledby="note-chart">
      <h2 id="note-chart" className="note-section__heading">
        Body chart
      </h2>
      {chart.figures.length === 0 ? (
        <p className="note-muted">Nothing marked on the chart</p>
      ) : (
        <>
          <div className="note-chart__figures">
            {chart.figures.map((figure) => (
              <ChartFigure key={figure.viewId} figure={figure} queue={queue} />
            ))}
          </div>
          <NoteLegend symbols={chart.symbols} />
        </>
      )}
    </section>
  );
}

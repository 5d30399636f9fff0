import { useEffect, useRef } from 'react';
import { SYMBOLS, type SymbolId } from '../../chart/ui/symbols';
import type { NoteChart, NoteChartFigure } from './note-scene';
import { PRINT_DENSITY, SWATCH_PX, paintFigure, paintSwatch } from './paint-figure';
import type { PaintQueue } from './paint-queue';

const marksWord = (n: number) => `${n} mark${n === 1 ? '' : 's'}`;

/** One view as a picture: painted once, through the queue, when the chart has loaded. */
function ChartFigure({ figure, queue }: { figure: NoteChartFigure; queue: PaintQueue }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    queue.add(figure.viewId, () => {
      if (canvas.current) paintFigure(canvas.current, figure);
    });
    return () => queue.remove(figure.viewId);
  }, [figure, queue]);
  return (
    <figure className="note-figure">
      <canvas
        ref={canvas}
        className="note-figure__image"
        width={Math.round(figure.width * PRINT_DENSITY)}
        height={Math.round(figure.height * PRINT_DENSITY)}
        style={{ width: figure.width }}
        role="img"
        aria-label={`Body chart, ${figure.label}, ${marksWord(figure.markCount)}`}
      />
      <figcaption className="note-figure__caption">
        {figure.label} <span className="note-muted">({marksWord(figure.markCount)})</span>
      </figcaption>
    </figure>
  );
}

function Swatch({ id }: { id: SymbolId }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (canvas.current) paintSwatch(canvas.current, id);
  }, [id]);
  return (
    <canvas
      ref={canvas}
      className="note-legend__swatch"
      width={SWATCH_PX * PRINT_DENSITY}
      height={SWATCH_PX * PRINT_DENSITY}
      aria-hidden="true"
    />
  );
}

/** One legend for all the pictures, listing only the symbols they show. */
function NoteLegend({ symbols }: { symbols: SymbolId[] }) {
  return (
    <section className="note-legend note-block" aria-labelledby="note-legend">
      <h3 id="note-legend" className="note-subheading">
        Legend
      </h3>
      <ul className="note-legend__list">
        {symbols.map((id) => (
          <li key={id} className="note-legend__item">
            <Swatch id={id} />
            <span>
              <span className="note-legend__label">{SYMBOLS[id].label}</span>{' '}
              <span className="note-muted">— {SYMBOLS[id].description}</span>
            </span>
          </li>
        ))}
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

/** The pictures of the chosen view and their legend. */
import { useLayoutEffect, useMemo, useRef } from 'react';
import type { ViewId } from '../../../db/api/contract';
import { SymbolLegendItems } from '../printing/PrintCanvas';
import { PRINT_DENSITY, paintFigure } from '../printing/paint-figure';
import { SWATCH, paintCompareSwatch, type CompareSwatchId } from './compare-paint';
import {
  compareFigures,
  compareSymbols,
  type CompareFigure,
  type CompareLayout,
  type VisitNames,
} from './compare-scene';
import type { ChartComparison } from './diff';

/** One picture, painted by the chart's painters whenever its figure changes. */
function CompareCanvas({ figure }: { figure: CompareFigure }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useLayoutEffect(() => {
    if (canvas.current) paintFigure(canvas.current, figure, figure.overlay);
  }, [figure]);
  return (
    <canvas
      ref={canvas}
      className="compare-figure__image"
      width={Math.round(figure.width * PRINT_DENSITY)}
      height={Math.round(figure.height * PRINT_DENSITY)}
      style={{ width: figure.width }}
      role="img"
      aria-label={figure.label}
    />
  );
}

function CompareSwatch({ id }: { id: CompareSwatchId }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useLayoutEffect(() => {
    if (canvas.current) paintCompareSwatch(canvas.current, id);
  }, [id]);
  return (
    <canvas
      ref={canvas}
      className="compare-legend__swatch"
      width={SWATCH.width * SWATCH.density}
      height={SWATCH.height * SWATCH.density}
      style={{ width: SWATCH.width }}
      aria-hidden="true"
    />
  );
}

const LEGEND: Record<CompareLayout, [CompareSwatchId, string, string][]> = {
  side: [
    ['new', 'New', 'in a green ring, on the later visit’s picture'],
    ['persisting', 'Still present', 'drawn as usual on both pictures'],
    ['resolved', 'Resolved', 'faded in a dashed ring and crossed out, on the earlier visit’s picture'],
  ],
  overlay: [
    ['earlier', 'Earlier visit', 'faded, in a dashed grey ring'],
    ['new', 'New', 'in a green ring'],
    ['persisting-overlaid', 'Still present', 'the later point over its earlier ring'],
    ['moved', 'Moved', 'a dashed line from where it was to where it is now'],
    ['resolved', 'Resolved', 'the earlier ring, crossed out'],
  ],
};

function CompareLegend({ layout, comparison, viewId }: Props) {
  return (
    <section className="compare-legend" aria-labelledby="compare-legend">
      <h2 id="compare-legend" className="compare-legend__heading">
        Legend
      </h2>
      <ul className="compare-legend__list">
        {LEGEND[layout].map(([id, label, description]) => (
          <li key={id} className="compare-legend__item">
            <CompareSwatch id={id} />
            <span>
              <strong>{label}</strong> <span className="compare-muted">— {description}</span>
            </span>
          </li>
        ))}
      </ul>
      <ul className="print-legend__list compare-legend__kinds">
        <SymbolLegendItems symbols={compareSymbols(comparison, viewId)} />
      </ul>
    </section>
  );
}

interface Props {
  comparison: ChartComparison;
  viewId: ViewId;
  layout: CompareLayout;
  visits: VisitNames;
}

export function CompareFigures(props: Props) {
  const { comparison, viewId, layout, visits } = props;
  const { earlier, later } = visits;
  // New figures only when what they show changes: each new figure repaints its canvas.
  const figures = useMemo(
    () => compareFigures(comparison, viewId, layout, { earlier, later }),
    [comparison, viewId, layout, earlier, later],
  );
  return (
    <div className="compare-pictures">
      <div className={`compare-figures compare-figures--${layout}`}>
        {figures.map((figure) => (
          <figure key={figure.key} className="compare-figure">
            <CompareCanvas figure={figure} />
            <figcaption className="compare-figure__caption">{figure.caption}</figcaption>
          </figure>
        ))}
      </div>
      <CompareLegend {...props} />
    </div>
  );
}

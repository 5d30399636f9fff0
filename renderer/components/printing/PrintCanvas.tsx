/**
 * The canvases of a printed page: a chart picture painted once through the page's paint queue,
 * and a legend symbol. Both are painted by the chart's own painters at print density.
 */
import { useLayoutEffect, useRef } from 'react';
import { SYMBOLS, type SymbolId } from '../../chart/ui/symbols';
import {
  PRINT_DENSITY,
  SWATCH_PX,
  paintFigure,
  paintSwatch,
  type FigureOverlay,
  type PrintedFigure,
} from './paint-figure';
import type { PaintQueue } from './paint-queue';
import './printing.css';

interface FigureProps {
  figure: PrintedFigure;
  queue: PaintQueue;
  /** The accessible name of the picture. */
  label: string;
  overlay?: FigureOverlay;
}

/**
 * One view as a picture: painted once, through the queue, when its data has loaded. Queued in a
 * layout effect, so a page that shows new content and prints at once (flushSync, then the
 * queue's flush) prints the new picture.
 */
export function FigureCanvas({ figure, queue, label, overlay }: FigureProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useLayoutEffect(() => {
    queue.add(figure.viewId, () => {
      if (canvas.current) paintFigure(canvas.current, figure, overlay);
    });
    return () => queue.remove(figure.viewId);
  }, [figure, queue, overlay]);
  return (
    <canvas
      ref={canvas}
      className="print-figure__image"
      width={Math.round(figure.width * PRINT_DENSITY)}
      height={Math.round(figure.height * PRINT_DENSITY)}
      style={{ width: figure.width }}
      role="img"
      aria-label={label}
    />
  );
}

export function Swatch({ id }: { id: SymbolId }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useLayoutEffect(() => {
    if (canvas.current) paintSwatch(canvas.current, id);
  }, [id]);
  return (
    <canvas
      ref={canvas}
      className="print-legend__swatch"
      width={SWATCH_PX * PRINT_DENSITY}
      height={SWATCH_PX * PRINT_DENSITY}
      aria-hidden="true"
    />
  );
}

/** The legend's rows: each symbol the pictures show, drawn as the chart draws it, with its meaning. */
export function SymbolLegendItems({
  symbols,
  descriptions = {},
}: {
  symbols: readonly SymbolId[];
  /** Other words for some symbols (the client's sheet does not speak to therapists). */
  descriptions?: Partial<Record<SymbolId, string>>;
}) {
  return symbols.map((id) => (
    <li key={id} className="print-legend__item">
      <Swatch id={id} />
      <span>
        <span className="print-legend__label">{SYMBOLS[id].label}</span>{' '}
        <span className="print-legend__muted">— {descriptions[id] ?? SYMBOLS[id].description}</span>
      </span>
    </li>
  ));
}

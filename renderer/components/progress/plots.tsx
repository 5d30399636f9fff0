/**
 * The progress plots (recharts: React drawing SVG, so they print as vectors). Each sits in a
 * wrapper with role="img" and a name saying what it shows; the numbers are in the table beside it.
 * No animations (they would print half-drawn) and no keyboard layer (the table carries the data).
 * `width` fixes the size (the printed report); without it a plot fills its box on screen.
 */
import type { ReactElement } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ReferenceLine, XAxis, YAxis } from 'recharts';
import {
  NDI_BAND_LIMITS,
  type NdiRow,
  type PainRow,
  type PointsRow,
  type RomSeries,
  type SiteSeries,
} from './progress-data';

export const COLOURS = {
  before: '#a8271f',
  after: '#2b675f',
  ppt: '#1f4f8a',
  bar: '#2b675f',
  reference: '#7a4100',
  grid: '#dde2dc',
};

interface Size {
  /** Fixed width in pixels; none: fill the box. */
  width?: number;
  height?: number;
}

const MARGIN = { top: 10, right: 16, bottom: 4, left: 0 };
const TICK = { fontSize: 11 };

function chartSize({ width, height = 220 }: Size) {
  return {
    width: width ?? ('100%' as const),
    height,
    responsive: width === undefined,
    accessibilityLayer: false,
    margin: MARGIN,
  };
}

/** The wrapper that gives a plot its accessible name. */
export function PlotFrame({ label, children }: { label: string; children: ReactElement }) {
  return (
    <div className="progress-plot" role="img" aria-label={label}>
      {children}
    </div>
  );
}

function span(rows: readonly { day: string }[]): string {
  const first = rows.at(0);
  const last = rows.at(-1);
  if (!first || !last) return '';
  return rows.length === 1 ? ` on ${first.day}` : `, ${first.day} to ${last.day}`;
}
const visitCount = (n: number) => `${n} visit${n === 1 ? '' : 's'}`;

export function PainPlot({ rows, ...size }: { rows: PainRow[] } & Size) {
  return (
    <PlotFrame
      label={`Line chart of pain before and after treatment, 0 to 10, at ${visitCount(rows.length)}${span(rows)}.`}
    >
      <LineChart data={rows} {...chartSize(size)}>
        <CartesianGrid stroke={COLOURS.grid} strokeDasharray="3 3" />
        <XAxis dataKey="day" tick={TICK} />
        <YAxis domain={[0, 10]} ticks={[0, 2, 4, 6, 8, 10]} tick={TICK} width={32} />
        <Legend wrapperStyle={TICK} />
        <Line
          name="Before treatment"
          dataKey="before"
          stroke={COLOURS.before}
          strokeWidth={2}
          connectNulls
          isAnimationActive={false}
        />
        <Line
          name="After treatment"
          dataKey="after"
          stroke={COLOURS.after}
          strokeWidth={2}
          strokeDasharray="5 3"
          connectNulls
          isAnimationActive={false}
        />
      </LineChart>
    </PlotFrame>
  );
}

export function PointsPlot({ rows, ...size }: { rows: PointsRow[] } & Size) {
  return (
    <PlotFrame label={`Bar chart of active trigger points at ${visitCount(rows.length)}${span(rows)}.`}>
      <BarChart data={rows} {...chartSize(size)}>
        <CartesianGrid stroke={COLOURS.grid} strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="day" tick={TICK} />
        <YAxis allowDecimals={false} tick={TICK} width={32} />
        <Bar name="Active trigger points" dataKey="active" fill={COLOURS.bar} isAnimationActive={false} />
      </BarChart>
    </PlotFrame>
  );
}

export function NdiPlot({ rows, ...size }: { rows: NdiRow[] } & Size) {
  return (
    <PlotFrame
      label={`Line chart of the Neck Disability Index score, 0 to 50, at ${visitCount(rows.length)}${span(rows)}, with lines where the bands start: mild at 5, moderate at 15, severe at 25, complete at 35.`}
    >
      <LineChart data={rows} {...chartSize(size)}>
        <CartesianGrid stroke={COLOURS.grid} strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="day" tick={TICK} />
        <YAxis domain={[0, 50]} ticks={[0, 5, 15, 25, 35, 50]} tick={TICK} width={32} />
        {NDI_BAND_LIMITS.map((band) => (
          <ReferenceLine
            key={band.total}
            y={band.total}
            stroke={COLOURS.reference}
            strokeDasharray="4 4"
            label={{ value: band.label, position: 'insideTopRight', fontSize: 10, fill: COLOURS.reference }}
          />
        ))}
        <Line name="Score" dataKey="total" stroke={COLOURS.after} strokeWidth={2} isAnimationActive={false} />
      </LineChart>
    </PlotFrame>
  );
}

export function RomPlot({ series, ...size }: { series: RomSeries } & Size) {
  const top = Math.max(series.usual, ...series.rows.map((r) => r.degrees));
  return (
    <PlotFrame
      label={`Line chart of ${series.label.toLowerCase()} in degrees at ${visitCount(series.rows.length)}${span(series.rows)}, with a line at the usual ${series.usual}°.`}
    >
      <LineChart data={series.rows} {...chartSize({ height: 170, ...size })}>
        <CartesianGrid stroke={COLOURS.grid} strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="day" tick={TICK} />
        <YAxis domain={[0, Math.ceil((top + 5) / 10) * 10]} tick={TICK} width={32} unit="°" />
        <ReferenceLine
          y={series.usual}
          stroke={COLOURS.reference}
          strokeDasharray="4 4"
          label={{
            value: `usual ${series.usual}°`,
            position: 'insideBottomRight',
            fontSize: 10,
            fill: COLOURS.reference,
          }}
        />
        <Line name={series.label} dataKey="degrees" stroke={COLOURS.ppt} strokeWidth={2} isAnimationActive={false} />
      </LineChart>
    </PlotFrame>
  );
}

export function SitePlot({ series, ...size }: { series: SiteSeries } & Size) {
  const hasPpt = series.rows.some((r) => r.ppt !== null);
  return (
    <PlotFrame
      label={`Line chart of ${series.name}: tenderness before and after treatment (0 to 10)${hasPpt ? ' and pressure pain threshold (kg/cm²)' : ''} at ${visitCount(series.rows.length)}${span(series.rows)}.`}
    >
      <LineChart data={series.rows} {...chartSize({ height: 180, ...size })}>
        <CartesianGrid stroke={COLOURS.grid} strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="day" tick={TICK} />
        <YAxis yAxisId="score" domain={[0, 10]} ticks={[0, 5, 10]} tick={TICK} width={28} />
        {hasPpt && <YAxis yAxisId="ppt" orientation="right" tick={TICK} width={32} />}
        <Legend wrapperStyle={TICK} />
        <Line
          yAxisId="score"
          name="Tenderness before"
          dataKey="tenderness"
          stroke={COLOURS.before}
          strokeWidth={2}
          connectNulls
          isAnimationActive={false}
        />
        <Line
          yAxisId="score"
          name="Tenderness after"
          dataKey="tendernessAfter"
          stroke={COLOURS.after}
          strokeWidth={2}
          strokeDasharray="5 3"
          connectNulls
          isAnimationActive={false}
        />
        {hasPpt && (
          <Line
            yAxisId="ppt"
            name="PPT (kg/cm², right axis)"
            dataKey="ppt"
            stroke={COLOURS.ppt}
            strokeWidth={2}
            strokeDasharray="2 2"
            connectNulls
            isAnimationActive={false}
          />
        )}
      </LineChart>
    </PlotFrame>
  );
}

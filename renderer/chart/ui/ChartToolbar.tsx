import type { ChartZone } from '../../../db/api/contract';
import { zoomLevel, type ViewTransform } from '../model/transform';
import { useSignal, type Signal } from './signal';
import { PATTERN_KEY, TOOLS, type Tool } from './tools';

interface Props {
  tool: Tool;
  onTool: (tool: Tool) => void;
  zonePattern: ChartZone['pattern'];
  onZonePattern: (pattern: ChartZone['pattern']) => void;
  canUndo: boolean;
  canRedo: boolean;
  onUndo: () => void;
  onRedo: () => void;
  /** The view transform: only the zoom label listens to it. */
  viewport: Signal<ViewTransform | null>;
  onZoomIn: () => void;
  onZoomOut: () => void;
  onFit: () => void;
  editable: boolean;
}

const mod = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform) ? 'Cmd' : 'Ctrl';

/** "150%": re-renders alone as the wheel or a pinch zooms. */
function ZoomLevel({ viewport }: { viewport: Signal<ViewTransform | null> }) {
  const percent = useSignal(viewport, (t) => (t ? Math.round(zoomLevel(t) * 100) : 100));
  return (
    <output className="chart-toolbar__zoom" aria-label="Zoom level">
      {percent}%
    </output>
  );
}

/** The chart's tools: one button each, with its one-key shortcut. */
export function ChartToolbar(props: Props) {
  const { tool, editable } = props;
  return (
    <div className="chart-toolbar" role="toolbar" aria-label="Chart tools">
      <div className="chart-toolbar__group" role="group" aria-label="Tools">
        {TOOLS.map((t) => (
          <button
            key={t.id}
            type="button"
            className={`tool-button tool-button--${t.id}`}
            aria-label={t.label}
            aria-pressed={tool === t.id}
            aria-keyshortcuts={t.key}
            title={`${t.label} (${t.key}): ${t.hint}`}
            disabled={!editable && t.id !== 'select'}
            onClick={() => props.onTool(t.id)}
          >
            <span className="tool-button__icon" aria-hidden="true" />
            <span className="tool-button__label">{t.short}</span>
            <kbd aria-hidden="true">{t.key}</kbd>
          </button>
        ))}
      </div>
      <div className="chart-toolbar__group" role="group" aria-label="Referral zone pattern">
        {(['essential', 'spillover'] as const).map((p) => (
          <button
            key={p}
            type="button"
            className="chip-button"
            aria-pressed={props.zonePattern === p}
            aria-keyshortcuts={PATTERN_KEY}
            title={`Draw ${p} zones (${PATTERN_KEY} swaps)`}
            onClick={() => props.onZonePattern(p)}
          >
            {p === 'essential' ? 'Essential' : 'Spillover'}
          </button>
        ))}
      </div>
      <div className="chart-toolbar__group" role="group" aria-label="History">
        <button
          type="button"
          className="chip-button"
          disabled={!props.canUndo}
          onClick={props.onUndo}
          aria-keyshortcuts="Control+Z Meta+Z"
          title={`Undo (${mod}+Z)`}
        >
          Undo
        </button>
        <button
          type="button"
          className="chip-button"
          disabled={!props.canRedo}
          onClick={props.onRedo}
          aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z"
          title={`Redo (${mod}+Shift+Z)`}
        >
          Redo
        </button>
      </div>
      <div className="chart-toolbar__group" role="group" aria-label="Zoom">
        <button
          type="button"
          className="chip-button"
          onClick={props.onZoomOut}
          aria-label="Zoom out"
          aria-keyshortcuts="-"
          title="Zoom out (-)"
        >
          −
        </button>
        <ZoomLevel viewport={props.viewport} />
        <button
          type="button"
          className="chip-button"
          onClick={props.onZoomIn}
          aria-label="Zoom in"
          aria-keyshortcuts="+"
          title="Zoom in (+)"
        >
          +
        </button>
        <button
          type="button"
          className="chip-button"
          onClick={props.onFit}
          aria-label="Fit to window"
          aria-keyshortcuts="0"
          title="Fit to window (0)"
        >
          Fit
        </button>
      </div>
      <div className="chart-toolbar__group" role="group" aria-label="Output">
        <button
          type="button"
          className="chip-button"
          onClick={() => window.print()}
          aria-label="Print chart"
          aria-keyshortcuts="Control+P Meta+P"
          title={`Print the chart with its legend (${mod}+P)`}
        >
          Print
        </button>
      </div>
    </div>
  );
}

/**
 * The session's body chart: tools, view tabs, the canvas, the points to re-assess from the last
 * visit, the selected point's inspector, the table of marks and the legend. Everything saves
 * itself (useChart).
 */
import { memo, useCallback, useEffect, useMemo, useState } from 'react';
import type { ChartZone, ViewId } from '../../../db/api/contract';
import { getView } from '../artwork';
import {
  fit,
  zoomAt,
  type ChartModel,
  type ChartSaver,
  type DeleteMode,
  type SaveStatus,
  type ViewTransform,
} from '../model';
import { AtlasInset } from './AtlasInset';
import { AtlasOverlay, type AtlasShown } from './AtlasOverlay';
import { AtlasPanel, type AtlasSearchState } from './AtlasPanel';
import { ChartCanvas } from './ChartCanvas';
import { ChartToolbar } from './ChartToolbar';
import { DeleteDialog } from './DeleteDialog';
import { Legend } from './Legend';
import { MarkInspector, markName } from './MarkInspector';
import { MarksTable } from './MarksTable';
import { PainPainter } from './PainPainter';
import { ReassessPanel } from './ReassessPanel';
import { Signal, useSignal } from './signal';
import { toolInfo, type Tool } from './tools';
import { useAfterPaint } from './useAfterPaint';
import { useChart } from './useChart';
import { useChartKeys } from './useChartKeys';
import { ViewTabs } from './ViewTabs';
import './chart.css';

const statusText = {
  saved: 'All changes saved',
  saving: 'Saving…',
  error: 'Not saved',
  conflict: 'Not saved',
} as const;

interface WorkspaceProps {
  sessionId: string;
  /**
   * Lets the page save the chart before it locks the session: resolves true once every edit is
   * saved, false if some could not be.
   */
  flushRef?: { current: (() => Promise<boolean>) | null };
}

export function ChartWorkspace({ sessionId, flushRef }: WorkspaceProps) {
  const { model, saver, revision, status, loadError, reload } = useChart(sessionId);
  useEffect(() => {
    if (!flushRef) return;
    flushRef.current = async () => {
      if (!saver) return true;
      try {
        await saver.flush();
        return !saver.hasUnsaved;
      } catch {
        return false;
      }
    };
    return () => {
      flushRef.current = null;
    };
  }, [flushRef, saver]);
  const [viewId, setViewId] = useState<ViewId>('posterior');
  const [tool, setTool] = useState<Tool>('active');
  const [pattern, setPattern] = useState<ChartZone['pattern']>('essential');
  const [message, setMessage] = useState<string | null>(null);
  /** A muscle's atlas pattern drawn over the chart ("Show" in the atlas panel). */
  const [atlasShown, setAtlasShown] = useState<AtlasShown | null>(null);
  /** The atlas panel: open or not, searching by muscle or by where it hurts, the painted area. */
  const [atlasSearch, setAtlasSearch] = useState<AtlasSearchState>({ open: false, mode: 'muscle', area: null });
  const changeAtlasSearch = useCallback(
    (change: Partial<AtlasSearchState>) => setAtlasSearch((s) => ({ ...s, ...change })),
    [],
  );
  const stopPainting = useCallback(() => changeAtlasSearch({ mode: 'muscle' }), [changeAtlasSearch]);
  const painting = atlasSearch.open && atlasSearch.mode === 'pain';
  const [canvas, setCanvas] = useState({ width: 0, height: 0 });
  // Zoom and pan change many times a second: the canvas and the zoom label listen, nothing else.
  const [viewport] = useState(() => new Signal<ViewTransform | null>(null));
  const [deleting, setDeleting] = useState<string | null>(null);
  // A point from the last visit clicked on the chart: its row in "To re-assess" takes the focus.
  const [carriedFocus, setCarriedFocus] = useState<{ siteId: string; n: number } | null>(null);
  const view = getView(viewId);

  const refit = useCallback(
    (w: number, h: number, v = view) => viewport.set(w > 0 && h > 0 ? fit(v.width, v.height, w, h) : null),
    [view, viewport],
  );
  const onResize = useCallback(
    (width: number, height: number) => {
      setCanvas({ width, height });
      refit(width, height);
    },
    [refit],
  );
  const changeView = useCallback(
    (id: ViewId) => {
      setViewId(id);
      refit(canvas.width, canvas.height, getView(id));
    },
    [refit, canvas],
  );
  // From the side panel: show the view a point is on, unless it is already shown.
  const showView = useCallback(
    (id: ViewId) => {
      if (id !== viewId) changeView(id);
    },
    [viewId, changeView],
  );
  const onCarried = useCallback((siteId: string) => setCarriedFocus((f) => ({ siteId, n: (f?.n ?? 0) + 1 })), []);

  const requestDelete = useCallback(
    (id: string) => {
      if (!model) return;
      if (model.getZone(id)) {
        const r = model.deleteZone(id);
        return setMessage(r.ok ? null : r.message);
      }
      const { satellites, zones } = model.dependantsOf(id);
      if (satellites.length > 0 || zones.length > 0) return setDeleting(id);
      const r = model.deleteMark(id);
      setMessage(r.ok ? null : r.message);
    },
    [model],
  );
  const chooseDelete = (mode: DeleteMode | null) => {
    if (model && deleting && mode) {
      const r = model.deleteMark(deleting, mode);
      setMessage(r.ok ? null : r.message);
    }
    setDeleting(null);
  };

  const zoom = useCallback(
    (factor: number) => viewport.update((t) => (t ? zoomAt(t, factor, canvas.width / 2, canvas.height / 2) : t)),
    [canvas, viewport],
  );
  // The inspector and the table follow just after the next frame: a placed point is painted first.
  const sideRevision = useAfterPaint(revision);
  const onErase = useCallback((_type: 'mark' | 'zone', id: string) => requestDelete(id), [requestDelete]);
  const keyActions = useMemo(
    () => ({
      setTool,
      swapPattern: () => setPattern((p) => (p === 'essential' ? 'spillover' : 'essential')),
      requestDelete,
      zoom,
      fit: () => refit(canvas.width, canvas.height),
      message: setMessage,
    }),
    [requestDelete, zoom, refit, canvas],
  );
  useChartKeys(model, keyActions);

  if (loadError) {
    return (
      <div className="chart-workspace chart-workspace--error" role="alert">
        The chart could not be loaded: {loadError}{' '}
        <button type="button" className="button" onClick={reload}>
          Try again
        </button>
      </div>
    );
  }
  if (!model) return <p className="chart-workspace__loading">Loading the chart…</p>;

  void revision;
  const deletingMark = deleting ? model.getMark(deleting) : undefined;
  const deps = deleting ? model.dependantsOf(deleting) : null;

  return (
    <section className="chart-workspace" aria-label="Body chart">
      <ChartToolbar
        tool={tool}
        onTool={setTool}
        zonePattern={pattern}
        onZonePattern={setPattern}
        canUndo={model.canUndo}
        canRedo={model.canRedo}
        onUndo={() => {
          const r = model.undo();
          setMessage(r.ok ? null : r.message);
        }}
        onRedo={() => {
          const r = model.redo();
          setMessage(r.ok ? null : r.message);
        }}
        viewport={viewport}
        onZoomIn={() => zoom(1.25)}
        onZoomOut={() => zoom(0.8)}
        onFit={() => refit(canvas.width, canvas.height)}
        editable={model.editable}
      />
      <div className="chart-workspace__body">
        <div className="chart-workspace__main">
          <ViewTabs viewId={viewId} counts={model.marksByView()} onView={changeView} />
          <div id="chart-panel" role="tabpanel" aria-labelledby={`view-tab-${viewId}`} className="chart-panel">
            <div
              role="application"
              aria-label={`Body chart, ${view.label}. ${painting ? 'Paint or click where the client feels pain; Escape stops.' : toolInfo(tool).hint}`}
              tabIndex={0}
              className="chart-panel__surface"
            >
              <ChartCanvas
                model={model}
                viewId={viewId}
                tool={tool}
                zonePattern={pattern}
                viewport={viewport}
                onResize={onResize}
                onMessage={setMessage}
                onErase={onErase}
                onCarried={onCarried}
              />
              {atlasShown && <AtlasOverlay shown={atlasShown} viewId={viewId} viewport={viewport} />}
              {painting && (
                <PainPainter
                  viewId={viewId}
                  viewport={viewport}
                  area={atlasSearch.area}
                  onPaint={(area) => changeAtlasSearch({ area })}
                  onStop={stopPainting}
                />
              )}
              {/* The same pattern on a second view (head and neck, or where its points are). */}
              {atlasShown && <AtlasInset shown={atlasShown} viewId={viewId} onView={showView} />}
            </div>
          </div>
          <ChartStatusBar status={status} message={message} editable={model.editable} onReload={reload} />
        </div>
        <ChartSidePanel
          model={model}
          saver={saver}
          revision={sideRevision}
          tool={tool}
          viewId={viewId}
          atlasShown={atlasShown}
          onAtlasShow={setAtlasShown}
          atlasSearch={atlasSearch}
          onAtlasSearch={changeAtlasSearch}
          ghosts={model.waitingCarried(viewId).length > 0}
          carriedFocus={carriedFocus}
          onMessage={setMessage}
          onView={showView}
        />
      </div>
      {deletingMark && deps && (
        <DeleteDialog
          name={markName(deletingMark)}
          satellites={deps.satellites.length}
          zones={deps.zones.length}
          onChoose={chooseDelete}
        />
      )}
    </section>
  );
}

/** The points to re-assess, the selected point's inspector, the table of marks and the legend. */
const ChartSidePanel = memo(function ChartSidePanel({
  model,
  saver,
  revision,
  tool,
  viewId,
  atlasShown,
  onAtlasShow,
  atlasSearch,
  onAtlasSearch,
  ghosts,
  carriedFocus,
  onMessage,
  onView,
}: {
  model: ChartModel;
  saver: ChartSaver | null;
  /** The model's change counter, as of the last painted frame (this panel follows the chart). */
  revision: number;
  tool: Tool;
  /** The view shown: "Use this" in the atlas places there when it can. */
  viewId: ViewId;
  atlasShown: AtlasShown | null;
  onAtlasShow: (shown: AtlasShown | null) => void;
  atlasSearch: AtlasSearchState;
  onAtlasSearch: (change: Partial<AtlasSearchState>) => void;
  /** Points from the last visit are drawn faded on the view shown (the legend lists them). */
  ghosts: boolean;
  carriedFocus: { siteId: string; n: number } | null;
  onMessage: (message: string | null) => void;
  onView: (viewId: ViewId) => void;
}) {
  void revision;
  const selected = model.selected();
  return (
    <aside className="chart-workspace__side" aria-label="Point details">
      <ReassessPanel
        model={model}
        revision={revision}
        saver={saver}
        focusRequest={carriedFocus}
        onMessage={onMessage}
        onView={onView}
      />
      {selected?.type === 'mark' ? (
        <MarkInspector key={selected.mark.id} model={model} mark={selected.mark} onMessage={onMessage} />
      ) : model.editable ? (
        <p className="inspector__hint">{toolInfo(tool).hint} Select a point to record pressure and response.</p>
      ) : (
        <p className="inspector__hint">This session is signed, so its chart is read-only. Select a point to see it.</p>
      )}
      <AtlasPanel
        model={model}
        viewId={viewId}
        shown={atlasShown}
        onShow={onAtlasShow}
        search={atlasSearch}
        onSearch={onAtlasSearch}
        onMessage={onMessage}
        onView={onView}
      />
      <MarksTable model={model} revision={revision} onMessage={onMessage} />
      <Legend ghosts={ghosts} />
    </aside>
  );
});

/** The line under the chart: what went wrong, if anything, and whether everything is saved. */
function ChartStatusBar({
  status,
  message,
  editable,
  onReload,
}: {
  status: Signal<SaveStatus>;
  message: string | null;
  editable: boolean;
  onReload: () => void;
}) {
  const { state, message: problem } = useSignal(status);
  return (
    <div className="chart-statusbar">
      <p className="chart-statusbar__message" role="alert">
        {message ?? (state === 'conflict' || state === 'error' ? problem : '')}
        {state === 'conflict' && (
          <button type="button" className="button" onClick={onReload}>
            Show the latest chart
          </button>
        )}
      </p>
      <p className={`save-status save-status--${state}`} role="status">
        {editable ? statusText[state] : 'Signed: read only'}
      </p>
    </div>
  );
}

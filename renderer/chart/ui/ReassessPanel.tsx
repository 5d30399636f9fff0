/**
 * "To re-assess": the points charted at the last visit, each still present (a new mark on the
 * same site, with today's findings), resolved, or not yet re-assessed. Still present is a chart
 * command (undo takes it back); resolved is its own request (chart.resolveSite), sent once the
 * chart's pending edits are saved, since the server refuses it while a mark is on the site.
 *
 * Keyboard: with focus in a waiting point's row, P = still present, R = resolved. Clicking a
 * faded point on the chart with the select tool brings its row here (`focusRequest`).
 */
import { memo, useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { CarriedPoint, ViewId } from '../../../db/api/contract';
import { api } from '../../api/client';
import { useAlert } from '../../app/alert';
import { formatLastVisit } from '../../lib/format';
import { getView } from '../artwork';
import type { CarriedState, ChartModel, ChartSaver } from '../model';
import { carriedNames, introText, lastVisitText, STATE_TEXT } from './reassess-text';
import './reassess.css';

export interface ReassessPanelProps {
  model: ChartModel;
  /** The model's change counter (this panel follows the chart). */
  revision: number;
  saver: ChartSaver | null;
  /** Ask to move focus to a point's row; `n` makes a repeated request for one point new. */
  focusRequest: { siteId: string; n: number } | null;
  onMessage: (message: string | null) => void;
  /** Shows a view of the chart (where a point charted or shown from here is). */
  onView: (viewId: ViewId) => void;
}

/** Keeps "P" from also swapping the zone pattern, and "R" from reaching the page. */
const isShortcut = (e: KeyboardEvent) => !e.ctrlKey && !e.metaKey && !e.altKey && /^[pr]$/i.test(e.key);

export const ReassessPanel = memo(function ReassessPanel(props: ReassessPanelProps) {
  const { model, saver, focusRequest, onMessage, onView } = props;
  const { showError } = useAlert();
  const [pending, setPending] = useState<ReadonlySet<string>>(new Set());
  const rows = useRef(new Map<string, HTMLLIElement>());
  /** A row whose buttons an action replaced: focus goes back to it once its state has changed. */
  const refocus = useRef<{ siteId: string; from: CarriedState } | null>(null);
  void props.revision;
  const points = model.carriedPoints();
  const editable = model.editable;

  const stillPresent = useCallback(
    (point: CarriedPoint) => {
      const result = model.markStillPresent(point.siteId);
      onMessage(result.ok ? null : result.message);
      if (!result.ok) return;
      refocus.current = { siteId: point.siteId, from: 'waiting' };
      onView(point.viewId);
    },
    [model, onMessage, onView],
  );

  const resolve = useCallback(
    async (point: CarriedPoint, resolved: boolean) => {
      const { siteId } = point;
      setPending((p) => new Set(p).add(siteId));
      try {
        // A removal of the site's mark still on its way would make the server refuse.
        await saver?.flush().catch(() => undefined);
        const answer = await api.call('chart.resolveSite', { sessionId: model.sessionId, siteId, resolved });
        refocus.current = { siteId, from: model.carriedState(siteId) };
        model.setCarriedResolved(siteId, answer.resolvedAt);
        onMessage(null);
      } catch (error) {
        showError(error);
      } finally {
        setPending((p) => {
          const next = new Set(p);
          next.delete(siteId);
          return next;
        });
      }
    },
    [model, saver, onMessage, showError],
  );

  const show = useCallback(
    (siteId: string) => {
      const mark = model.presentMarkFor(siteId);
      if (!mark) return;
      model.select(mark.id);
      onView(mark.viewId);
    },
    [model, onView],
  );

  // After an action replaced the focused button, focus its row's new first button.
  useEffect(() => {
    const wanted = refocus.current;
    if (!wanted || model.carriedState(wanted.siteId) === wanted.from) return;
    refocus.current = null;
    const row = rows.current.get(wanted.siteId);
    const active = document.activeElement;
    if (row && (!active || active === document.body || !active.isConnected)) {
      (row.querySelector<HTMLButtonElement>('button:not(:disabled)') ?? row).focus();
    }
  });

  // A point clicked on the chart: its row takes the focus (after the click has settled).
  useEffect(() => {
    if (!focusRequest) return;
    const frame = requestAnimationFrame(() => rows.current.get(focusRequest.siteId)?.focus());
    return () => cancelAnimationFrame(frame);
  }, [focusRequest]);

  if (points.length === 0) return null;
  const names = carriedNames(points);
  const waiting = points.filter((p) => model.carriedState(p.siteId) === 'waiting').length;
  const from = points[0] ? formatLastVisit(points[0].fromStartedAt) : '';

  return (
    <section className="reassess" aria-labelledby="reassess-title">
      <h3 id="reassess-title" className="reassess__title">
        To re-assess
      </h3>
      <p className="reassess__intro">
        {introText(points.length, waiting, from)}
        {editable && waiting > 0 && ' In a point’s row, P marks it still present and R resolved.'}
      </p>
      <ul className="reassess__list">
        {points.map((point) => {
          const name = names.get(point.siteId) ?? '';
          const state = model.carriedState(point.siteId);
          const busy = pending.has(point.siteId);
          const onKeyDown = (e: KeyboardEvent<HTMLLIElement>) => {
            if (!isShortcut(e)) return;
            e.preventDefault();
            if (!editable || busy || state !== 'waiting') return;
            if (e.key.toLowerCase() === 'p') stillPresent(point);
            else void resolve(point, true);
          };
          return (
            <li
              key={point.siteId}
              ref={(el) => {
                if (el) rows.current.set(point.siteId, el);
                else rows.current.delete(point.siteId);
              }}
              tabIndex={-1}
              className={`reassess__item reassess__item--${state}`}
              aria-keyshortcuts={editable && state === 'waiting' ? 'P R' : undefined}
              onKeyDown={onKeyDown}
            >
              <span className="reassess__head">
                <span className="reassess__name">{name}</span>
                <span className={`reassess__state reassess__state--${state}`}>{STATE_TEXT[state]}</span>
              </span>
              <span className="reassess__detail">
                {getView(point.viewId).label} · {lastVisitText(point)}
              </span>
              {editable && (
                <span className="reassess__actions">
                  {state === 'waiting' && (
                    <>
                      <button
                        type="button"
                        className="chip-button"
                        aria-label={`Still present: ${name}`}
                        aria-keyshortcuts="P"
                        disabled={busy}
                        onClick={() => stillPresent(point)}
                      >
                        Still present
                      </button>
                      <button
                        type="button"
                        className="chip-button"
                        aria-label={`Resolved: ${name}`}
                        aria-keyshortcuts="R"
                        disabled={busy}
                        onClick={() => void resolve(point, true)}
                      >
                        Resolved
                      </button>
                    </>
                  )}
                  {state === 'resolved' && (
                    <button
                      type="button"
                      className="chip-button"
                      aria-label={`Undo resolved: ${name}`}
                      disabled={busy}
                      onClick={() => void resolve(point, false)}
                    >
                      Undo resolved
                    </button>
                  )}
                  {state === 'present' && (
                    <button
                      type="button"
                      className="chip-button"
                      aria-label={`Show: ${name}`}
                      onClick={() => show(point.siteId)}
                    >
                      Show
                    </button>
                  )}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
});

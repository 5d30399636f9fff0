/**
 * The referral atlas beside the chart: find a muscle as you type, read where its trigger points
 * usually are and where they send pain, and "Use this" to chart an active trigger point there
 * with the muscle filled in and the atlas's referral zones, on every view, linked to it (one
 * undo step). Not yet here: the faint overlay of a muscle's pattern before using it, and the
 * symptom search (renderer/chart/atlas/rank.ts).
 */
import { useState } from 'react';
import type { Side, ViewId } from '../../../db/api/contract';
import { ATLAS, atlasOnView, searchAtlas, type AtlasMuscle } from '../atlas';
import type { ChartModel } from '../model';
import type { AtlasShown } from './AtlasOverlay';

/** The view to place on: the one shown when the atlas has a point there, else the first that has one. */
function placementView(muscle: AtlasMuscle, side: Side, shown: ViewId): ViewId | undefined {
  if (atlasOnView(muscle.id, side, shown).points.length > 0) return shown;
  return muscle.points.find((p) => p.side === side)?.viewId;
}

interface Props {
  model: ChartModel;
  viewId: ViewId;
  /** The muscle whose pattern is drawn over the chart, if any. */
  shown: AtlasShown | null;
  onShow: (shown: AtlasShown | null) => void;
  onMessage: (message: string | null) => void;
  onView: (viewId: ViewId) => void;
}

export function AtlasPanel({ model, viewId, shown, onShow, onMessage, onView }: Props) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const found = query.trim() === '' ? ATLAS : searchAtlas(query);

  const use = (muscle: AtlasMuscle, side: Side) => {
    const target = placementView(muscle, side, viewId);
    const onTarget = target && atlasOnView(muscle.id, side, target);
    const [point] = onTarget?.points ?? [];
    if (!target || !onTarget || !point) return onMessage(`The atlas has no ${side} ${muscle.muscle} point to place.`);
    const result = model.placeFromAtlas({
      viewId: target,
      x: point.x,
      y: point.y,
      muscle: muscle.muscle,
      side,
      // Its zones on every view (a zone shows on the view it is drawn on: the head-and-neck
      // views hold the temple, the eye, the jaw).
      zones: muscle.zones
        .filter((z) => z.side === side)
        .map((z) => ({ viewId: z.viewId, polygon: z.polygon, pattern: z.pattern })),
    });
    if (!result.ok) return onMessage(result.message);
    if (target !== viewId) onView(target);
    onMessage(null);
  };

  return (
    // The list is only in the page while the panel is open: placing points re-renders this side.
    <details className="atlas-panel" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Referral atlas</summary>
      {open && (
        <>
          <label className="field">
            <span className="field__label">Find a muscle</span>
            <input
              type="search"
              value={query}
              placeholder="levator, upper trap, SCM…"
              onChange={(event) => setQuery(event.target.value)}
            />
          </label>
          {found.length === 0 ? (
            <p className="atlas-panel__empty">No muscle in the atlas matches “{query.trim()}”.</p>
          ) : (
            <ul className="atlas-panel__list" aria-label="Muscles in the atlas">
              {found.map((muscle) => (
                <li key={muscle.id} className="atlas-panel__item">
                  <h4 className="atlas-panel__name">{muscle.muscle}</h4>
                  <p className="atlas-panel__text">{muscle.description}</p>
                  <div className="atlas-panel__actions">
                    {(['right', 'left'] as const).map((side) => {
                      const showing = shown?.muscleId === muscle.id && shown.side === side;
                      return (
                        <span key={side} className="atlas-panel__side">
                          <button
                            type="button"
                            className="button button--quiet"
                            aria-pressed={showing}
                            aria-label={`Show ${muscle.muscle}, ${side}`}
                            onClick={() => onShow(showing ? null : { muscleId: muscle.id, side })}
                          >
                            Show ({side})
                          </button>
                          {model.editable && (
                            <button
                              type="button"
                              className="button"
                              aria-label={`Use ${muscle.muscle}, ${side}`}
                              onClick={() => use(muscle, side)}
                            >
                              Use this
                            </button>
                          )}
                        </span>
                      );
                    })}
                  </div>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </details>
  );
}

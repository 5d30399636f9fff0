/**
 * What the atlas offers for one muscle on one side, in the muscle list and in the symptom
 * search's results alike: "Show" draws its pattern over the chart (AtlasOverlay), "Use this"
 * charts an active trigger point at its typical place with the muscle filled in and its
 * referral zones, on every view, linked to it (one undo step).
 */
import { useCallback } from 'react';
import type { Side, ViewId } from '../../../db/api/contract';
import { atlasOnView, type AtlasMuscle } from '../atlas';
import type { ChartModel } from '../model';
import type { AtlasShown } from './AtlasOverlay';

/** The view to place on: the one shown when the atlas has a point there, else the first that has one. */
function placementView(muscle: AtlasMuscle, side: Side, shown: ViewId): ViewId | undefined {
  if (atlasOnView(muscle.id, side, shown).points.length > 0) return shown;
  return muscle.points.find((p) => p.side === side)?.viewId;
}

/** "Use this": places the muscle's typical trigger point and copies its zones; shows its view. */
export function useAtlasPlacement(
  model: ChartModel,
  viewId: ViewId,
  onMessage: (message: string | null) => void,
  onView: (viewId: ViewId) => void,
) {
  return useCallback(
    (muscle: AtlasMuscle, side: Side) => {
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
    },
    [model, viewId, onMessage, onView],
  );
}

interface Props {
  muscle: AtlasMuscle;
  side: Side;
  /** The button shows the side ("Show (right)") where both sides are listed together. */
  sideInLabel: boolean;
  shown: AtlasShown | null;
  onShow: (shown: AtlasShown | null) => void;
  /** Absent when the chart is read-only. */
  onUse?: (muscle: AtlasMuscle, side: Side) => void;
}

export function AtlasActions({ muscle, side, sideInLabel, shown, onShow, onUse }: Props) {
  const showing = shown?.muscleId === muscle.id && shown.side === side;
  return (
    <span className="atlas-panel__side">
      <button
        type="button"
        className="button button--quiet"
        aria-pressed={showing}
        aria-label={`Show ${muscle.muscle}, ${side}`}
        onClick={() => onShow(showing ? null : { muscleId: muscle.id, side })}
      >
        {sideInLabel ? `Show (${side})` : 'Show'}
      </button>
      {onUse && (
        <button
          type="button"
          className="button"
          aria-label={`Use ${muscle.muscle}, ${side}`}
          onClick={() => onUse(muscle, side)}
        >
          Use this
        </button>
      )}
    </span>
  );
}

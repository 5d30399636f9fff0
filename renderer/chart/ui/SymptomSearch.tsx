/**
 * The atlas's symptom search: the therapist paints or clicks on the chart where the client feels
 * pain (PainPainter), or picks a place from a list, and sees the muscles whose referral zones
 * cover it, ranked by how much of the area they explain (essential zones count fully, spillover
 * half: atlas/rank.ts), each with "Show" and "Use this".
 */
import { useMemo } from 'react';
import type { Side, ViewId } from '../../../db/api/contract';
import { getView } from '../artwork';
import { ATLAS, PAIN_PLACES, atlasById, painPlace, type AtlasMuscle } from '../atlas';
import { rankMuscles, type PaintedArea, type RankedMuscle } from '../atlas/rank';
import { AtlasActions } from './AtlasActions';
import type { AtlasShown } from './AtlasOverlay';

/** At most this many muscles are listed: the rest explain too little to be worth a look. */
const MAX_RESULTS = 8;

/** A painted area, or a place from the list (which remembers its id for the select). */
export type PainArea = PaintedArea & { placeId?: string };

interface Props {
  area: PainArea | null;
  onArea: (area: PainArea | null) => void;
  viewId: ViewId;
  onView: (viewId: ViewId) => void;
  shown: AtlasShown | null;
  onShow: (shown: AtlasShown | null) => void;
  onUse?: (muscle: AtlasMuscle, side: Side) => void;
}

const percent = (share: number) => `${Math.max(1, Math.round(share * 100))}%`;

/** How much of the area the muscle explains, by how often it sends pain there. */
export function coverageText(result: Pick<RankedMuscle, 'essentialShare' | 'spilloverShare'>): string {
  const parts = [
    result.essentialShare > 0 && `${percent(result.essentialShare)} where it usually sends pain`,
    result.spilloverShare > 0 &&
      `${percent(result.spilloverShare)} where it sometimes ${result.essentialShare > 0 ? 'does' : 'sends pain'}`,
  ].filter(Boolean);
  return `Of the area: ${parts.join(', ')}.`;
}

export function SymptomSearch({ area, onArea, viewId, onView, shown, onShow, onUse }: Props) {
  const results = useMemo(() => {
    if (!area) return [];
    const view = getView(area.viewId as ViewId);
    return rankMuscles(area, ATLAS, { aspect: view.height / view.width }).slice(0, MAX_RESULTS);
  }, [area]);

  const choosePlace = (id: string) => {
    const place = painPlace(id);
    if (!place) return onArea(null);
    onArea({ kind: 'polygon', viewId: place.viewId, points: place.polygon, placeId: place.id });
    onView(place.viewId);
  };

  const areaView = area ? getView(area.viewId as ViewId) : null;
  return (
    <div className="symptom-search">
      <p className="atlas-panel__text">
        Paint or click on the chart where the client feels pain, or choose a place. Painting replaces the last area.
      </p>
      <label className="field">
        <span className="field__label">Where it hurts</span>
        <select value={area?.placeId ?? ''} onChange={(event) => choosePlace(event.target.value)}>
          <option value="">{area && !area.placeId ? 'Painted on the chart' : 'Choose a place…'}</option>
          {PAIN_PLACES.map((place) => (
            <option key={place.id} value={place.id}>
              {place.label}
            </option>
          ))}
        </select>
      </label>
      {area && areaView && (
        <p className="symptom-search__where">
          {area.placeId ? '' : `Painted on ${areaView.label}. `}
          {area.viewId !== viewId && (
            <button type="button" className="button button--quiet" onClick={() => onView(areaView.id)}>
              Show the {areaView.label} view
            </button>
          )}
          <button type="button" className="button button--quiet" onClick={() => onArea(null)}>
            Clear
          </button>
        </p>
      )}
      {area && results.length === 0 && (
        <p className="atlas-panel__empty">
          None of the atlas’s muscles is known to send pain there. Try a larger area, or look for local causes.
        </p>
      )}
      {results.length > 0 && (
        <ol className="atlas-panel__list" aria-label="Muscles that may send pain there">
          {results.map((result) => {
            const muscle = atlasById(result.muscleId);
            if (!muscle) return null;
            return (
              <li key={`${result.muscleId}-${result.side}`} className="atlas-panel__item">
                <h4 className="atlas-panel__name">
                  {muscle.muscle} ({result.side})
                </h4>
                <p className="atlas-panel__text">{coverageText(result)}</p>
                <div className="atlas-panel__actions">
                  <AtlasActions
                    muscle={muscle}
                    side={result.side}
                    sideInLabel={false}
                    shown={shown}
                    onShow={onShow}
                    onUse={onUse}
                  />
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}

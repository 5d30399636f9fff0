/**
 * The referral atlas beside the chart, two ways in:
 * - by muscle: find one as you type, read where its trigger points usually are and where they
 *   send pain, "Show" its pattern over the chart, "Use this" to chart it;
 * - by where it hurts: paint or click on the chart, or pick a place, and see the muscles that may
 *   send pain there, best explanation first (SymptomSearch).
 * The panel's state (open, which way, the painted area) lives in the chart workspace, which lays
 * the painter over the canvas while the second way is open.
 */
import { useState } from 'react';
import type { ViewId } from '../../../db/api/contract';
import { ATLAS, searchAtlas } from '../atlas';
import type { ChartModel } from '../model';
import { AtlasActions, useAtlasPlacement } from './AtlasActions';
import type { AtlasShown } from './AtlasOverlay';
import { SymptomSearch, type PainArea } from './SymptomSearch';
import './atlas.css';

export type AtlasMode = 'muscle' | 'pain';

export interface AtlasSearchState {
  open: boolean;
  mode: AtlasMode;
  area: PainArea | null;
}

interface Props {
  model: ChartModel;
  viewId: ViewId;
  /** The muscle whose pattern is drawn over the chart, if any. */
  shown: AtlasShown | null;
  onShow: (shown: AtlasShown | null) => void;
  search: AtlasSearchState;
  onSearch: (change: Partial<AtlasSearchState>) => void;
  onMessage: (message: string | null) => void;
  onView: (viewId: ViewId) => void;
}

const MODES: { id: AtlasMode; label: string }[] = [
  { id: 'muscle', label: 'Muscle' },
  { id: 'pain', label: 'Where it hurts' },
];

export function AtlasPanel({ model, viewId, shown, onShow, search, onSearch, onMessage, onView }: Props) {
  const use = useAtlasPlacement(model, viewId, onMessage, onView);
  const onUse = model.editable ? use : undefined;
  return (
    // The lists are only in the page while the panel is open: placing points re-renders this side.
    <details
      className="atlas-panel"
      open={search.open}
      onToggle={(event) => {
        const open = event.currentTarget.open;
        if (open !== search.open) onSearch({ open });
      }}
    >
      <summary>Referral atlas</summary>
      {search.open && (
        <>
          <fieldset className="atlas-panel__modes">
            <legend className="field__label">Find by</legend>
            {MODES.map((mode) => (
              <label key={mode.id} className="atlas-panel__mode">
                <input
                  type="radio"
                  name="atlas-mode"
                  value={mode.id}
                  checked={search.mode === mode.id}
                  onChange={() => onSearch({ mode: mode.id })}
                />
                {mode.label}
              </label>
            ))}
          </fieldset>
          {search.mode === 'muscle' ? (
            <MuscleFinder shown={shown} onShow={onShow} onUse={onUse} />
          ) : (
            <SymptomSearch
              area={search.area}
              onArea={(area) => onSearch({ area })}
              viewId={viewId}
              onView={onView}
              shown={shown}
              onShow={onShow}
              onUse={onUse}
            />
          )}
        </>
      )}
    </details>
  );
}

function MuscleFinder({
  shown,
  onShow,
  onUse,
}: Pick<Parameters<typeof AtlasActions>[0], 'shown' | 'onShow' | 'onUse'>) {
  const [query, setQuery] = useState('');
  const found = query.trim() === '' ? ATLAS : searchAtlas(query);
  return (
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
                {(['right', 'left'] as const).map((side) => (
                  <AtlasActions
                    key={side}
                    muscle={muscle}
                    side={side}
                    sideInLabel
                    shown={shown}
                    onShow={onShow}
                    onUse={onUse}
                  />
                ))}
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

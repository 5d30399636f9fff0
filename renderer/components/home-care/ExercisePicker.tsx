import { useMemo, useState } from 'react';
import type { Exercise } from '../../../db/api/contract';
import { formatDose } from '../exercises/dose';
import { matchesExercise, suggestExercises } from './suggest';

interface Props {
  exercises: readonly Exercise[];
  chartedMuscles: readonly string[];
  chosen: ReadonlySet<string>;
  editable: boolean;
  onAdd: (exercise: Exercise) => void;
}

/** The library to pick from: exercises for the muscles charted in this session first. */
export function ExercisePicker({ exercises, chartedMuscles, chosen, editable, onAdd }: Props) {
  const [query, setQuery] = useState('');
  const { suggested, others } = useMemo(() => suggestExercises(exercises, chartedMuscles), [exercises, chartedMuscles]);
  const list = (items: Exercise[], label: string, id: string) => {
    const shown = items.filter((e) => matchesExercise(e, query));
    return (
      <section aria-labelledby={id} className="picker__group">
        <h3 id={id} className="picker__heading">
          {label}
        </h3>
        {shown.length === 0 ? (
          <p className="card__hint">None{query ? ' match the search' : ''}.</p>
        ) : (
          <ul className="picker__list">
            {shown.map((e) => (
              <li key={e.id} className="picker__item">
                <span className="picker__text">
                  <span className="picker__name">{e.name}</span>
                  <span className="picker__meta">
                    {[e.bodyRegion, e.targetMuscles.join(', '), formatDose(e)].filter(Boolean).join(' · ')}
                  </span>
                </span>
                {editable && (
                  <button
                    type="button"
                    className="button record-button"
                    aria-label={`Add ${e.name}`}
                    disabled={chosen.has(e.id)}
                    onClick={() => onAdd(e)}
                  >
                    {chosen.has(e.id) ? 'Added' : 'Add'}
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    );
  };
  return (
    <section className="card picker" aria-labelledby="picker-heading">
      <h2 id="picker-heading" className="card__heading">
        Exercises
      </h2>
      <label className="field__label" htmlFor="picker-search">
        Search exercises
      </label>
      <input
        id="picker-search"
        className="picker__search"
        type="search"
        value={query}
        placeholder="Name, region or muscle"
        onChange={(e) => setQuery(e.target.value)}
      />
      {list(
        suggested,
        chartedMuscles.length > 0 ? `Suggested for ${chartedMuscles.join(', ')}` : 'Suggested (chart points first)',
        'picker-suggested',
      )}
      {list(others, 'All other exercises', 'picker-others')}
    </section>
  );
}

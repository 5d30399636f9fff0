import type { ExerciseFilter } from './filter';
import './exercises.css';

interface Props {
  filter: ExerciseFilter;
  onChange: (filter: ExerciseFilter) => void;
  /** The body regions and muscles the exercises name. */
  regions: string[];
  muscles: string[];
}

/** A choice stays offered while it is picked, even if no exercise names it any more. */
function withCurrent(options: string[], current: string): string[] {
  return current === '' || options.includes(current) ? options : [current, ...options];
}

export function ExerciseToolbar({ filter, onChange, regions, muscles }: Props) {
  const set = <K extends keyof ExerciseFilter>(key: K, value: ExerciseFilter[K]) =>
    onChange({ ...filter, [key]: value });

  return (
    <div className="toolbar exercise-toolbar">
      <div className="search-box">
        <label htmlFor="exercise-search" className="visually-hidden">
          Search exercises
        </label>
        <svg className="search-box__icon" viewBox="0 0 20 20" aria-hidden="true">
          <circle cx="8.5" cy="8.5" r="5.5" />
          <path d="m13 13 4.5 4.5" />
        </svg>
        <input
          id="exercise-search"
          type="search"
          className="search-box__input"
          placeholder="Name, body region or muscle"
          autoComplete="off"
          spellCheck={false}
          value={filter.search}
          onChange={(event) => set('search', event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && filter.search !== '') {
              event.preventDefault();
              set('search', '');
            }
          }}
        />
      </div>
      <label className="exercise-toolbar__select">
        <span className="visually-hidden">Body region</span>
        <select value={filter.region} onChange={(event) => set('region', event.target.value)}>
          <option value="">Every body region</option>
          {withCurrent(regions, filter.region).map((region) => (
            <option key={region} value={region}>
              {region}
            </option>
          ))}
        </select>
      </label>
      <label className="exercise-toolbar__select">
        <span className="visually-hidden">Target muscle</span>
        <select value={filter.muscle} onChange={(event) => set('muscle', event.target.value)}>
          <option value="">Every muscle</option>
          {withCurrent(muscles, filter.muscle).map((muscle) => (
            <option key={muscle} value={muscle}>
              {muscle}
            </option>
          ))}
        </select>
      </label>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={filter.showHidden}
          onChange={(event) => set('showHidden', event.target.checked)}
        />
        Show hidden
      </label>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={filter.showRetired}
          onChange={(event) => set('showRetired', event.target.checked)}
        />
        Show retired
      </label>
    </div>
  );
}

import type { UseFormRegister } from 'react-hook-form';
import { fieldLabel, type ExerciseFormValues } from './form-values';

interface Props {
  register: UseFormRegister<ExerciseFormValues>;
  /** Every muscle offered: the chart's names and any the exercise already has. */
  options: string[];
  error?: string | undefined;
}

/** A checkbox per muscle, named as the body chart names them. */
export function MusclePicker({ register, options, error }: Props) {
  return (
    <fieldset
      className="form__section"
      aria-describedby={error ? 'muscles-hint muscles-error' : 'muscles-hint'}
      aria-invalid={error ? true : undefined}
    >
      <legend className="form__legend">{fieldLabel('targetMuscles')}</legend>
      <p id="muscles-hint" className="field__hint">
        The muscles it works, named as on the body chart. A plan suggests the exercise when one of them was charted in
        the session.
      </p>
      <div className="exercise-muscles">
        {options.map((muscle) => (
          <label key={muscle} className="checkbox exercise-muscles__option">
            <input type="checkbox" value={muscle} {...register('targetMuscles')} />
            {muscle}
          </label>
        ))}
      </div>
      {error && (
        <p id="muscles-error" className="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}

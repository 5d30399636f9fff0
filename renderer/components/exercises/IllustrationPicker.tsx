import { useWatch, type Control, type UseFormRegister } from 'react-hook-form';
import { Field } from '../Field';
import { fieldLabel, type ExerciseFormValues } from './form-values';
import { Illustration } from './illustrations';
import { ILLUSTRATION_OPTIONS, isIllustrationId } from './options';

interface Props {
  control: Control<ExerciseFormValues>;
  register: UseFormRegister<ExerciseFormValues>;
  error?: string | undefined;
}

/** One of the drawings Knotbook ships with (or none), shown as it will be printed. */
export function IllustrationPicker({ control, register, error }: Props) {
  const chosen = useWatch({ control, name: 'illustration' });

  return (
    <div className="exercise-illustration">
      <Field
        id="exercise-illustration"
        label={fieldLabel('illustration')}
        hint="Printed beside the steps on the handout."
        error={error}
      >
        {(a11y) => (
          <select
            {...a11y}
            {...register('illustration', { setValueAs: (v: unknown) => (isIllustrationId(v) ? v : null) })}
          >
            <option value="">None</option>
            {ILLUSTRATION_OPTIONS.map((option) => (
              <option key={option.id} value={option.id}>
                {option.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="exercise-illustration__preview">
        {isIllustrationId(chosen) ? (
          <Illustration id={chosen} className="exercise-illustration__drawing" />
        ) : (
          <p className="details__empty">No drawing</p>
        )}
      </div>
    </div>
  );
}

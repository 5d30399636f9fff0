import { useWatch, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { Field } from '../Field';
import { formatDose } from './dose';
import { DOSE_FIELDS, fieldLabel, numberFromText, type DoseField, type ExerciseFormValues } from './form-values';

interface Props {
  control: Control<ExerciseFormValues>;
  register: UseFormRegister<ExerciseFormValues>;
  errors: FieldErrors<ExerciseFormValues>;
}

/** The hold is the one box whose unit is not in its name. */
const UNITS: Record<DoseField, string> = {
  holdSeconds: ' (seconds)',
  repetitions: '',
  sets: '',
  timesPerDay: '',
};

/** Four small number boxes, and the dose as the client will read it. */
export function DoseFields({ control, register, errors }: Props) {
  const dose = useWatch({ control, name: DOSE_FIELDS });
  const [holdSeconds, repetitions, sets, timesPerDay] = dose.map((value) => (typeof value === 'number' ? value : null));
  const reads = formatDose({ holdSeconds, repetitions, sets, timesPerDay });

  return (
    <fieldset className="form__section" aria-describedby="dose-hint">
      <legend className="form__legend">Usual dose</legend>
      <p id="dose-hint" className="field__hint">
        Copied into a plan when you give the exercise; you can change it there. Leave a box empty when it does not
        apply.
      </p>
      <div className="exercise-dose">
        {DOSE_FIELDS.map((name) => {
          const message = errors[name]?.message;
          return (
            <Field
              key={name}
              id={`exercise-${name}`}
              label={`${fieldLabel(name)}${UNITS[name]}`}
              error={message ? `${fieldLabel(name)} ${message}` : undefined}
            >
              {(a11y) => (
                <input
                  {...a11y}
                  type="text"
                  inputMode="numeric"
                  autoComplete="off"
                  {...register(name, { setValueAs: numberFromText })}
                />
              )}
            </Field>
          );
        })}
      </div>
      <p className="exercise-dose__reads">
        On a handout: <strong>{reads || 'no dose given'}</strong>
      </p>
    </fieldset>
  );
}

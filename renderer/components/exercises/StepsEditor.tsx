/**
 * The steps, in order: each one a labelled box with buttons to move it up or down or remove it,
 * and a button to add one. The buttons name the step they act on ("Move step 2 up").
 */
import { useFieldArray, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { Field } from '../Field';
import { fieldLabel, MAX_STEPS, type ExerciseFormValues } from './form-values';

interface Props {
  control: Control<ExerciseFormValues>;
  register: UseFormRegister<ExerciseFormValues>;
  errors: FieldErrors<ExerciseFormValues>;
}

/** After a move or a removal, put the focus back where the therapist is working. */
function focusSoon(...ids: string[]) {
  requestAnimationFrame(() => {
    for (const id of ids) {
      const element = document.getElementById(id);
      if (element && !(element instanceof HTMLButtonElement && element.disabled)) {
        element.focus();
        return;
      }
    }
  });
}

export function StepsEditor({ control, register, errors }: Props) {
  const { fields, append, remove, move } = useFieldArray({ control, name: 'steps' });
  const listError = errors.steps?.root?.message ?? errors.steps?.message;

  return (
    <fieldset className="form__section" aria-describedby="steps-hint">
      <legend className="form__legend">{fieldLabel('steps')}</legend>
      <p id="steps-hint" className="field__hint">
        One thing to do per step, in the order the client does them. Empty steps are left out.
      </p>
      {fields.length > 0 && (
        <ol className="exercise-steps">
          {fields.map((field, index) => {
            const number = index + 1;
            const message = errors.steps?.[index]?.text?.message;
            const up = `step-${field.id}-up`;
            const down = `step-${field.id}-down`;
            return (
              <li key={field.id} className="exercise-steps__item">
                <Field
                  id={`step-${field.id}`}
                  label={`Step ${number}`}
                  error={message ? `Step ${number} ${message}` : undefined}
                  className="exercise-steps__field"
                >
                  {(a11y) => <textarea {...a11y} rows={2} {...register(`steps.${index}.text`)} />}
                </Field>
                <div className="exercise-steps__buttons">
                  <button
                    id={up}
                    type="button"
                    className="button button--quiet"
                    aria-label={`Move step ${number} up`}
                    disabled={index === 0}
                    onClick={() => {
                      move(index, index - 1);
                      focusSoon(up, down);
                    }}
                  >
                    <span aria-hidden="true">↑</span>
                  </button>
                  <button
                    id={down}
                    type="button"
                    className="button button--quiet"
                    aria-label={`Move step ${number} down`}
                    disabled={index === fields.length - 1}
                    onClick={() => {
                      move(index, index + 1);
                      focusSoon(down, up);
                    }}
                  >
                    <span aria-hidden="true">↓</span>
                  </button>
                  <button
                    type="button"
                    className="button button--quiet"
                    aria-label={`Remove step ${number}`}
                    onClick={() => {
                      const next = fields[index + 1] ?? fields[index - 1];
                      remove(index);
                      focusSoon(...(next ? [`step-${next.id}`] : []), 'add-step');
                    }}
                  >
                    Remove
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {listError && <p className="field__error">{`${fieldLabel('steps')} ${listError}`}</p>}
      <div>
        <button
          id="add-step"
          type="button"
          className="button"
          disabled={fields.length >= MAX_STEPS}
          onClick={() => append({ text: '' })}
        >
          Add a step
        </button>
        {fields.length >= MAX_STEPS && (
          <span className="field__hint"> {MAX_STEPS} steps is the most an exercise can have.</span>
        )}
      </div>
    </fieldset>
  );
}

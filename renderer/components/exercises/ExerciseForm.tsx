/**
 * The exercise form, for a new exercise and for editing one of the therapist's own. Validation
 * is the contract's schema (steps reshaped for the step list) with the shared plain-words
 * messages, so the form and the API say the same thing.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, type KeyboardEvent } from 'react';
import { useForm, type FieldErrors } from 'react-hook-form';
import type { Exercise, ExerciseFields } from '../../../db/api/contract';
import { plainErrorMap } from '../../../db/api/validation';
import { Field } from '../Field';
import { DoseFields } from './DoseFields';
import {
  exerciseFormSchema,
  fieldLabel,
  initialFormValues,
  toExerciseFields,
  type ExerciseFormResult,
  type ExerciseFormValues,
} from './form-values';
import { IllustrationPicker } from './IllustrationPicker';
import { MusclePicker } from './MusclePicker';
import { muscleOptions } from './options';
import { StepsEditor } from './StepsEditor';
import './exercises.css';

const resolver = zodResolver(exerciseFormSchema, { error: plainErrorMap });

type SimpleField = 'name' | 'bodyRegion' | 'cautions' | 'illustration' | 'targetMuscles';

/** "Name is required". */
function errorFor(errors: FieldErrors<ExerciseFormValues>, name: SimpleField): string | undefined {
  const message = errors[name]?.message;
  return message ? `${fieldLabel(name)} ${message}` : undefined;
}

interface Props {
  /** The exercise being edited; none for a new one. */
  exercise?: Exercise;
  /** Body regions already in the library, offered as the therapist types. */
  knownRegions: string[];
  onSubmit: (fields: ExerciseFields) => Promise<void>;
  onCancel: () => void;
}

export function ExerciseForm({ exercise, knownRegions, onSubmit, onCancel }: Props) {
  const {
    register,
    control,
    handleSubmit,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm<ExerciseFormValues, unknown, ExerciseFormResult>({
    resolver,
    defaultValues: initialFormValues(exercise),
  });

  useEffect(() => {
    setFocus('name');
  }, [setFocus]);

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      onCancel();
    }
  };

  const error = (name: SimpleField) => errorFor(errors, name);

  return (
    <form
      className="form exercise-form"
      noValidate
      aria-label={exercise ? `Edit ${exercise.name}` : 'New exercise'}
      onSubmit={(event) => void handleSubmit((values) => onSubmit(toExerciseFields(values)))(event)}
      onKeyDown={onKeyDown}
    >
      <fieldset className="form__section">
        <legend className="form__legend">The exercise</legend>
        <div className="form__grid">
          <Field id="exercise-name" label={fieldLabel('name')} error={error('name')} required>
            {(a11y) => <input {...a11y} type="text" autoComplete="off" {...register('name')} />}
          </Field>
          <Field
            id="exercise-bodyRegion"
            label={fieldLabel('bodyRegion')}
            hint="Where on the body, e.g. Neck. Used to group and filter the library."
            error={error('bodyRegion')}
          >
            {(a11y) => (
              <>
                <input
                  {...a11y}
                  type="text"
                  autoComplete="off"
                  list="exercise-region-list"
                  {...register('bodyRegion')}
                />
                <datalist id="exercise-region-list">
                  {knownRegions.map((region) => (
                    <option key={region} value={region} />
                  ))}
                </datalist>
              </>
            )}
          </Field>
          <Field
            id="exercise-cautions"
            label={fieldLabel('cautions')}
            hint="When the client should go gently or stop. Printed under the steps."
            error={error('cautions')}
            className="form__wide"
          >
            {(a11y) => <textarea {...a11y} rows={3} {...register('cautions')} />}
          </Field>
          <div className="form__wide">
            <IllustrationPicker control={control} register={register} error={error('illustration')} />
          </div>
        </div>
      </fieldset>

      <StepsEditor control={control} register={register} errors={errors} />

      <DoseFields control={control} register={register} errors={errors} />

      <MusclePicker
        register={register}
        options={muscleOptions(exercise?.targetMuscles)}
        error={error('targetMuscles')}
      />

      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          Save exercise
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

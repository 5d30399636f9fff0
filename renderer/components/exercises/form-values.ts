/**
 * The exercise form's values and schema. The form keeps steps as objects (useFieldArray needs
 * them) and everything else as the contract has it; the schema is the contract's own, with the
 * steps reshaped, so the form and the API say the same things.
 */
import { z } from 'zod';
import { exerciseFieldsSchema, type Exercise, type ExerciseFields } from '../../../db/api/contract';
import { fieldLabels } from '../../../db/api/validation';

/** The contract's limit on steps (exerciseFieldsSchema.steps). */
export const MAX_STEPS = 20;

/** The contract's longest step; a blank step is allowed here and left out when saving. */
const stepText = z
  .string()
  .trim()
  .max(exerciseFieldsSchema.shape.steps.unwrap().element.maxLength ?? 500);

export const exerciseFormSchema = exerciseFieldsSchema.extend({
  steps: z.array(z.strictObject({ text: stepText })).max(MAX_STEPS),
});

export type ExerciseFormValues = z.input<typeof exerciseFormSchema>;
export type ExerciseFormResult = z.output<typeof exerciseFormSchema>;

export const DOSE_FIELDS = ['holdSeconds', 'repetitions', 'sets', 'timesPerDay'] as const;
export type DoseField = (typeof DOSE_FIELDS)[number];

/** What the form starts with: the exercise's values, or an empty exercise with one blank step. */
export function initialFormValues(exercise?: Exercise): ExerciseFormValues {
  return {
    name: exercise?.name ?? '',
    bodyRegion: exercise?.bodyRegion ?? '',
    targetMuscles: [...(exercise?.targetMuscles ?? [])],
    steps: exercise ? exercise.steps.map((text) => ({ text })) : [{ text: '' }],
    cautions: exercise?.cautions ?? '',
    illustration: exercise?.illustration ?? null,
    holdSeconds: exercise?.holdSeconds ?? null,
    repetitions: exercise?.repetitions ?? null,
    sets: exercise?.sets ?? null,
    timesPerDay: exercise?.timesPerDay ?? null,
  };
}

/** What the API receives. Blank steps are dropped rather than refused. */
export function toExerciseFields(values: ExerciseFormResult): ExerciseFields {
  return {
    name: values.name,
    bodyRegion: values.bodyRegion ?? '',
    targetMuscles: values.targetMuscles ?? [],
    steps: values.steps.map((step) => step.text).filter((text) => text !== ''),
    cautions: values.cautions ?? '',
    illustration: values.illustration ?? null,
    holdSeconds: values.holdSeconds ?? null,
    repetitions: values.repetitions ?? null,
    sets: values.sets ?? null,
    timesPerDay: values.timesPerDay ?? null,
  };
}

/** A number box's text as the form keeps it: blank is no number, anything else is checked by the schema. */
export function numberFromText(text: unknown): number | null {
  if (typeof text === 'number') return text;
  if (typeof text !== 'string' || text.trim() === '') return null;
  return Number(text.trim());
}

type FormField = keyof ExerciseFormValues;

/** Until the shared labels name every exercise field, the form words the missing ones itself. */
const OWN_LABELS: Record<FormField, string> = {
  name: 'Name',
  bodyRegion: 'Body region',
  targetMuscles: 'Target muscles',
  steps: 'Steps',
  cautions: 'Cautions',
  illustration: 'Illustration',
  holdSeconds: 'Hold time',
  repetitions: 'Repetitions',
  sets: 'Sets',
  timesPerDay: 'Times a day',
};

export function fieldLabel(name: FormField): string {
  return fieldLabels[name] ?? OWN_LABELS[name];
}

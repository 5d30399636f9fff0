import { describe, expect, it } from 'vitest';
import { plainErrorMap } from '../../../db/api/validation';
import { exerciseFormSchema, initialFormValues, numberFromText, toExerciseFields } from './form-values';
import { actionsFor, muscleOptions } from './options';
import { chinTucks } from './test-exercise';

const messages = (input: unknown) =>
  exerciseFormSchema
    .safeParse(input, { error: plainErrorMap })
    .error?.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`) ?? [];

describe('the exercise form values', () => {
  it('round-trips an exercise, dropping blank steps on the way back', () => {
    const values = initialFormValues(chinTucks);
    const parsed = exerciseFormSchema.parse({ ...values, steps: [...(values.steps ?? []), { text: '   ' }] });
    expect(toExerciseFields(parsed)).toEqual({
      name: 'Chin tucks',
      bodyRegion: 'Neck',
      targetMuscles: ['Suboccipitals', 'Semispinalis capitis'],
      steps: chinTucks.steps,
      cautions: 'Stop if your arms tingle.',
      illustration: 'chin-tuck',
      holdSeconds: 5,
      repetitions: 10,
      sets: null,
      timesPerDay: 4,
    });
  });

  it('starts a new exercise with one empty step and no dose', () => {
    expect(initialFormValues()).toMatchObject({ name: '', steps: [{ text: '' }], holdSeconds: null, sets: null });
  });

  it('reads a number box: blank is no number, anything else is checked by the schema', () => {
    expect(numberFromText('')).toBeNull();
    expect(numberFromText('  ')).toBeNull();
    expect(numberFromText(' 30 ')).toBe(30);
    expect(numberFromText('abc')).toBeNaN();
  });

  it('words its refusals the way the API does', () => {
    expect(
      messages({ ...initialFormValues(), name: ' ', holdSeconds: numberFromText('ten'), sets: 2.5, timesPerDay: 30 }),
    ).toEqual([
      'name is required',
      'holdSeconds must be a number',
      'sets must be a whole number',
      'timesPerDay must be at most 24',
    ]);
    expect(messages({ ...initialFormValues(), name: 'x', steps: [{ text: 'a'.repeat(501) }] })).toEqual([
      'steps.0.text must be at most 500 characters',
    ]);
  });
});

describe('what an exercise allows', () => {
  it('built-in: copy and hide or show; your own: also edit and retire; retired: copy only', () => {
    expect(actionsFor({ builtIn: true, hidden: false, retiredAt: null })).toEqual(['duplicate', 'hide']);
    expect(actionsFor({ builtIn: true, hidden: true, retiredAt: null })).toEqual(['duplicate', 'show']);
    expect(actionsFor({ builtIn: false, hidden: false, retiredAt: null })).toEqual([
      'edit',
      'duplicate',
      'hide',
      'retire',
    ]);
    expect(actionsFor({ builtIn: false, hidden: false, retiredAt: '2026-01-01T00:00:00.000Z' })).toEqual(['duplicate']);
  });

  it('offers the chart muscles, each once, plus any the exercise already names', () => {
    const options = muscleOptions(['upper trapezius', 'Piriformis']);
    expect(options).toContain('Upper trapezius');
    expect(options).not.toContain('upper trapezius');
    expect(options).toContain('Piriformis');
    expect(options).toEqual([...options].sort((a, b) => a.localeCompare(b)));
  });
});

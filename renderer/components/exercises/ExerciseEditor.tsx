import type { Exercise, ExerciseFields } from '../../../db/api/contract';
import { PageHeader } from '../PageHeader';
import { ExerciseForm } from './ExerciseForm';

/** A new exercise, or one of the therapist's own (a fresh copy says what it was copied from). */
export type EditorMode = { kind: 'new' } | { kind: 'edit'; exercise: Exercise; copiedFrom?: string };

interface Props {
  mode: EditorMode;
  knownRegions: string[];
  onSubmit: (fields: ExerciseFields) => Promise<void>;
  onCancel: () => void;
}

function subtitleOf(mode: EditorMode): string {
  if (mode.kind === 'new') return 'One of your own: you can change, hide or retire it later.';
  if (mode.copiedFrom)
    return `Your own copy of “${mode.copiedFrom}”: change it as you like. The original stays as it was.`;
  return mode.exercise.name;
}

/** The page's heading and the form, in place of the library while an exercise is written. */
export function ExerciseEditor({ mode, knownRegions, onSubmit, onCancel }: Props) {
  const exercise = mode.kind === 'edit' ? mode.exercise : undefined;
  return (
    <>
      <PageHeader title={exercise ? 'Edit exercise' : 'New exercise'} subtitle={subtitleOf(mode)} />
      <ExerciseForm
        key={exercise?.id ?? 'new'}
        exercise={exercise}
        knownRegions={knownRegions}
        onSubmit={onSubmit}
        onCancel={onCancel}
      />
    </>
  );
}

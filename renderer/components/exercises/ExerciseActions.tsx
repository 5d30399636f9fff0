import type { Exercise } from '../../../db/api/contract';
import { actionsFor, actionWords, type ExerciseAction } from './options';

interface Props {
  exercise: Exercise;
  busy: boolean;
  onAction: (action: ExerciseAction, exercise: Exercise) => void;
  /** Small quiet buttons in a table row, or ordinary buttons under the details. */
  compact?: boolean;
}

/**
 * The buttons an exercise allows. In a row every button names the exercise ("Edit Chin tucks");
 * under the details the section's heading names it, and the buttons say only what they do.
 */
export function ExerciseActions({ exercise, busy, onAction, compact = false }: Props) {
  return (
    <div className={compact ? 'exercise-actions exercise-actions--compact' : 'exercise-actions'}>
      {actionsFor(exercise).map((action) => {
        const words = actionWords(action, exercise.name);
        return (
          <button
            // Hide and Show again are one button that changes its job, so the focus stays on it.
            key={action === 'hide' || action === 'show' ? 'visibility' : action}
            type="button"
            className={compact ? 'button button--quiet exercise-actions__button' : 'button'}
            aria-label={compact ? words.name : undefined}
            aria-disabled={busy}
            onClick={() => {
              if (!busy) onAction(action, exercise);
            }}
          >
            {words.text}
          </button>
        );
      })}
    </div>
  );
}

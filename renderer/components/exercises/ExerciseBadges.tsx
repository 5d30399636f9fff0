import type { Exercise } from '../../../db/api/contract';
import { Badge } from '../Badge';

/** Where the exercise comes from, and whether it is hidden or retired. */
export function ExerciseBadges({ exercise }: { exercise: Pick<Exercise, 'builtIn' | 'hidden' | 'retiredAt'> }) {
  return (
    <span className="exercise-badges">
      {exercise.builtIn ? <Badge>Built-in</Badge> : <Badge tone="signed">Yours</Badge>}
      {exercise.hidden && <Badge tone="archived">Hidden</Badge>}
      {exercise.retiredAt !== null && <Badge tone="archived">Retired</Badge>}
    </span>
  );
}

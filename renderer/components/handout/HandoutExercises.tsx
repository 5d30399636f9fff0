import type { HandoutContent } from '../../../db/api/contract';
import { formatDose } from '../exercises/dose';
import { Illustration } from '../exercises/illustrations';

type Exercise = HandoutContent['exercises'][number];

/** One exercise, never split across two pages: its drawing, how much, how, what to watch for. */
function HandoutExercise({ exercise, index }: { exercise: Exercise; index: number }) {
  const dose = formatDose(exercise);
  const headingId = `handout-exercise-${index}`;
  const cautions = exercise.cautions.trim();
  const note = exercise.note.trim();
  return (
    <section
      className={`handout-exercise${exercise.illustration ? '' : ' handout-exercise--plain'}`}
      aria-labelledby={headingId}
    >
      {exercise.illustration && (
        <div className="handout-exercise__picture">
          <Illustration id={exercise.illustration} className="handout-exercise__drawing" />
        </div>
      )}
      <div className="handout-exercise__body">
        <h3 id={headingId} className="handout-exercise__name">
          <bdi>{exercise.name}</bdi>
        </h3>
        {dose && <p className="handout-exercise__dose">{dose}</p>}
        {exercise.steps.length > 0 && (
          <ol className="handout-exercise__steps">
            {exercise.steps.map((step, i) => (
              <li key={i}>
                <bdi>{step}</bdi>
              </li>
            ))}
          </ol>
        )}
        {cautions && (
          <p className="handout-exercise__caution handout-text">
            <strong>Take care: </strong>
            <bdi>{cautions}</bdi>
          </p>
        )}
        {note && (
          <p className="handout-exercise__note handout-text">
            <strong>From your therapist: </strong>
            <bdi>{note}</bdi>
          </p>
        )}
      </div>
    </section>
  );
}

export function HandoutExercises({ exercises }: { exercises: HandoutContent['exercises'] }) {
  if (exercises.length === 0) return null;
  return (
    <section className="handout-section" aria-labelledby="handout-exercises">
      <h2 id="handout-exercises" className="handout-section__heading">
        Your exercises
      </h2>
      {exercises.map((exercise, i) => (
        <HandoutExercise key={i} exercise={exercise} index={i} />
      ))}
    </section>
  );
}

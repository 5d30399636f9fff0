/**
 * The selected exercise in full: its drawing, the steps in order, cautions, the usual dose and
 * the muscles it works, with the actions it allows.
 */
import type { ReactNode } from 'react';
import type { Exercise } from '../../../db/api/contract';
import { formatDateTime } from '../../lib/format';
import { formatDose } from './dose';
import { ExerciseActions } from './ExerciseActions';
import { ExerciseBadges } from './ExerciseBadges';
import { Illustration } from './illustrations';
import type { ExerciseAction } from './options';
import { RetireConfirm } from './RetireConfirm';
import './exercises.css';

interface Props {
  exercise: Exercise;
  busy: boolean;
  confirmingRetire: boolean;
  onAction: (action: ExerciseAction, exercise: Exercise) => void;
  onConfirmRetire: () => void;
  onCancelRetire: () => void;
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

const empty = (text: string) => <span className="details__empty">{text}</span>;

export function ExerciseDetails({
  exercise,
  busy,
  confirmingRetire,
  onAction,
  onConfirmRetire,
  onCancelRetire,
}: Props) {
  const dose = formatDose(exercise);
  return (
    <section id="exercise-details" className="card exercise-details" aria-labelledby="exercise-details-heading">
      <div className="exercise-details__title-row">
        {/* The focus comes here when the row or the form it was in has gone (tabIndex -1). */}
        <h2 id="exercise-details-heading" className="card__heading exercise-details__heading" tabIndex={-1}>
          {exercise.name}
        </h2>
        <ExerciseBadges exercise={exercise} />
      </div>
      {exercise.retiredAt !== null && (
        <p className="exercise-details__note">
          Retired on {formatDateTime(exercise.retiredAt)}. Plans and handouts that include it keep it; it cannot be
          picked again.
        </p>
      )}
      {exercise.hidden && exercise.retiredAt === null && (
        <p className="exercise-details__note">Hidden: it is not offered when you build a plan.</p>
      )}

      <div className="exercise-details__body">
        {exercise.illustration && (
          <div className="exercise-details__figure">
            <Illustration id={exercise.illustration} className="exercise-details__drawing" />
          </div>
        )}
        <div className="exercise-details__text">
          <dl className="details exercise-details__facts">
            <Fact term="Body region">{exercise.bodyRegion || empty('Not given')}</Fact>
            <Fact term="Usual dose">{dose || empty('Not given')}</Fact>
            <div className="details__item--wide">
              <dt>Target muscles</dt>
              <dd>{exercise.targetMuscles.length > 0 ? exercise.targetMuscles.join(', ') : empty('None named')}</dd>
            </div>
          </dl>

          <h3 className="exercise-details__subheading">Steps</h3>
          {exercise.steps.length > 0 ? (
            <ol className="exercise-details__steps">
              {exercise.steps.map((step, index) => (
                <li key={index}>{step}</li>
              ))}
            </ol>
          ) : (
            <p>{empty('No steps written.')}</p>
          )}

          <h3 className="exercise-details__subheading">Cautions</h3>
          {exercise.cautions ? <p className="multiline">{exercise.cautions}</p> : <p>{empty('None written.')}</p>}
        </div>
      </div>

      {confirmingRetire ? (
        <RetireConfirm exercise={exercise} busy={busy} onConfirm={onConfirmRetire} onCancel={onCancelRetire} />
      ) : (
        <ExerciseActions exercise={exercise} busy={busy} onAction={onAction} />
      )}
    </section>
  );
}

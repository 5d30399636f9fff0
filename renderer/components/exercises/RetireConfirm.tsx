import { useEffect, useRef } from 'react';
import type { Exercise } from '../../../db/api/contract';

interface Props {
  exercise: Exercise;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before retiring: the question gets the focus, Escape keeps the exercise. */
export function RetireConfirm({ exercise, busy, onConfirm, onCancel }: Props) {
  const questionRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    questionRef.current?.focus();
  }, [exercise.id]);

  return (
    <div
      className="exercise-confirm"
      role="group"
      aria-labelledby="retire-question"
      aria-describedby="retire-explanation"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      <p id="retire-question" className="exercise-confirm__question" ref={questionRef} tabIndex={-1}>
        Retire “{exercise.name}”?
      </p>
      <p id="retire-explanation" className="exercise-confirm__text">
        Plans and handouts that already include it keep it as it is. It will no longer be offered when you build a plan,
        and it cannot be brought back (you can still make a copy of it).
      </p>
      <div className="exercise-confirm__actions">
        <button
          type="button"
          className="button exercise-confirm__retire"
          aria-disabled={busy}
          onClick={() => !busy && onConfirm()}
        >
          Yes, retire it
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Keep it
        </button>
      </div>
    </div>
  );
}

/** Asks before clearing the answers: the question gets the focus, Escape keeps them. */
import { useEffect, useId, useRef } from 'react';
import './ndi.css';

interface Props {
  onConfirm: () => void;
  onCancel: () => void;
}

export function NdiClearConfirm({ onConfirm, onCancel }: Props) {
  const id = useId();
  const questionRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    questionRef.current?.focus();
  }, []);

  return (
    <div
      className="ndi__confirm"
      role="group"
      aria-labelledby={`${id}-question`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      <p id={`${id}-question`} className="ndi__confirm-question" ref={questionRef} tabIndex={-1}>
        Clear all the answers for this visit?
      </p>
      <div className="ndi__confirm-actions">
        <button type="button" className="button record-button ndi__confirm-clear" onClick={onConfirm}>
          Yes, clear them
        </button>
        <button type="button" className="button record-button" onClick={onCancel}>
          Keep them
        </button>
      </div>
    </div>
  );
}

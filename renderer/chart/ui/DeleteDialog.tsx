import { useEffect, useRef } from 'react';
import type { DeleteMode } from '../model';

interface Props {
  name: string;
  satellites: number;
  zones: number;
  onChoose: (mode: DeleteMode | null) => void;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Deleting a primary trigger point asks what becomes of its satellites and zones. */
export function DeleteDialog({ name, satellites, zones, onChoose }: Props) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    first.current?.focus();
  }, []);
  const parts = [
    satellites ? plural(satellites, 'satellite', 'satellites') : '',
    zones ? plural(zones, 'referral zone', 'referral zones') : '',
  ]
    .filter(Boolean)
    .join(' and ');
  return (
    <div className="dialog-backdrop">
      <div
        className="dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="delete-title"
        aria-describedby="delete-text"
        onKeyDown={(e) => {
          if (e.key === 'Escape') onChoose(null);
        }}
      >
        <h2 id="delete-title">Delete {name}?</h2>
        <p id="delete-text">It has {parts}. Its referral zones go with it. What should happen to its satellites?</p>
        <div className="dialog__actions">
          <button
            ref={first}
            type="button"
            className="button button--danger"
            onClick={() => onChoose('with-dependants')}
          >
            Delete it with its satellites
          </button>
          {satellites > 0 && (
            <button type="button" className="button" onClick={() => onChoose('keep-satellites')}>
              Keep the satellites as trigger points
            </button>
          )}
          <button type="button" className="button" onClick={() => onChoose(null)}>
            Cancel
          </button>
        </div>
      </div>
    </div>
  );
}

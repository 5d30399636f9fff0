import { useEffect, useRef, useState } from 'react';
import { fromLocalInput, toLocalInput } from '../../lib/datetime';

interface Props {
  onStart: (values: { startedAt: string; durationMinutes: number }) => Promise<void>;
  onCancel: () => void;
}

const DURATIONS = [30, 45, 60, 75, 90, 120];

/**
 * Starting a session: the time is now and the length an hour unless changed, so Enter on the
 * focused Start button is all it takes.
 */
export function NewSessionForm({ onStart, onCancel }: Props) {
  const [startedAt, setStartedAt] = useState(() => toLocalInput(new Date().toISOString()));
  const [duration, setDuration] = useState(60);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const start = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    start.current?.focus();
  }, []);

  const submit = async () => {
    const iso = fromLocalInput(startedAt);
    if (!iso) return setError('Start time must be a real date and time.');
    setError('');
    setBusy(true);
    try {
      await onStart({ startedAt: iso, durationMinutes: duration });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="card new-session"
      aria-label="New session"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <div className="new-session__fields">
        <div className="field">
          <label className="field__label" htmlFor="new-session-start">
            Start time
          </label>
          <input
            id="new-session-start"
            type="datetime-local"
            value={startedAt}
            aria-invalid={Boolean(error)}
            aria-describedby={error ? 'new-session-error' : undefined}
            onChange={(event) => setStartedAt(event.target.value)}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="new-session-duration">
            Duration
          </label>
          <select
            id="new-session-duration"
            value={duration}
            onChange={(event) => setDuration(Number(event.target.value))}
          >
            {DURATIONS.map((m) => (
              <option key={m} value={m}>
                {m} min
              </option>
            ))}
          </select>
        </div>
        <div className="new-session__actions">
          <button ref={start} type="submit" className="button button--primary" disabled={busy}>
            Start session
          </button>
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </div>
      {error && (
        <p className="field__error" id="new-session-error">
          {error}
        </p>
      )}
    </form>
  );
}

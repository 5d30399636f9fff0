/** The appointment's start (local date and time, saved as UTC) and its length in minutes. */
import { useId, useState } from 'react';
import { toLocalInput } from '../../lib/datetime';
import { formatDateTime, formatDuration } from '../../lib/format';
import { NumberField } from './NumberField';
import type { SessionDraft } from './useSessionDraft';
import { parseAppointmentStart } from './values';
import './session-record.css';

interface Props {
  draft: Pick<SessionDraft, 'session' | 'editable' | 'update' | 'flush'>;
  editable?: boolean;
}

export function AppointmentFields({ draft, editable = draft.editable }: Props) {
  const id = useId();
  const { session, update } = draft;
  const [typed, setTyped] = useState<string | null>(null);
  const invalid = typed !== null && parseAppointmentStart(typed) === null;
  const flush = () => void draft.flush();

  return (
    <section className="card record-card" aria-labelledby={`${id}-heading`}>
      <h2 className="card__heading record-card__heading" id={`${id}-heading`}>
        Appointment
      </h2>
      {editable ? (
        <div className="record-row">
          <div className={`record-field${invalid ? ' record-field--invalid' : ''}`}>
            <label className="number-field__label" htmlFor={`${id}-start`}>
              Start
            </label>
            <input
              id={`${id}-start`}
              className="record-input"
              type="datetime-local"
              value={typed ?? toLocalInput(session.startedAt)}
              aria-invalid={invalid}
              aria-describedby={invalid ? `${id}-start-error` : undefined}
              onChange={(event) => {
                const value = event.target.value;
                setTyped(value);
                const iso = parseAppointmentStart(value);
                if (iso) update({ startedAt: iso });
              }}
              onBlur={() => {
                if (!invalid) setTyped(null);
                flush();
              }}
            />
            {invalid && (
              <span className="number-field__error" id={`${id}-start-error`}>
                Enter a full date and time.
              </span>
            )}
          </div>
          <NumberField
            id={`${id}-duration`}
            label="Length"
            unit="min"
            hint="5 to 480 minutes"
            value={session.durationMinutes}
            min={5}
            max={480}
            required
            onChange={(value) => {
              if (value !== null) update({ durationMinutes: value });
            }}
            onBlur={flush}
          />
        </div>
      ) : (
        <dl className="record-facts">
          <div>
            <dt>Start</dt>
            <dd>
              <time dateTime={session.startedAt}>{formatDateTime(session.startedAt)}</time>
            </dd>
          </div>
          <div>
            <dt>Length</dt>
            <dd>{formatDuration(session.durationMinutes)}</dd>
          </div>
        </dl>
      )}
    </section>
  );
}

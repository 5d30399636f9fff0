/** The habits and circumstances that keep trigger points coming back, ticked per session. */
import { useId } from 'react';
import { PERPETUATING_FACTORS, type PerpetuatingFactorId } from '../../../db/api/clinical';
import type { SessionDraft } from './useSessionDraft';
import './session-record.css';

interface Props {
  draft: Pick<SessionDraft, 'session' | 'editable' | 'update'>;
  editable?: boolean;
}

export function PerpetuatingFactors({ draft, editable = draft.editable }: Props) {
  const id = useId();
  const { session, update } = draft;
  const chosen = new Set<PerpetuatingFactorId>(session.perpetuatingFactors);

  const toggle = (factor: PerpetuatingFactorId, on: boolean) =>
    update((current) => ({
      perpetuatingFactors: on
        ? [...new Set([...current.perpetuatingFactors, factor])]
        : current.perpetuatingFactors.filter((f) => f !== factor),
    }));

  if (!editable) {
    const listed = PERPETUATING_FACTORS.filter((f) => chosen.has(f.id));
    return (
      <section className="card record-card" aria-labelledby={`${id}-heading`}>
        <h2 className="card__heading record-card__heading" id={`${id}-heading`}>
          Perpetuating factors
        </h2>
        {listed.length > 0 ? (
          <ul className="factors__chosen">
            {listed.map((f) => (
              <li key={f.id}>{f.label}</li>
            ))}
          </ul>
        ) : (
          <p className="record-muted">None noted.</p>
        )}
      </section>
    );
  }

  return (
    <fieldset className="card record-card factors">
      <legend className="record-card__legend">Perpetuating factors</legend>
      <p className="record-note">What keeps the trigger points coming back.</p>
      <div className="factors__grid">
        {PERPETUATING_FACTORS.map((factor) => (
          <label key={factor.id} className="checkbox factors__item">
            <input
              type="checkbox"
              checked={chosen.has(factor.id)}
              onChange={(event) => toggle(factor.id, event.target.checked)}
            />
            {factor.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

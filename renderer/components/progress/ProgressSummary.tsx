import { useId } from 'react';
import type { ClientProgress } from '../../../db/api/contract';
import { progressSummary } from './summary';
import './progress.css';

/** The changes that matter, first visit to latest, in plain sentences. */
export function ProgressSummary({ progress }: { progress: ClientProgress }) {
  const id = useId();
  const lines = progressSummary(progress);
  return (
    <section className="progress-section card" aria-labelledby={id}>
      <h2 id={id} className="progress-section__heading">
        Summary
      </h2>
      {lines.length === 0 ? (
        <p className="progress-muted">No changes large enough to mention yet.</p>
      ) : (
        <ul className="progress-summary">
          {lines.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

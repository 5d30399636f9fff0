import type { HandoutContent } from '../../../db/api/contract';
import { formatDateTime } from '../../lib/format';

/** The therapist's note and the next appointment, when there are any. */
export function HandoutNote({ note, nextVisitAt }: Pick<HandoutContent, 'note' | 'nextVisitAt'>) {
  const text = note.trim();
  if (!text && !nextVisitAt) return null;
  return (
    <section className="handout-section handout-block" aria-labelledby="handout-note">
      <h2 id="handout-note" className="handout-section__heading">
        {text ? 'A note from your therapist' : 'Your next appointment'}
      </h2>
      {text && (
        <p className="handout-text">
          <bdi>{text}</bdi>
        </p>
      )}
      {nextVisitAt && (
        <p className="handout-next">
          {text && <strong>Your next appointment: </strong>}
          <time dateTime={nextVisitAt}>{formatDateTime(nextVisitAt)}</time>
        </p>
      )}
    </section>
  );
}

/** The boxed warning signs: when to stop and see a doctor instead. */
export function HandoutRedFlags({ redFlags }: Pick<HandoutContent, 'redFlags'>) {
  if (redFlags.length === 0) return null;
  return (
    <section className="handout-redflags" aria-labelledby="handout-redflags">
      <h2 id="handout-redflags" className="handout-redflags__heading">
        Stop and see a doctor if…
      </h2>
      <ul className="handout-redflags__list">
        {redFlags.map((flag, i) => (
          <li key={i}>{flag}</li>
        ))}
      </ul>
    </section>
  );
}

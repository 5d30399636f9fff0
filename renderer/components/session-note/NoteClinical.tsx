import type { Client, Session } from '../../../db/api/contract';
import { formatDateTime } from '../../lib/format';
import { orNotRecorded, redFlagSummary } from './note-text';

const SOAP = [
  { key: 'subjective', heading: 'Subjective' },
  { key: 'objective', heading: 'Objective' },
  { key: 'assessment', heading: 'Assessment' },
  { key: 'plan', heading: 'Plan' },
] as const;

/** The client's contraindications, when there are any. */
export function NoteContraindications({ client }: { client: Client }) {
  if (client.contraindications.trim() === '') return null;
  return (
    <section className="note-section note-block note-contraindications" aria-labelledby="note-contraindications">
      <h2 id="note-contraindications" className="note-section__heading">
        Contraindications
      </h2>
      <p className="note-text">
        <bdi>{client.contraindications}</bdi>
      </p>
    </section>
  );
}

/** The red-flag screen: not done, nothing found, or the advice to see a physician. */
export function NoteRedFlags({ session }: { session: Session }) {
  const summary = redFlagSummary(session);
  const at = summary.state === 'not_screened' ? null : summary.at;
  return (
    <section
      className={`note-section note-block note-flags note-flags--${summary.state}`}
      aria-labelledby="note-red-flags"
    >
      <h2 id="note-red-flags" className="note-section__heading">
        Red-flag screen
      </h2>
      <p className="note-flags__result">
        {summary.text}
        {at && (
          <>
            {' '}
            <span className="note-muted">
              (<time dateTime={at}>{formatDateTime(at)}</time>)
            </span>
          </>
        )}
      </p>
      {summary.state === 'positive' && (
        <ul className="note-list">
          {summary.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Subjective, Objective, Assessment, Plan: the client's words and the therapist's, as text. */
export function NoteSoap({ session }: { session: Session }) {
  return (
    <>
      {SOAP.map(({ key, heading }) => {
        const text = session[key];
        return (
          <section key={key} className="note-section note-soap" aria-labelledby={`note-${key}`}>
            <h2 id={`note-${key}`} className="note-section__heading">
              {heading}
            </h2>
            <p className={text.trim() === '' ? 'note-text note-muted' : 'note-text'}>
              <bdi>{orNotRecorded(text)}</bdi>
            </p>
          </section>
        );
      })}
    </>
  );
}

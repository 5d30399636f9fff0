import type { Amendment, Session, Settings } from '../../../db/api/contract';
import { formatDateTime } from '../../lib/format';
import { PrintedText } from '../printing/PrintedText';
import { joinTyped, typed, type PrintedLine } from '../printing/printed-text';
import { signatureLine } from './note-text';

/** Who signed and when, or a draft's warning that it is not signed. */
export function NoteSignature({ session, settings }: { session: Session; settings: Settings }) {
  const line = signatureLine(session.signedBy, session.signedAt);
  const { practitioner } = settings;
  // The practitioner's credentials, when the signer is the practitioner named in the settings.
  const same = line !== null && practitioner.name.trim() === session.signedBy?.trim();
  const registration = practitioner.registration.trim();
  const credentials: PrintedLine = same
    ? [
        ...joinTyped([practitioner.credentials], ''),
        ...(registration
          ? [practitioner.credentials.trim() ? ' · ' : '', 'Registration no. ', typed(registration)]
          : []),
      ]
    : [];
  return (
    <section className="note-section note-block note-signature" aria-labelledby="note-signature">
      <h2 id="note-signature" className="note-section__heading">
        Signature
      </h2>
      {line ? (
        <>
          <p className="note-signature__line">
            <PrintedText line={line} />
          </p>
          {credentials.length > 0 && (
            <p className="note-muted">
              <PrintedText line={credentials} />
            </p>
          )}
          <p className="note-small note-muted">Signed notes are locked; corrections appear below as amendments.</p>
        </>
      ) : (
        <>
          <p className="note-signature__draft">Draft — not signed</p>
          <p className="note-small">This note may still change until it is signed.</p>
        </>
      )}
    </section>
  );
}

/** Dated corrections after signing, oldest first; the note above stays as it was signed. */
export function NoteAmendments({ amendments }: { amendments: readonly Amendment[] }) {
  if (amendments.length === 0) return null;
  return (
    <section className="note-section" aria-labelledby="note-amendments">
      <h2 id="note-amendments" className="note-section__heading">
        Amendments
      </h2>
      <ol className="note-amendments">
        {amendments.map((a) => (
          <li key={a.id} className="note-amendment note-block">
            <p className="note-amendment__date">
              <time dateTime={a.createdAt}>{formatDateTime(a.createdAt)}</time>
            </p>
            <p>
              <span className="note-list__lead">Reason:</span> <bdi className="note-text">{a.reason}</bdi>
            </p>
            <p className="note-text">
              <bdi>{a.body}</bdi>
            </p>
            <p className="note-muted">
              <PrintedText line={signatureLine(a.signedBy, a.signedAt) ?? ['Not signed']} />
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}

import './signing.css';
import { useState } from 'react';
import { Link } from 'wouter';
import type { Session } from '../../../db/api/contract';
import { api } from '../../api/client';
import { useAlert } from '../../app/alert';
import { formatDateTime } from '../../lib/format';

interface Props {
  session: Session;
  /** Saves any typing still waiting, before the session is locked; false when it could not. */
  flush: () => Promise<boolean>;
  onSigned: (session: Session) => void;
  /** Who signs, from Settings; undefined while Settings are loading. */
  practitionerName: string | undefined;
}

/**
 * Signing locks the session under the practitioner's name. A draft shows the Sign button (with a
 * confirmation naming who signs); a signed session shows who signed and when.
 */
export function SignPanel({ session, flush, onSigned, practitionerName }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');
  const { showError, clear } = useAlert();

  if (session.status === 'signed') {
    return (
      <section className="signature" aria-label="Signature">
        <p>
          Signed by <strong>{session.signedBy}</strong> on{' '}
          <time dateTime={session.signedAt ?? ''}>{formatDateTime(session.signedAt ?? '')}</time>. The session is
          locked; corrections are added as amendments.
        </p>
      </section>
    );
  }

  const loaded = practitionerName !== undefined;
  const name = practitionerName ?? '';
  const sign = async () => {
    setBusy(true);
    setProblem('');
    clear();
    try {
      if (!(await flush())) {
        setProblem(
          'Some changes to the note or the chart are not saved yet, so the session was not signed. Check them and try again.',
        );
        return;
      }
      onSigned(await api.call('sessions.sign', { id: session.id }));
      setConfirming(false);
    } catch (error) {
      showError(error);
    } finally {
      setBusy(false);
    }
  };

  if (!confirming) {
    return (
      <div className="sign-panel">
        <button type="button" className="button button--primary" onClick={() => setConfirming(true)}>
          Sign session
        </button>
      </div>
    );
  }
  return (
    <div className="sign-panel sign-panel--confirm" role="group" aria-label="Sign this session">
      {loaded && name === '' ? (
        <p>
          Add your name under <Link href="/settings">Settings</Link> first. It is printed with your signature.
        </p>
      ) : (
        <p>
          Sign as <strong>{name || '…'}</strong>? After signing, the note, measures and chart are locked, and any
          correction is added as a dated amendment.
        </p>
      )}
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
      <div className="sign-panel__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={busy || !loaded || name === ''}
          onClick={() => void sign()}
        >
          Sign and lock
        </button>
        <button type="button" className="button" onClick={() => setConfirming(false)}>
          Cancel
        </button>
      </div>
    </div>
  );
}

import { useState } from 'react';
import type { Amendment, Session } from '../../../db/api/contract';
import { api } from '../../api/client';
import { useAlert } from '../../app/alert';
import { useApiQuery } from '../../hooks/useApiQuery';
import { formatDateTime } from '../../lib/format';
import { Loading } from '../Loading';

/**
 * A signed session's amendments, below the original (which stays as it was), and the form to add
 * one: a reason and the correction, signed at once by the practitioner.
 */
export function Amendments({ session }: { session: Session }) {
  const list = useApiQuery('amendments.list', { sessionId: session.id });
  const [adding, setAdding] = useState(false);
  const amendments = list.data ?? [];

  return (
    <section className="card" aria-labelledby="amendments-heading">
      <h2 id="amendments-heading" className="card__heading">
        Amendments
      </h2>
      {list.loading && !list.data ? (
        <Loading label="Loading amendments…" />
      ) : amendments.length === 0 ? (
        <p className="card__hint">None. The note above is as it was signed.</p>
      ) : (
        <ol className="amendment-list">
          {amendments.map((a) => (
            <AmendmentItem key={a.id} amendment={a} />
          ))}
        </ol>
      )}
      {adding ? (
        <AmendmentForm
          sessionId={session.id}
          onDone={(added) => {
            setAdding(false);
            if (added) list.setData([...amendments, added]);
          }}
        />
      ) : (
        <button type="button" className="button" onClick={() => setAdding(true)}>
          Add amendment
        </button>
      )}
    </section>
  );
}

function AmendmentItem({ amendment }: { amendment: Amendment }) {
  return (
    <li className="amendment">
      <p className="amendment__meta">
        <time dateTime={amendment.createdAt}>{formatDateTime(amendment.createdAt)}</time> · Reason: {amendment.reason}
      </p>
      <p className="amendment__body">{amendment.body}</p>
      {amendment.signedBy && amendment.signedAt && (
        <p className="amendment__signature">
          Signed by {amendment.signedBy} on{' '}
          <time dateTime={amendment.signedAt}>{formatDateTime(amendment.signedAt)}</time>
        </p>
      )}
    </li>
  );
}

function AmendmentForm({ sessionId, onDone }: { sessionId: string; onDone: (added: Amendment | null) => void }) {
  const [reason, setReason] = useState('');
  const [body, setBody] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const { showError, clear } = useAlert();

  const submit = async () => {
    if (reason.trim() === '') return setError('Reason is required: say why the note is being corrected.');
    if (body.trim() === '') return setError('Amendment is required: write the correction or addition.');
    setError('');
    setBusy(true);
    clear();
    try {
      onDone(await api.call('amendments.add', { sessionId, reason, body }));
    } catch (e) {
      showError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="amendment-form"
      aria-label="New amendment"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <div className="field">
        <label className="field__label" htmlFor="amendment-reason">
          Reason
        </label>
        <input
          id="amendment-reason"
          type="text"
          autoComplete="off"
          value={reason}
          maxLength={500}
          onChange={(e) => setReason(e.target.value)}
          autoFocus
        />
      </div>
      <div className="field">
        <label className="field__label" htmlFor="amendment-body">
          Amendment
        </label>
        <textarea id="amendment-body" rows={4} value={body} onChange={(e) => setBody(e.target.value)} />
      </div>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <p className="card__hint">It is dated and signed with your name when you add it, and cannot be changed after.</p>
      <div className="sign-panel__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          Add and sign amendment
        </button>
        <button type="button" className="button" onClick={() => onDone(null)}>
          Cancel
        </button>
      </div>
    </form>
  );
}

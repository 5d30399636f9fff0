import { useState } from 'react';
import { useApiQuery } from '../../hooks/useApiQuery';
import { formatDateTime } from '../../lib/format';
import { EmptyState } from '../EmptyState';
import { Loading } from '../Loading';
import { describeAction, describeFields } from './describe';

/**
 * Everything recorded about a client and their sessions, newest first: what, when and who.
 * Loaded only when opened; the log itself can never be changed.
 */
export function AuditLog({ clientId }: { clientId: string }) {
  const [open, setOpen] = useState(false);
  return (
    <section className="card" aria-labelledby="audit-heading">
      <details onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>
          <h2 id="audit-heading" className="card__heading card__heading--inline">
            Audit log
          </h2>
          <span className="card__hint"> every change to this client&rsquo;s records</span>
        </summary>
        {open && <AuditTable clientId={clientId} />}
      </details>
    </section>
  );
}

function AuditTable({ clientId }: { clientId: string }) {
  const log = useApiQuery('audit.listForClient', { clientId });
  if (!log.data) {
    return log.loading ? (
      <Loading label="Loading the audit log…" />
    ) : (
      <EmptyState title="The audit log could not be loaded" />
    );
  }
  const newestFirst = [...log.data].reverse();
  return (
    <div className="audit-log">
      <table className="data-table">
        <caption className="visually-hidden">Audit log</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            <th scope="col">Fields</th>
          </tr>
        </thead>
        <tbody>
          {newestFirst.map((entry) => (
            <tr key={entry.id}>
              <td>
                <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
              </td>
              <td>{entry.actor}</td>
              <td>{describeAction(entry)}</td>
              <td>{describeFields(entry.changes)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import { useState } from 'react';
import { Link } from 'wouter';
import type { SessionListItem } from '../../../db/api/contract';
import { useApiQuery } from '../../hooks/useApiQuery';
import { formatDateTime, formatLastVisit } from '../../lib/format';
import { EmptyState } from '../EmptyState';
import { Loading } from '../Loading';
import { describeAction, describeFields } from './describe';

/**
 * Everything recorded about a client and their sessions, newest first: what, when and who.
 * Loaded only when opened; the log itself can never be changed.
 */
export function AuditLog({ clientId, sessions }: { clientId: string; sessions: readonly SessionListItem[] }) {
  const [open, setOpen] = useState(false);
  return (
    <section className="card" aria-labelledby="audit-heading">
      <h2 id="audit-heading" className="card__heading">
        Audit log
      </h2>
      <details onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>Show every change to this client&rsquo;s records</summary>
        {open && <AuditTable clientId={clientId} sessions={sessions} />}
      </details>
    </section>
  );
}

function AuditTable({ clientId, sessions }: { clientId: string; sessions: readonly SessionListItem[] }) {
  const log = useApiQuery('audit.listForClient', { clientId });
  const startedAt = new Map(sessions.map((s) => [s.id, s.startedAt]));
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
            <th scope="col">Session</th>
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
              <td>
                <SessionCell
                  id={entry.sessionId}
                  startedAt={entry.sessionId ? startedAt.get(entry.sessionId) : undefined}
                />
              </td>
              <td>{describeFields(entry.changes)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function SessionCell({ id, startedAt }: { id: string | null; startedAt: string | undefined }) {
  if (!id || !startedAt) return null;
  return (
    <Link href={`/sessions/${id}`}>
      <time dateTime={startedAt}>{formatLastVisit(startedAt)}</time>
    </Link>
  );
}

import { Link } from 'wouter';
import type { SessionListItem } from '../../../db/api/contract';
import { formatDateTime, formatDuration } from '../../lib/format';
import { EmptyState } from '../EmptyState';
import { StatusBadge } from './StatusBadge';

export function SessionList({ sessions }: { sessions: SessionListItem[] }) {
  if (sessions.length === 0) {
    return <EmptyState title="No sessions yet">Start one with New session.</EmptyState>;
  }
  const newestFirst = [...sessions].sort((a, b) => b.startedAt.localeCompare(a.startedAt));
  return (
    <table className="data-table session-table">
      <caption className="visually-hidden">Sessions</caption>
      <thead>
        <tr>
          <th scope="col">Date and time</th>
          <th scope="col">Duration</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {newestFirst.map((session) => (
          <tr key={session.id}>
            <td>
              <Link href={`/sessions/${session.id}`}>
                <time dateTime={session.startedAt}>{formatDateTime(session.startedAt)}</time>
              </Link>
            </td>
            <td>{formatDuration(session.durationMinutes)}</td>
            <td>
              <StatusBadge status={session.status} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

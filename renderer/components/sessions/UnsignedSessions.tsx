import { Link } from 'wouter';
import { useApiQuery } from '../../hooks/useApiQuery';
import { formatDateTime } from '../../lib/format';
import { Badge } from '../Badge';

/**
 * Drafts whose appointment began more than a day ago, on the home screen: a note should be
 * finished and signed while the visit is fresh. Shows nothing when there are none.
 */
export function UnsignedSessions() {
  const unsigned = useApiQuery('sessions.listUnsigned', {});
  const list = unsigned.data;
  if (!list || list.length === 0) return null;
  return (
    <section className="card card--warning" aria-labelledby="unsigned-heading">
      <h2 id="unsigned-heading" className="card__heading">
        Unsigned sessions
      </h2>
      <p className="card__hint">
        {list.length === 1 ? 'This draft is' : `These ${list.length} drafts are`} more than a day old. Finish and sign
        {list.length === 1 ? ' it' : ' them'} so the record is complete.
      </p>
      <ul className="unsigned-list">
        {list.map((s) => (
          <li key={s.sessionId}>
            <Link href={`/sessions/${s.sessionId}`}>
              {s.clientName}, <time dateTime={s.startedAt}>{formatDateTime(s.startedAt)}</time>
            </Link>{' '}
            <Badge tone="draft">Unsigned</Badge>
          </li>
        ))}
      </ul>
    </section>
  );
}

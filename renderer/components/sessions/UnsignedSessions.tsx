import { useState } from 'react';
import { Link } from 'wouter';
import type { UnsignedSession } from '../../../db/api/contract';
import { useApiQuery } from '../../hooks/useApiQuery';
import { formatDateTime } from '../../lib/format';
import { Badge } from '../Badge';

/** Drafts listed before "Show all": the home screen stays short however many are waiting. */
const FIRST_SHOWN = 8;

/**
 * Drafts whose appointment began more than a day ago, on the home screen: a note should be
 * finished and signed while the visit is fresh. Shows nothing when there are none.
 */
export function UnsignedSessions() {
  const unsigned = useApiQuery('sessions.listUnsigned', {});
  const list = unsigned.data;
  if (!list || list.length === 0) return null;
  return <UnsignedSessionsCard list={list} />;
}

export function UnsignedSessionsCard({ list }: { list: readonly UnsignedSession[] }) {
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? list : list.slice(0, FIRST_SHOWN);
  return (
    <section className="card card--warning" aria-labelledby="unsigned-heading">
      <h2 id="unsigned-heading" className="card__heading">
        Unsigned sessions
      </h2>
      <p className="card__hint">
        {list.length === 1 ? 'This draft is' : `These ${list.length.toLocaleString()} drafts are`} more than a day old.
        Finish and sign
        {list.length === 1 ? ' it' : ' them'} so the record is complete.
      </p>
      <ul className="unsigned-list">
        {shown.map((s) => (
          <li key={s.sessionId}>
            <Link href={`/sessions/${s.sessionId}`}>
              {s.clientName}, <time dateTime={s.startedAt}>{formatDateTime(s.startedAt)}</time>
            </Link>{' '}
            <Badge tone="draft">Unsigned</Badge>
          </li>
        ))}
      </ul>
      {shown.length < list.length && (
        <button type="button" className="button" onClick={() => setShowAll(true)}>
          Show all {list.length.toLocaleString()} unsigned sessions
        </button>
      )}
    </section>
  );
}

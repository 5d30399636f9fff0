import { Link } from 'wouter';
import { useApiQuery } from '../../hooks/useApiQuery';
import { formatDateTime } from '../../lib/format';

const formatWords = { print: 'printed', pdf: 'saved as PDF' } as const;

/** The handouts given from this session, each printable again exactly as it was given. */
export function HandoutsGiven({ sessionId }: { sessionId: string }) {
  const handouts = useApiQuery('handouts.list', { sessionId });
  const list = handouts.data ?? [];
  return (
    <section className="card" aria-labelledby="given-heading">
      <h2 id="given-heading" className="card__heading">
        Handouts given
      </h2>
      {list.length === 0 ? (
        <p className="card__hint">None yet. Printing or exporting the handout records it here.</p>
      ) : (
        <ul className="unsigned-list">
          {[...list].reverse().map((h) => (
            <li key={h.id}>
              <Link href={`/handouts/${h.id}`}>
                <time dateTime={h.givenAt}>{formatDateTime(h.givenAt)}</time>
              </Link>{' '}
              <span className="card__hint">
                {formatWords[h.format]}
                {h.content ? ` · ${h.content.exercises.length} exercises, ${h.content.points.length} points` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

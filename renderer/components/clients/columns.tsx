import { createColumnHelper, type SortingState } from '@tanstack/react-table';
import { Link } from 'wouter';
import type { ClientSummary } from '../../../db/api/contract';
import { formatDay, formatLastVisit, listName } from '../../lib/format';
import { compareByName } from '../../lib/search';
import { Badge } from '../Badge';

const column = createColumnHelper<ClientSummary>();

export const clientColumns = [
  column.accessor((row) => listName(row), {
    id: 'name',
    header: 'Name',
    cell: ({ row }) => (
      <span className="client-name">
        <Link href={`/clients/${row.original.id}`} className="client-name__link" title={listName(row.original)}>
          {listName(row.original)}
        </Link>
        {row.original.archived && <Badge tone="archived">Archived</Badge>}
      </span>
    ),
  }),
  column.accessor((row) => row.dateOfBirth ?? undefined, {
    id: 'dateOfBirth',
    header: 'Date of birth',
    cell: ({ row }) => formatDay(row.original.dateOfBirth),
  }),
  column.accessor((row) => row.lastVisitAt ?? undefined, {
    id: 'lastVisit',
    header: 'Last visit',
    sortDescFirst: true,
    cell: ({ row }) => {
      const { lastVisitAt } = row.original;
      return lastVisitAt ? <time dateTime={lastVisitAt}>{formatLastVisit(lastVisitAt)}</time> : '—';
    },
  }),
  column.accessor('visitCount', {
    id: 'visits',
    header: 'Visits',
    sortDescFirst: true,
  }),
];

/** A missing date sorts last whichever way the column is sorted. */
function missingLast(a: string | null, b: string | null, direction: number): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return direction * (a < b ? -1 : a > b ? 1 : 0);
}

const comparators: Record<string, (a: ClientSummary, b: ClientSummary, direction: number) => number> = {
  name: (a, b, direction) => direction * compareByName(a, b),
  dateOfBirth: (a, b, direction) => missingLast(a.dateOfBirth, b.dateOfBirth, direction),
  lastVisit: (a, b, direction) => missingLast(a.lastVisitAt, b.lastVisitAt, direction),
  visits: (a, b, direction) => direction * (a.visitCount - b.visitCount),
};

/**
 * The clients in the order the table's sorting asks for (ties keep the order given). The table
 * sorts the whole list once per sorting choice and filters that as the therapist types, so a
 * keystroke never sorts thousands of clients again.
 */
export function sortClients(clients: readonly ClientSummary[], sorting: SortingState): ClientSummary[] {
  const [first] = sorting;
  const compare = first && comparators[first.id];
  if (!first || !compare) return [...clients];
  const direction = first.desc ? -1 : 1;
  return [...clients].sort((a, b) => compare(a, b, direction));
}

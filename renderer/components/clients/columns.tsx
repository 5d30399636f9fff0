import { createColumnHelper, type SortingFn } from '@tanstack/react-table';
import { Link } from 'wouter';
import type { ClientSummary } from '../../../db/api/contract';
import { formatDay, formatLastVisit, listName } from '../../lib/format';
import { compareByName } from '../../lib/search';
import { Badge } from '../Badge';

const column = createColumnHelper<ClientSummary>();

const byName: SortingFn<ClientSummary> = (a, b) => compareByName(a.original, b.original);

export const clientColumns = [
  column.accessor((row) => listName(row), {
    id: 'name',
    header: 'Name',
    sortingFn: byName,
    cell: ({ row }) => (
      <span className="client-name">
        <Link href={`/clients/${row.original.id}`} className="client-name__link">
          {listName(row.original)}
        </Link>
        {row.original.archived && <Badge tone="archived">Archived</Badge>}
      </span>
    ),
  }),
  column.accessor((row) => row.dateOfBirth ?? undefined, {
    id: 'dateOfBirth',
    header: 'Date of birth',
    sortingFn: 'basic',
    sortUndefined: 'last',
    cell: ({ row }) => formatDay(row.original.dateOfBirth),
  }),
  column.accessor((row) => row.lastVisitAt ?? undefined, {
    id: 'lastVisit',
    header: 'Last visit',
    sortingFn: 'basic',
    sortUndefined: 'last',
    sortDescFirst: true,
    cell: ({ row }) => {
      const { lastVisitAt } = row.original;
      return lastVisitAt ? <time dateTime={lastVisitAt}>{formatLastVisit(lastVisitAt)}</time> : '—';
    },
  }),
  column.accessor('visitCount', {
    id: 'visits',
    header: 'Visits',
    sortingFn: 'basic',
    sortDescFirst: true,
  }),
];

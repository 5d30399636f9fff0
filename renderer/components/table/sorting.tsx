/** The sortable column headers of the app's TanStack tables (clients, exercises). */
import { flexRender, type Header } from '@tanstack/react-table';

/** aria-sort for a header: its direction, "none" when sortable but unsorted, nothing otherwise. */
export function ariaSort<T>(header: Header<T, unknown>): 'ascending' | 'descending' | 'none' | undefined {
  if (!header.column.getCanSort()) return undefined;
  const sorted = header.column.getIsSorted();
  if (sorted === 'asc') return 'ascending';
  if (sorted === 'desc') return 'descending';
  return 'none';
}

function SortIcon({ direction }: { direction: false | 'asc' | 'desc' }) {
  return (
    <svg className={`sort-icon sort-icon--${direction || 'none'}`} viewBox="0 0 10 14" aria-hidden="true">
      <path className="sort-icon__up" d="M5 1 9 5.5H1z" />
      <path className="sort-icon__down" d="M5 13 1 8.5h8z" />
    </svg>
  );
}

/** A header's label: a sort button with its arrows when the column sorts, plain text otherwise. */
export function HeaderLabel<T>({ header, plainClassName }: { header: Header<T, unknown>; plainClassName?: string }) {
  const label = flexRender(header.column.columnDef.header, header.getContext());
  if (!header.column.getCanSort()) return <span className={plainClassName}>{label}</span>;
  return (
    <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
      {label}
      <SortIcon direction={header.column.getIsSorted()} />
    </button>
  );
}

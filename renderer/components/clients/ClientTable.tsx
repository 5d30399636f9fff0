/**
 * The client list table: sortable headers (buttons inside <th> with aria-sort), the name as a
 * link to the client, and a click anywhere on the row opening the client too.
 *
 * A clinic keeps thousands of clients, so only the rows in sight (and a few either side) are in
 * the page; spacer rows keep the page's scroll height and the scrollbar true. The page itself
 * scrolls (the app's <main>), so the virtualiser reads that scroll position relative to the top
 * of the table's rows.
 */
import { flexRender, getCoreRowModel, useReactTable, type SortingState } from '@tanstack/react-table';
import { observeElementOffset, useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState, type MouseEvent } from 'react';
import { useLocation } from 'wouter';
import type { ClientSummary } from '../../../db/api/contract';
import { ariaSort, HeaderLabel } from '../table/sorting';
import { clientColumns, sortClients } from './columns';

const numericColumns = new Set(['visits']);
/** Every row's height: one line, a long name cut short (content.css), so no row is measured. */
const ROW_HEIGHT = 45;

/** How far the top of the rows is below the top of the scrolled content. */
function rowsTop(rows: HTMLElement | null, scroller: Element): number {
  if (!rows) return 0;
  return rows.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
}

interface Props {
  /** Every client the list may show (the archive filter applied). */
  clients: readonly ClientSummary[];
  /** Whether a client matches the search (a new function for each query). */
  matches: (client: ClientSummary) => boolean;
}

export function ClientTable({ clients, matches }: Props) {
  const [, navigate] = useLocation();
  const [sorting, setSorting] = useState<SortingState>([{ id: 'name', desc: false }]);
  // Sorted once per list and sorting choice; each keystroke only filters the sorted list.
  const sorted = useMemo(() => sortClients(clients, sorting), [clients, sorting]);
  const shown = useMemo(() => sorted.filter(matches), [sorted, matches]);

  // eslint-disable-next-line react-hooks/incompatible-library -- the table is rebuilt each render on purpose
  const table = useReactTable({
    data: shown,
    columns: clientColumns,
    state: { sorting },
    onSortingChange: setSorting,
    manualSorting: true,
    enableSortingRemoval: false,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => row.id,
  });

  const rows = table.getRowModel().rows;
  const body = useRef<HTMLTableSectionElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => body.current?.closest('main') ?? null,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    useFlushSync: false,
    getItemKey: (index) => rows[index]?.id ?? index,
    observeElementOffset: (instance, report) =>
      observeElementOffset(instance, (offset, scrolling) => {
        const scroller = instance.scrollElement;
        report(scroller ? Math.max(0, offset - rowsTop(body.current, scroller)) : offset, scrolling);
      }),
  });
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  const columnCount = table.getVisibleLeafColumns().length;

  const openRow = (event: MouseEvent<HTMLTableRowElement>, id: string) => {
    if ((event.target as Element).closest('a, button, input, label')) return;
    if (window.getSelection()?.toString()) return; // the therapist is selecting text
    navigate(`/clients/${id}`);
  };

  return (
    <table className="data-table client-table" aria-rowcount={rows.length + 1}>
      <caption className="visually-hidden">Clients</caption>
      <thead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            {group.headers.map((header) => (
              <th
                key={header.id}
                scope="col"
                aria-sort={ariaSort(header)}
                className={numericColumns.has(header.id) ? 'numeric' : undefined}
              >
                <HeaderLabel header={header} />
              </th>
            ))}
          </tr>
        ))}
      </thead>
      <tbody ref={body}>
        {padTop > 0 && (
          <tr aria-hidden="true" className="client-table__spacer" style={{ height: padTop }}>
            <td colSpan={columnCount} />
          </tr>
        )}
        {items.map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          return (
            <tr
              key={row.id}
              data-index={item.index}
              aria-rowindex={item.index + 2}
              className={row.original.archived ? 'is-archived' : undefined}
              onClick={(event) => openRow(event, row.original.id)}
            >
              {row.getVisibleCells().map((cell) => (
                <td key={cell.id} className={numericColumns.has(cell.column.id) ? 'numeric' : undefined}>
                  {flexRender(cell.column.columnDef.cell, cell.getContext())}
                </td>
              ))}
            </tr>
          );
        })}
        {padBottom > 0 && (
          <tr aria-hidden="true" className="client-table__spacer" style={{ height: padBottom }}>
            <td colSpan={columnCount} />
          </tr>
        )}
      </tbody>
    </table>
  );
}
